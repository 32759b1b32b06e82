// Scenario editor latency with and without imported data, and reload with 235.200 imported
// values, in headless Chromium (CPU 1×). Three cases, each in a fresh browser profile:
//   (a) the default workspace;
//   (b) after importing 36.720 values: Slagelse, Hele landet and the 15 comparable
//       municipalities (CLUSTER in crates/core/src/defaults.rs) × 20 benefit groups × 108 months;
//   (c) after importing 235.200 values: the 98 municipalities × 20 groups × 120 months.
// The files are jobindsats.dk long-layout CSV (bench/workspace-data.mjs), imported through the
// real file input on #/import with "Alle områder" (import-areas-all) chosen, and the import
// counts as applied when the Import view's indicator list shows the new values.
//
// Editor latency: on #/scenarier?s=arne-lineaer-3, 1 s after the view is shown, the phase-in
// slider [data-testid=layer-arne] [data-testid=share-2025] is set to 40 and 70 in turn and an
// input event dispatched, each at a random point between two frames (as a person's input
// comes). One move's latency is the time from the dispatch until the app has updated the
// summary, the tables and the charts in view (after a setTimeout(0), so every effect and
// redraw has run) and the browser has laid the page out again (a forced layout). Also given:
// the time to the next painted frame (the next animation frame and a setTimeout(0) after it),
// which adds the wait for the display's next frame (up to 16,7 ms at 60 Hz) whatever the app
// does. Every move must change [data-testid=summary]. Charts out of view are redrawn when they
// come into view, so the default case is measured a second time with the comparison's three
// charts on screen. After the moves no save error
// (save-error, other-tab) may be shown: an edit that cannot be saved is a failure, not a figure.
//
// Reload (case c only): on #/import, with the 235.200 values shown, page.reload(); times are
// read in the reloaded page, from its navigation start (so they include unloading the old page):
//   view rendered — <main data-hash> equals location.hash and [data-testid=import-view] is in it;
//   values shown  — the Import view's indicator list ([data-testid=indicators]) adds up to
//                   every value imported (235.200, 98 areas);
//   interactive   — after that, a click on the language switch has changed its text (as in
//                   bench/startup.mjs: a Playwright click, so real input events and its
//                   checks that the button is visible and stable); switched back, untimed.
// Polled every animation frame; median (and max) of the reloads. After the last reload the
// count of values on the Import view is printed: the 235.200 values must still be there.
//
// Every wait has a timeout; a case that fails prints "FAILED" with the reason, the other cases
// still run, and the script exits 1. The whole run is stopped after 20 minutes.
// Usage: node bench/editor-latency.mjs [moves per case = 50] [reloads = 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../tests/e2e/harness.mjs';
import {
  allMunicipalitiesFile,
  comparedAreasFile,
  countShownValues,
  danish,
  importFile,
  shownValues,
  showsValues,
  writeCsv,
} from './workspace-data.mjs';

const moves = Number(process.argv[2] ?? 50);
const reloads = Number(process.argv[3] ?? 3);
const STEP = 120_000; // the longest any one wait may take
const WHOLE_RUN = 20 * 60_000;

const watchdog = setTimeout(() => {
  console.log(`FAILED: the run took longer than ${WHOLE_RUN / 60_000} minutes and was stopped`);
  process.exit(2);
}, WHOLE_RUN);
watchdog.unref();

