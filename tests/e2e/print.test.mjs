// Print views for the committee in headless Chromium: the scenario comparison and the target
// overview render with the date, the sources and the assumptions; in print media the app's
// navigation and buttons are gone; and Chromium's print to PDF makes an A4 document.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** Checks a PDF made by Chromium: its header and end, A4 pages, and how many. */
function checkPdf(pdf) {
  const s = pdf.toString('latin1');
  assert.ok(s.startsWith('%PDF-'), 'PDF header');
  assert.ok(s.trimEnd().endsWith('%%EOF'), 'PDF end');
  const pages = (s.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1, `pages: ${pages}`);
  const box = s.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  assert.ok(box, 'a MediaBox');
  // A4 is 595,3 × 841,9 points.
  assert.ok(Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, box[0]);
  return pages;
}

test('the scenario comparison prints on A4 with date, assumptions and sources', async () => {
  const { page } = app;
  await app.open('#/scenarier');
  await page.getByTestId('print-scenarios-link').click();
  await app.settled();
  assert.equal(await text(page.getByTestId('print-title')), 'Budgetscenarier – sammenligning');
  const d = new Date();
  assert.equal(await text(page.getByTestId('print-date')), `Udskrevet ${d.getDate()}. ${MONTHS[d.getMonth()]} ${d.getFullYear()}`);
  const table = await text(page.getByTestId('print-comparison'));
  for (const name of ['Sygedagpenge', 'kompensation', 'årsværk bevaret', 'netto for kommunen']) {
    assert.match(table, new RegExp(name));
  }
  const assumptions = await text(page.getByTestId('print-assumptions'));
  assert.match(assumptions, /Omkostning pr\. årsværk0,55 mio\. kr\.Antagelse/);
  assert.match(assumptions, /kommunens andel1,35 %/);
  const sources = await text(page.locator('.print-sources'));
  assert.match(sources, /Beskæftigelsesplan/);
  // The documents by their titles, never a file name of the app's own.
  assert.doesNotMatch(sources, /\d{3}_[0-9a-f]{16}/);
  // On the width of an A4 page (about 720 px inside its margins) the comparison breaks a
  // cell between an amount and its range rather than running off the page.
  await page.setViewportSize({ width: 720, height: 1000 });
  const fits = await page.getByTestId('print-comparison').evaluate((t) => t.getBoundingClientRect().width <= t.parentElement.clientWidth + 1);
  await page.setViewportSize({ width: 1366, height: 768 });
  assert.ok(fits, 'the comparison is wider than an A4 page');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.top').isVisible(), false);
  assert.equal(await page.getByTestId('print-button').isVisible(), false);
  assert.equal(await page.getByTestId('print-comparison').isVisible(), true);
  const pages = checkPdf(await page.pdf({ format: 'A4', printBackground: false }));
  console.log(`scenario comparison: ${pages} A4 pages`);
  await page.emulateMedia({ media: 'screen' });
});

test('the target overview prints on A4 grouped by theme', async () => {
  const { page } = app;
  await app.open('#/maal');
  await page.getByTestId('print-targets-link').click();
  await app.settled();
  assert.equal(await text(page.getByTestId('print-title')), 'Målopfølgning');
  assert.equal(await page.getByTestId('print-targets').count(), 4);
  assert.match(await text(page.getByTestId('print-targets').first()), /Ikke koblet\. Målet er ikke koblet til en importeret indikator endnu\./);
  const pages = checkPdf(await page.pdf({ format: 'A4' }));
  console.log(`target overview: ${pages} A4 pages`);
  assert.deepEqual(app.errors, []);
});

test('every chart offers its figures as CSV for Danish Excel', async () => {
  const { page } = app;
  await app.open('#/scenarier?cmp=official,sygedagpenge-2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-net-csv').click()]);
  assert.equal(download.suggestedFilename(), 'chart-net.csv');
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(lines[0], ';Officiel indfasning;Sygedagpenge: bevar 2 årsværk 2024-2026');
  assert.equal(lines.length, 1 + 7);
  assert.match(lines[1], /^2024;0;-?\d+(,\d+)?$/);
  await app.open('#/styringsark');
  assert.equal(await page.getByTestId('budget-chart-csv').count(), 1);
});
