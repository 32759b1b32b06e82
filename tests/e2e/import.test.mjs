// End-to-end tests of indicator import and target follow-up in headless Chromium: files go
// through the real file input (and a drop), the preview shows how they are read and every
// problem with row and column, the import is one undoable step (a full storage is in
// storage.test.mjs), targets are followed and linked by hand with the picker, and everything
// is kept after a reload.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, savedText } from './harness.mjs';

const CORPUS = new URL('../../crates/core/tests/corpus/', import.meta.url).pathname;

let app;
before(async () => {
  app = await start({ prefix: '/kommune/' });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();
const saved = (page) => savedText(page);

async function choose(page, file) {
  await page.getByTestId('import-file').setInputFiles(CORPUS + file);
  await page.getByTestId('import-preview').waitFor();
}

async function summary(page) {
  await page.getByTestId('import-summary').waitFor();
  return text(page.getByTestId('import-summary'));
}

test('a jobindsats file is previewed, imported as one undoable step, and kept after a reload', async () => {
  const { page } = app;
  await app.open('#/import');
  assert.match(await text(page.getByTestId('imports-none')), /ikke importeret tal endnu/);
  await choose(page, 'jobindsats-long.csv');
  const facts = await text(page.getByTestId('import-facts'));
  assert.match(facts, /Jobindsats \(lang tabel med en kolonne pr\. måltal\)/);
  assert.match(facts, /UTF-8/);
  assert.match(facts, /semikolon/);
  assert.match(facts, /komma \(1\.234,5\)/);
  assert.match(await summary(page), /5 rækker læst: 10 værdier, 0 rækker med fejl, 0 bemærkninger\./);
  // Nothing is saved before the user says so.
  assert.doesNotMatch(await saved(page) ?? '', /jobindsats-long\.csv/);
  await page.getByTestId('import-areas-all').check();
  assert.equal(await text(page.getByTestId('import-confirm')), 'Importér 10 værdier');
  await page.getByTestId('import-confirm').click();
  assert.match(
    await text(page.getByTestId('import-result')),
    /jobindsats-long\.csv er importeret: 10 nye værdier, 0 erstattet af nyere, 0 fandtes allerede\./,
  );
  assert.match(await saved(page), /jobindsats-long\.csv/);
  assert.match(await text(page.getByTestId('indicators')), /Antal fuldtidspersoner \(Kontanthjælp\)3jan\. 2023 – feb\. 2023/);

  // The same file again adds nothing.
  await choose(page, 'jobindsats-long.csv');
  await summary(page);
  await page.getByTestId('import-areas-all').check();
  await page.getByTestId('import-confirm').click();
  assert.match(await text(page.getByTestId('import-result')), /0 nye værdier, 0 erstattet af nyere, 10 fandtes allerede/);
  assert.equal(await page.getByTestId('imports').locator('tbody tr:not([data-seeded])').count(), 1);

  // One undo takes the whole import back (the import that changed nothing is no step);
  // redo brings it again.
  await page.getByTestId('undo').click();
  await page.getByTestId('imports-none').waitFor();
  await page.getByTestId('redo').click();
  await page.getByTestId('imports').waitFor();

  await app.reload();
  assert.match(await text(page.getByTestId('imports')), /jobindsats-long\.csv/);
  assert.deepEqual(app.errors, []);
});

test('a file with problems lists each with file, row and column, and imports only the valid rows', async () => {
  const { page } = app;
  await app.open('#/import');
  await choose(page, 'bad-cells.csv');
  assert.match(await summary(page), /6 rækker læst: 1 værdi, 5 rækker med fejl/);
  const problems = await text(page.getByTestId('import-problems'));
  assert.match(problems, /bad-cells\.csv, række 2, kolonne 3 \(C, "Antal personer"\): "12a" er ikke et tal\./);
  assert.match(problems, /bad-cells\.csv, række 3, kolonne 2 \(B, "Periode"\): "januar" er ikke en periodekode/);
  assert.match(problems, /bad-cells\.csv, række 4, kolonne 1 \(A, "Område"\): området mangler\./);
  assert.match(
    await text(page.getByTestId('import-confirm')),
    /Importér de gyldige rækker \(1 værdier\); 5 rækker med fejl springes over/,
  );
  // The whole list can be downloaded.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-problems-download').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^\uFEFFRække;Kolonne;Type;Besked\n2;3;Fejl;/);
  // Cancel: nothing changes.
  const before = await saved(page);
  await page.getByTestId('import-cancel').click();
  assert.equal(await page.getByTestId('import-preview').count(), 0);
  assert.equal(await saved(page), before);
});

test('files that are not tables get their own message and change nothing saved', async () => {
  const { page } = app;
  await app.open('#/import');
  const before = await saved(page);
  for (const [file, message] of [
    ['picture.png', /picture\.png: filen er ikke en tekstfil/],
    ['report.xlsx', /report\.xlsx: filen er en Excel-projektmappe \(\.xlsx\), ikke en CSV-fil/],
    ['empty.csv', /empty\.csv: filen er tom\./],
    ['header-only.csv', /header-only\.csv: filen har kun en overskriftsrække og ingen data\./],
  ]) {
    await page.getByTestId('import-file').setInputFiles(CORPUS + file);
    await page.getByTestId('import-error').waitFor();
    assert.match(await text(page.getByTestId('import-error')), message, file);
  }
  assert.equal(await saved(page), before);
});

test('the mapping can be corrected, and a dropped file is read like a chosen one', async () => {
  const { page } = app;
  await app.open('#/import');
  const csv = readFileSync(CORPUS + 'tab-separated.tsv', 'utf8');
  await page.getByTestId('import-dropzone').evaluate((el, csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'sluppet.tsv', { type: 'text/tab-separated-values' }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, csv);
  await page.getByTestId('import-preview').waitFor();
  assert.match(await text(page.getByTestId('import-facts')), /sluppet\.tsv.*tabulator/);
  assert.match(await summary(page), /2 rækker læst: 2 værdier/);
  await page.getByTestId('import-details-toggle').click();
  await page.getByTestId('import-role-2').selectOption('ignore');
  assert.equal(await text(page.getByTestId('import-mapping-error')), 'Angiv mindst én kolonne med værdier.');
  assert.equal(await page.getByTestId('import-confirm').count(), 0);
  await page.getByTestId('import-role-2').selectOption('value');
  assert.match(await summary(page), /2 rækker læst: 2 værdier/);
  await page.getByTestId('import-cancel').click();
});

test('targets are linked by name, followed against the country, linked by hand, and kept', async () => {
  const { page } = app;
  await app.open('#/import');
  await choose(page, 'plan-indicators.csv');
  await summary(page);
  await page.getByTestId('import-confirm').click();
  const result = await text(page.getByTestId('import-result'));
  assert.match(result, /1 mål blev koblet til tallene i filen/);
  assert.match(result, /Koblet: Helårspersoner på kontanthjælp \(aktivitetsparate\) ← Helårspersoner på kontanthjælp \(aktivitetsparate\)/);

  await app.open('#/maal');
  const row = page.getByTestId('follow-row-m-kth-aktiv-889');
  assert.equal(await row.getAttribute('data-status'), 'green');
  assert.match(await text(row), /880 \(jun\. 2023\)/);
  assert.match(await text(row), /På rette spor: seneste tal \(jun\. 2023\) er 880; målet er højst 889 helårspersoner senest 2023\./);
  await row.getByRole('link').click();
  await app.settled();
  const table = await text(page.getByTestId('follow-table'));
  assert.match(table, /jan\. 202390541\.000/);
  assert.match(table, /plan-indicators\.csv, række 2/);
  // The same rows for Danish Excel: semicolons, no thousands separator, the byte-order mark.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('follow-csv').click()]);
  assert.equal(download.suggestedFilename(), 'maal-m-kth-aktiv-889.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^\ufeffPeriode;[^\r\n]+;Hele landet;Klyngekommuner \(gennemsnit\);Antal klyngekommuner;Krav;Kilde\r\n/);
  assert.match(csv, /\r\njan\. 2023;905;41000;[^\r\n]*;plan-indicators\.csv, række 2\r\n/);
  // A chart is drawn once it is (nearly) on screen, as soon as ECharts has loaded.
  await page.locator('.follow-detail canvas').first().waitFor();

  // By hand: the wide file's indicator follows the 375 cap on long-term kontanthjælp.
  await app.open('#/import');
  await choose(page, 'wide-indicators.csv');
  await summary(page);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor();
  await app.open('#/maal?maal=m-ledighedsydelse-194');
  assert.equal(await page.getByTestId('follow-status').getAttribute('data-status'), 'grey');
  // Each file says when it was imported; a table of the minutes says it is the minutes' own,
  // not "imported at midnight" on the day of the meeting.
  const files = (await page.locator('.picker-file summary').allInnerTexts()).map((f) => f.replace(/\s+/g, ' ').trim());
  assert.ok(files.some((f) => /^wide-indicators\.csv · importeret \d+\.\d+\.\d{4} kl\. \d\d\.\d\d$/.test(f)), files.join(' | '));
  assert.ok(files.some((f) => /^Referat, Social- og Beskæftigelsesudvalget 2\. december 2019: .+ · fra dokumentet$/.test(f)), files.join(' | '));
  assert.ok(!files.some((f) => /^Referat.* kl\. /.test(f)), files.join(' | '));
  // The picker: searched as one types, grouped by file, each with its latest figure.
  await page.getByTestId('link-search').fill('ledighedsydelse over');
  const pick = page.locator('[data-testid="link-choose"][data-indicator="Personer på ledighedsydelse i over 2 år"]');
  assert.match(await text(pick.locator('xpath=..')), /52 \(2023, Slagelse\)/);
  await pick.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="follow-status"]').dataset.status === 'green');
  assert.match(await text(page.getByTestId('follow-status')), /Nået: ved fristen \(2023\) var tallet 52 \(2023\); målet var højst 194 helårspersoner\./);

  await app.reload();
  assert.equal(await page.getByTestId('follow-status').getAttribute('data-status'), 'green');
  await app.open('#/maal');
  assert.equal(await page.getByTestId('follow-row-m-kth-aktiv-889').getAttribute('data-status'), 'green');
  assert.deepEqual(app.errors, []);
});