/** Rejects when `promise` takes longer than `ms`. */
function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, no) => {
    timer = setTimeout(() => no(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (x) => `${x.toFixed(1)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function shownBanner(page) {
  for (const id of ['save-error', 'other-tab', 'import-save-failed']) {
    const el = page.getByTestId(id);
    if (await el.count()) return `${id}: ${(await el.first().textContent()).trim().replace(/\s+/g, ' ')}`;
  }
  return null;
}

/** Editor latency: `moves` slider inputs, each until the frame that paints the result. */
async function editorLatency(app, { chartsInView = false } = {}) {
  const { page } = app;
  await app.open('#/scenarier?s=arne-lineaer-3');
  await page.locator('[data-testid=layer-arne] [data-testid=share-2025]').waitFor({ timeout: STEP });
  if (chartsInView) {
    // The comparison's three charts on screen: every move redraws them (charts out of view
    // are redrawn when they come into view).
    await page.locator('[data-testid=comparison] .charts').scrollIntoViewIfNeeded();
  }
  await page.waitForTimeout(1000);
  const times = await within(
    Math.max(STEP, moves * 10_000),
    'the slider moves',
    page.evaluate(async (moves) => {
      const slider = () => document.querySelector('[data-testid=layer-arne] [data-testid=share-2025]');
      const summary = () => document.querySelector('[data-testid=summary]').textContent;
      const charts = () => [...document.querySelectorAll('[data-testid=comparison] .chart')];
      const out = { done: [], frame: [] };
      for (let i = 0; i < moves; i++) {
        // Start at a random point between two frames, as a person's input does.
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, Math.random() * 16)));
        const before = summary();
        const el = slider();
        el.value = String(i % 2 === 0 ? 40 : 70);
        const t0 = performance.now();
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // Done: the app's reaction has run (effects, DOM, the charts in view redrawn), and the
        // browser has laid out the page again (reading a layout value forces it).
        await new Promise((ok) => setTimeout(ok, 0));
        void document.body.offsetHeight;
        const t1 = performance.now();
        // The next frame, which paints it.
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        const t2 = performance.now();
        if (summary() === before) throw new Error(`the summary did not change (move ${i + 1})`);
        out.done.push(t1 - t0);
        out.frame.push(t2 - t0);
      }
      out.charts = charts().length;
      return out;
    }, moves),
  );
  // Let a save that follows the last move happen, then make sure none failed.
  await page.waitForTimeout(500);
  const problem = await shownBanner(page);
  if (problem) throw new Error(`an edit could not be saved (${problem})`);
  const done = [...times.done].sort((a, b) => a - b);
  const frame = [...times.frame].sort((a, b) => a - b);
  return `input → updated summary, table and charts (${done.length} moves): median ${ms(quantile(done, 0.5))}, p90 ${ms(quantile(done, 0.9))}, max ${ms(quantile(done, 1))}; to the next painted frame: median ${ms(quantile(frame, 0.5))}, p90 ${ms(quantile(frame, 0.9))}`;
}

/** Reload timings (see the header); throws when the values are not there after a reload. */
async function reloadTimes(app, expected) {
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const now = await shownValues(app, { timeout: STEP });
  if (now.values !== expected) {
    throw new Error(`before the reload the Import view shows ${danish(now.values)} values, not ${danish(expected)}`);
  }
  const reloaded = "performance.getEntriesByType('navigation')[0]?.type === 'reload'";
  const runs = { render: [], values: [], interactive: [] };
  let shown;
  for (let i = 0; i < reloads; i++) {
    await page.reload({ waitUntil: 'commit', timeout: STEP });
    // Polled in the page on every animation frame. The condition goes in as a script text
    // evaluated by DevTools (not by the page's eval, which its content security policy forbids).
    const t = async (expression, what, timeout = STEP) => {
      const poll = `new Promise((ok, no) => {
        const until = performance.now() + ${timeout};
        const check = () => {
          let hit = false;
          try { hit = (${reloaded}) && (${expression}); } catch (e) { hit = false; }
          if (hit) ok(performance.now());
          else if (performance.now() > until) no(new Error('not within'));
          else requestAnimationFrame(check);
        };
        check();
      })`;
      for (;;) {
        try {
          return await page.evaluate(poll);
        } catch (e) {
          // The reload replaced the page under the poll: poll the new one.
          if (/Execution context was destroyed|navigation/i.test(String(e))) continue;
          if (/not within/.test(String(e))) throw new Error(`${what}: not within ${timeout / 1000} s`);
          throw e;
        }
      }
    };
    runs.render.push(
      await t(
        "document.querySelector('main')?.dataset.hash === location.hash && document.querySelector('main [data-testid=import-view]')",
        `reload ${i + 1}: the Import view was not rendered`,
      ),
    );
    try {
      runs.values.push(await t(showsValues(expected), 'values', 30_000));
    } catch (e) {
      if (!/not within/.test(e.message)) throw e;
      const c = await page.evaluate(`(${countShownValues})()`);
      const problem = await shownBanner(page);
      throw new Error(
        `after reload ${i + 1} the Import view shows ${c ? danish(c.values) : 'no count of'} values, not ${danish(expected)}` +
          (problem ? ` (${problem})` : ''),
      );
    }
    const lang = page.getByTestId('lang-switch');
    const before = await lang.textContent({ timeout: STEP });
    await lang.click({ timeout: STEP });
    runs.interactive.push(
      await t(
        `document.querySelector('[data-testid=lang-switch]')?.textContent !== ${JSON.stringify(before)}`,
        `reload ${i + 1}: a click on the language switch did not respond`,
      ),
    );
    shown = await page.evaluate(`(${countShownValues})()`);
    // Back to Danish for the next reload (not timed).
    await lang.click({ timeout: STEP });
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid=lang-switch]')?.textContent === b,
      before,
      { timeout: STEP },
    );
  }
  const f = (xs) => `${median(xs).toFixed(0)} ms (max ${Math.max(...xs).toFixed(0)})`;
  return {
    line: `reload with ${danish(expected)} imported values at CPU 1× (median of ${reloads}, from navigation start): view rendered ${f(runs.render)}, values shown ${f(runs.values)}, interactive ${f(runs.interactive)}`,
    shown,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const cases = [
  { label: 'default workspace' },
  { label: '36.720 imported values (17 areas × 20 groups × 108 months)', file: comparedAreasFile },
  { label: '235.200 imported values (98 municipalities × 20 groups × 120 months)', file: allMunicipalitiesFile, reload: true },
];
let failures = 0;
const failed = (what, e) => {
  failures++;
  console.log(`${what}: FAILED: ${String(e.message ?? e).split('\n')[0]}`);
  console.error(e);
};
const RELOAD = 'reload with 235.200 imported values at CPU 1×';
for (const c of cases) {
  let app;
  let label = c.label;
  let expected = 0;
  let imported = '';
  try {
    // Set-up: a fresh profile and, for (b) and (c), the import.
    try {
      const file = c.file ? writeCsv(dir, c.file()) : null;
      if (file) label = `${danish(file.values)} imported values (${file.shape})`;
      app = await within(STEP, 'starting the browser', start());
      app.page.setDefaultTimeout(STEP);
      if (file) {
        const r = await importFile(app, file.path, { allAreas: true, timeout: STEP });
        if (r.values !== file.values) throw new Error(`the preview read ${danish(r.values)} values, not ${danish(file.values)}`);
        if (r.kept !== file.values) throw new Error(`the import kept ${danish(r.kept)} of ${danish(file.values)} values`);
        expected = r.stored;
        imported = `; imported in ${(r.ms / 1000).toFixed(1)} s from a ${(file.bytes / 1024 / 1024).toFixed(1)} MB file`;
      }
    } catch (e) {
      failed(label, e);
      if (c.reload) console.log(`${RELOAD}: FAILED: not measured, the import above failed`);
      continue;
    }
    try {
      const latency = await editorLatency(app);
      if (!c.file) {
        expected = (await shownValues(app, { timeout: STEP })).values;
        label = `${label} (${danish(expected)} imported values)`;
      }
      console.log(`${label}: ${latency}${imported}`);
      if (!c.file) console.log(`${label}, the comparison's three charts in view: ${await editorLatency(app, { chartsInView: true })}`);
    } catch (e) {
      failed(label, e);
    }
    if (c.reload) {
      try {
        const { line, shown } = await reloadTimes(app, expected);
        console.log(line);
        console.log(
          `after the reload: ${danish(shown.values)} values still there (${shown.areas} areas, ${shown.indicators} indicators; counted on the Import view)`,
        );
      } catch (e) {
        failed(RELOAD, e);
      }
    }
    if (app.errors.length) console.error(`${label}: errors in the page: ${app.errors.join(' | ')}`);
  } finally {
    if (app) await within(30_000, 'closing the browser', app.close()).catch((e) => console.error(e.message));
  }
}
rmSync(dir, { recursive: true, force: true });
process.exit(failures ? 1 : 0);
