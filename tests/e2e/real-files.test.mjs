// End-to-end tests of the files people really download, through the real file input in
// headless Chromium: a table saved from statistikbanken.dk (title, unit, periods as columns,
// stub columns whose repeated labels are left blank), jobindsats.dk's API answer saved as
// JSON, and an Excel sheet with two header rows. The preview is never a dead end: the
// header rows and the filled-down columns can be changed, and the reading changes with them.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, savedText } from './harness.mjs';

const CORPUS = new URL('../../crates/core/tests/corpus/', import.meta.url).pathname;

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

async function choose(page, file) {
  await page.getByTestId('import-file').setInputFiles(CORPUS + file);
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-summary').waitFor();
}

/** The first values as the preview lists them: one line per row of the table. */
async function firstValues(page) {
  return page
    .getByTestId('import-first-values')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent).join(' | ')));
}

test('a Statbank web table is read with its title, unit and filled-down labels, and the fill-down can be undone', async () => {
  const { page } = app;
  await app.open('#/import');
  await choose(page, 'statbank-web-fill-down.csv');
  const facts = await text(page.getByTestId('import-facts'));
  assert.match(facts, /Danmarks Statistik, tabel gemt fra statistikbanken\.dk/);
  assert.match(facts, /Windows-1252/);
  assert.match(facts, /EnhedProcent/);
  assert.match(await text(page.getByTestId('import-summary')), /8 rækker læst: 22 værdier, 0 rækker med fejl, 2 bemærkninger\./);
  assert.match(await text(page.getByTestId('import-areas-found')), /hele landet, 1 region og 2 kommuner/);
  const values = await firstValues(page);
  assert.equal(values[0], '4 | Hele landet | Fuldtidsledige i pct. af arbejdsstyrken (Mænd) | 1. kvt. 2023 | 2,9');
  // Row 5 has no area of its own: it takes "Hele landet" from the row above.
  assert.equal(values[3], '5 | Hele landet | Fuldtidsledige i pct. af arbejdsstyrken (Kvinder) | 1. kvt. 2023 | 2,8');
  assert.equal(await page.getByTestId('import-fill-0').isChecked(), true);

  // Without fill-down the blank area cells are problems, named by row and column. The
  // columns are among the reading's details, folded away until asked for.
  await page.getByTestId('import-details-toggle').click();
  await page.getByTestId('import-fill-0').uncheck();
  await page.getByTestId('import-summary').waitFor();
  assert.match(await text(page.getByTestId('import-summary')), /8 rækker læst: 11 værdier, 4 rækker med fejl/);
  assert.match(await text(page.getByTestId('import-problems')), /statbank-web-fill-down\.csv, række 5, kolonne 1 \(A, ""\): området mangler\./);
  await page.getByTestId('import-fill-0').check();
  await page.getByTestId('import-summary').waitFor();
  assert.match(await text(page.getByTestId('import-summary')), /22 værdier, 0 rækker med fejl/);

  await page.getByTestId('import-areas-all').check();
  await page.getByTestId('import-confirm').click();
  assert.match(await text(page.getByTestId('import-result')), /statbank-web-fill-down\.csv er importeret: 22 nye værdier/);
  assert.match(await savedText(page), /statbank-web-fill-down\.csv/);
  assert.deepEqual(app.errors, []);
});

test('jobindsats.dk JSON with several measures per record is read with its letters repaired', async () => {
  const { page } = app;
  await app.open('#/import');
  await choose(page, 'jobindsats-y30r21.json');
  const facts = await text(page.getByTestId('import-facts'));
  assert.match(facts, /JSON-fil \(fx fra jobindsats\.dk\), læst som en tabel med én række pr\. post/);
  assert.doesNotMatch(facts, /Skilletegn/);
  await page.getByTestId('import-repaired').waitFor();
  assert.match(await text(page.getByTestId('import-summary')), /6 rækker læst: 36 værdier, 0 rækker med fejl/);
  const values = await firstValues(page);
  assert.equal(values[0], '1 | København | Forventet antal | år til 1. kvt. 2020 | 10.234,6');
  assert.equal(values[3], '1 | København | Forventet andel (pct.) | år til 1. kvt. 2020 | 9,08');
  await page.getByTestId('import-areas-all').check();
  await page.getByTestId('import-confirm').click();
  assert.match(await text(page.getByTestId('import-result')), /jobindsats-y30r21\.json er importeret: 36 nye værdier/);
  assert.deepEqual(app.errors, []);
});

test('two header rows are found, and choosing one header row instead changes the reading', async () => {
  const { page } = app;
  await app.open('#/import');
  await choose(page, 'excel-two-header-rows.csv');
  assert.equal(await page.getByTestId('import-two-header-rows').isChecked(), true);
  const before = await text(page.getByTestId('import-summary'));
  const firstBefore = (await firstValues(page))[0];
  assert.match(firstBefore, /\(Antal\)/);
  await page.getByTestId('import-details-toggle').click();
  await page.getByTestId('import-two-header-rows').uncheck();
  await page.getByTestId('import-summary').waitFor();
  assert.equal(await page.getByTestId('import-two-header-rows').isChecked(), false);
  assert.notEqual(await text(page.getByTestId('import-summary')), before);
  // And back: the same reading as at first.
  await page.getByTestId('import-two-header-rows').check();
  await page.getByTestId('import-summary').waitFor();
  assert.equal(await text(page.getByTestId('import-summary')), before);

  // The header row can be moved to any of the first rows; a title row as header gives a
  // reading the user can see is wrong, never a dead end.
  const options = await page.getByTestId('import-header-row').locator('option').count();
  assert.ok(options >= 4, `${options} header choices`);
  await page.getByTestId('import-cancel').click();
  assert.deepEqual(app.errors, []);
});
