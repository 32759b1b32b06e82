// Import of a 100.000-row jobindsats.dk-style file (100 areas × 10 benefit groups × 100
// months) in headless Chromium, through the real file input: the time until the preview has
// read every row, the longest gap between two animation frames meanwhile (does the page
// freeze?), the time to merge and save the compared areas, and, in the same browser run,
// Papa Parse (npm) on the same text: parsing only, and with dynamicTyping plus the same
// mapping of columns to area, period, indicator and value written in JavaScript.
// Usage: node bench/import-speed.mjs [repeats]
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { start } from '../tests/e2e/harness.mjs';

const repeats = Number(process.argv[2] ?? 3);
const require = createRequire(import.meta.url);
const papa = readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8');

/** The same file as the core test `a_100_000_row_file_reads_in_steps_exactly_as_at_once`. */
function bigFile() {
  const areas = Array.from({ length: 96 }, (_, i) => `Kommune ${String(i + 1).padStart(2, '0')}`);
  areas.push('Slagelse', 'Hele landet', 'Esbjerg', 'Tønder');
  const lines = ['Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner'];
  let rows = 0;
  for (const area of areas) {
    for (let g = 1; g <= 10; g++) {
      for (let month = 0; month < 100; month++) {
        const y = 2016 + Math.floor(month / 12);
        const m = String((month % 12) + 1).padStart(2, '0');
        lines.push(`${area};${y}M${m};Ydelsesgruppe ${g};${1000 + (rows % 977)},${rows % 10}`);
        rows++;
      }
    }
  }
  return { text: lines.join('\n') + '\n', rows };
}

const { text, rows } = bigFile();
const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const file = join(dir, 'alle-kommuner.csv');
writeFileSync(file, text);
const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);

const app = await start();
const { page } = app;
const results = { app: [], wall: [], gap: [], save: [], papa: [], papaMapped: [] };
for (let i = 0; i < repeats; i++) {
  await app.open('#/import');
  // Record the longest time between two frames while the file is read.
  // The time in the page, from the input's change event (the file chosen) to the summary
  // of every row read: the file's transfer by the test tool is not the app's time.
  await page.evaluate(() => {
    window.__times = {};
    document
      .querySelector('[data-testid=import-file]')
      .addEventListener('change', () => (window.__times.change = performance.now()), { capture: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid=import-summary]')) {
        window.__times.summary = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
    window.__gap = 0;
    let last = performance.now();
    const tick = (t) => {
      window.__gap = Math.max(window.__gap, t - last);
      last = t;
      window.__raf = requestAnimationFrame(tick);
    };
    window.__raf = requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
  const t1 = Date.now();
  const values = Number(await page.getByTestId('import-summary').getAttribute('data-values'));
  if (values !== rows) throw new Error(`read ${values} values, expected ${rows}`);
  results.gap.push(await page.evaluate(() => (cancelAnimationFrame(window.__raf), window.__gap)));
  results.wall.push(t1 - t0);
  results.app.push(await page.evaluate(() => window.__times.summary - window.__times.change));
  const s0 = Date.now();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
  results.save.push(Date.now() - s0);
  // Papa Parse on the same text in the same page (loaded by the test, not by the app).
  // The script is evaluated through the DevTools protocol, as a test tool, not by the app.
  await page.evaluate(papa);
  results.papa.push(
    await page.evaluate((text) => {
      const t = performance.now();
      const out = window.Papa.parse(text, { delimiter: ';', skipEmptyLines: true });
      const ms = performance.now() - t;
      if (out.data.length < 100000) throw new Error('Papa Parse read too few rows');
      return ms;
    }, text),
  );
  // Papa Parse with dynamicTyping, plus the same mapping the app does, written in plain
  // JavaScript: area, period and indicator per row, the Danish number read, duplicates
  // found, one observation per value with its row.
  results.papaMapped.push(
    await page.evaluate((text) => {
      const t = performance.now();
      const out = window.Papa.parse(text, { delimiter: ';', skipEmptyLines: true, dynamicTyping: true });
      const [header, ...rows] = out.data;
      const seen = new Map();
      const observations = [];
      const periodRe = /^(\d{4})(?:M(\d{1,2})|K(\d)|Q(\d)|QMAT(\d{2}))?$/i;
      rows.forEach((r, i) => {
        const area = String(r[0]).trim().replace(/ Kommune$/i, '');
        const period = String(r[1]).trim();
        if (!periodRe.test(period)) return;
        const indicator = `${header[3]} (${String(r[2]).trim()})`;
        const raw = r[3];
        const value = typeof raw === 'number' ? raw : Number(String(raw).replace(/\./g, '').replace(',', '.'));
        if (!Number.isFinite(value)) return;
        const key = `${area}\u001f${indicator}\u001f${period}`;
        if (seen.has(key)) return;
        seen.set(key, i + 2);
        observations.push({ area, indicator, period, value, row: i + 2 });
      });
      const ms = performance.now() - t;
      if (observations.length !== 100000) throw new Error(`mapped ${observations.length} values`);
      return ms;
    }, text),
  );
  // A fresh start for the next run: cleared storage, and the page loaded again on it.
  await page.evaluate(() => localStorage.clear());
  await app.reload();
}
await app.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
console.log(`file: ${rows} rows, ${mb} MB, ${repeats} runs in Chromium (medians)`);
console.log(`app: file chosen → every row read and previewed: ${median(results.app)} ms in the page (longest frame gap ${median(results.gap)} ms); ${median(results.wall)} ms with the test tool's transfer of the file`);
console.log(`app: import of the compared areas (merge + save): ${median(results.save)} ms`);
console.log(`Papa Parse 5 (parse only, same text, same page): ${median(results.papa)} ms`);
console.log(`Papa Parse 5 with dynamicTyping + the same mapping in JavaScript (same text, same page): ${median(results.papaMapped)} ms`);
