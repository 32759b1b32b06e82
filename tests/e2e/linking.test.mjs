// End-to-end tests of issue 24, from a downloaded file to followed targets, in headless
// Chromium: a jobindsats.dk download (semicolons, decimal comma, the municipality, Hele landet
// and comparable municipalities, benefit groups in a column) links the targets it holds on
// import, without the picker, and they are followed with a status; the import names each
// link and one can be undone; a benchmark file without the whole country leaves a status that
// names the missing series, and the country's figure typed in by hand gives the status; the
// "Hent tallene" list says what to download, in both languages.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';
import { layoutDefects, scrollThrough, SIZES } from './layout.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

// As jobindsats.dk writes a table of full-time persons per benefit group: one column per
// measure, the benefit group in a column of its own, the months as 2023M05.
const CLUSTER = ['Esbjerg', 'Fredericia', 'Guldborgsund', 'Kalundborg', 'Randers'];
const KTH = [
  'Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner;Antal personer',
  'Slagelse;2023M05;Kontanthjælp, aktivitetsparate;861;990',
  'Slagelse;2023M06;Kontanthjælp, aktivitetsparate;870;1.001',
  'Slagelse;2023M07;Kontanthjælp, aktivitetsparate;866;1.002',
  'Hele landet;2023M05;Kontanthjælp, aktivitetsparate;61.480,5;70.410',
  'Hele landet;2023M06;Kontanthjælp, aktivitetsparate;61.350,25;70.220',
  'Hele landet;2023M07;Kontanthjælp, aktivitetsparate;61.200,5;70.100',
  ...CLUSTER.flatMap((m, i) => [
    `${m};2023M06;Kontanthjælp, aktivitetsparate;${700 + 40 * i};${800 + 40 * i}`,
    `${m};2023M07;Kontanthjælp, aktivitetsparate;${705 + 40 * i};${806 + 40 * i}`,
  ]),
  'Slagelse;2023M07;Ledighedsydelse;180;201',
  'Hele landet;2023M07;Ledighedsydelse;14.100;15.800',
  ...CLUSTER.map((m, i) => `${m};2023M07;Ledighedsydelse;${150 + 10 * i};${170 + 10 * i}`),
].join('\r\n');

// The ministry's benchmark (Y30R21) as Randers downloaded it: the municipalities, no
// "Hele landet".
const BENCHMARK = [
  'Område;Periode;Ydelsesgrupper;Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)',
  'Slagelse;2022QMAT02;Sygedagpenge mv.;2,99',
  'Randers;2022QMAT02;Sygedagpenge mv.;3,41',
  'Esbjerg;2022QMAT02;Sygedagpenge mv.;3,05',
].join('\r\n');

async function importText(page, name, csv) {
  await app.open('#/import');
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from('\ufeff' + csv + '\r\n', 'utf8'),
  });
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-summary').waitFor();
}

test('a jobindsats file links the targets it holds on import, and they are followed without the picker', async () => {
  const { page } = app;
  await importText(page, 'jobindsats-kontanthjaelp.csv', KTH);
  // The reading in plain words, and the import button in view with the summary.
  assert.match(await text(page.getByTestId('import-reading-text')), /kolonne/);
  assert.equal(await page.getByTestId('import-details').getAttribute('open'), null);
  await page.getByTestId('import-summary').scrollIntoViewIfNeeded();
  const summary = await page.getByTestId('import-summary').boundingBox();
  const button = await page.getByTestId('import-confirm').boundingBox();
  assert.ok(button.y + button.height - summary.y < 900, `the button is ${button.y - summary.y} px below the summary`);

  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  assert.match(await text(result), /2 mål blev koblet til tallene i filen/);
  const kth = page.getByTestId('import-link-m-kth-aktiv-889');
  assert.equal(await kth.getAttribute('data-linked'), 'true');
  assert.match(
    await text(kth),
    /Koblet: Helårspersoner på kontanthjælp \(aktivitetsparate\) ← Antal fuldtidspersoner \(Kontanthjælp, aktivitetsparate\)/,
  );
  assert.doesNotMatch(await text(result), /mål blev koblet til en indikator med samme navn/);

  // One link undone from the summary: that target only.
  const ly = page.getByTestId('import-link-m-ledighedsydelse-194');
  assert.equal(await ly.getAttribute('data-linked'), 'true');
  await ly.getByTestId('import-link-undo').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="import-link-m-ledighedsydelse-194"]').dataset.linked === 'false',
  );
  assert.match(await text(ly), /Ikke koblet \(fortrudt\)/);
  assert.equal(await kth.getAttribute('data-linked'), 'true');

  // Followed with a status, against the plan's cap, without a look at the picker.
  await app.open('#/maal');
  const row = page.getByTestId('follow-row-m-kth-aktiv-889');
  assert.equal(await row.getAttribute('data-status'), 'green');
  assert.match(await text(row), /866 \(jul\. 2023\)/);
  assert.match(await text(row), /På rette spor/);
  assert.notEqual(await page.getByTestId('follow-row-m-ledighedsydelse-194').getAttribute('data-status'), 'green');

  await row.getByRole('link').first().click();
  await app.settled();
  assert.match(await text(page.getByTestId('link-current')), /Antal fuldtidspersoner \(Kontanthjælp, aktivitetsparate\).*koblet automatisk ved importen/);
  assert.match(await text(page.getByTestId('follow-published')), /Offentliggøres på jobindsats\.dk/);
  assert.match(await text(page.getByTestId('follow-table')), /61\.200,5/);
  assert.equal(await page.getByTestId('follow-status').getAttribute('data-status'), 'green');
  assert.deepEqual(app.errors, []);
});

test('a status with a missing series names it, and the figure typed in by hand gives the status', async () => {
  const { page } = app;
  await importText(page, 'randers-y30r21.csv', BENCHMARK);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor();
  assert.match(await text(page.getByTestId('import-link-m-sygemeldte-gap')), /Koblet: Andel sygemeldte borgere/);

  await app.open('#/maal');
  const row = page.getByTestId('follow-row-m-sygemeldte-gap');
  assert.equal(await row.getAttribute('data-status'), 'grey');
  assert.match(await text(row), /Mangler tal for hele landet/);
  assert.doesNotMatch(await text(row), /Ingen tal/);
  assert.match(await text(row), /Hent jobindsats\.dk, Sygedagpenge/);
  // Hent tallene keeps the target, for the whole country.
  assert.match(await text(page.getByTestId('fetch-target-m-sygemeldte-gap')), /mangler tal for hele landet/);

  await app.open('#/maal?maal=m-sygemeldte-gap');
  assert.match(await text(page.getByTestId('follow-status')), /Mangler tal for hele landet/);
  const details = page.getByTestId('enter-details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await page.getByTestId('entry-area').selectOption('Hele landet');
  await page.getByTestId('entry-period').fill('2022QMAT02');
  await page.getByTestId('entry-value').fill('3,2');
  // Without a source the figure is refused, and nothing changes.
  await page.getByTestId('entry-save').click();
  assert.equal(await text(page.getByTestId('entry-message')), 'Skriv hvor tallet kommer fra.');
  assert.equal(await page.getByTestId('follow-status').getAttribute('data-status'), 'grey');
  await page.getByTestId('entry-source').fill('jobindsats.dk Y30R21, Hele landet');
  await page.getByTestId('entry-save').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="follow-status"]').dataset.status === 'green');
  assert.doesNotMatch(await text(page.getByTestId('follow-status')), /Mangler tal/);
  assert.match(await text(page.getByTestId('entered-figures')), /Hele landet3,2jobindsats\.dk Y30R21, Hele landet/);
  // Removed again: the missing series is named again.
  await page.getByTestId('entered-remove').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="follow-status"]').dataset.status === 'grey');
  assert.match(await text(page.getByTestId('follow-status')), /Mangler tal for hele landet/);
  assert.deepEqual(app.errors, []);
});

test('Hent tallene says what to download for every target without figures, in both languages', async () => {
  const { page } = app;
  await app.open('#/maal');
  const list = page.getByTestId('fetch-list');
  assert.match(await text(list), /^Hent tallene/);
  assert.match(await text(page.getByTestId('fetch-intro')), /\d+ mål mangler tal/);
  assert.match(await text(list), /Vælg områderne.*Slagelse, Hele landet/s);
  // A target with no public series is followed by figures typed in, and says so.
  const partners = page.getByTestId('fetch-target-m-partnerskaber-300');
  assert.equal(await partners.locator('xpath=ancestor::li[@data-download]').getAttribute('data-download'), 'false');
  assert.doesNotMatch(await text(list), /seed|\.txt\b|\.pdf\b/i);

  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await text(list), /^Get the figures/);
  assert.match(await text(page.getByTestId('fetch-intro')), /lack figures|lacks figures/);
  assert.match(await text(list), /Tick the areas.*Slagelse, Hele landet/s);
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'da');

  // Each target says where its figure is published, or that it has none.
  await app.open('#/maal?maal=m-partnerskaber-300');
  assert.match(await text(page.getByTestId('follow-published')), /Ingen offentlig serie/);
  assert.notEqual(await page.getByTestId('enter-details').getAttribute('open'), null);
  assert.deepEqual(app.errors, []);
});

test('with a file previewed, the import, the followed targets and a target\'s picker lay out without defects at the three sizes', async () => {
  const { page } = app;
  try {
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      // The preview of a file, before it is imported: its reading, mapping and linked targets.
      await importText(page, 'kontanthjaelp.csv', KTH);
      await scrollThrough(page);
      assert.deepEqual(await page.evaluate(layoutDefects), [], `#/import with a preview, ${size.name}`);
      await app.open('#/maal');
      await scrollThrough(page);
      assert.deepEqual(await page.evaluate(layoutDefects), [], `#/maal, ${size.name}`);
      // A target not linked yet: the picker lists every imported file (the seeded tables of
      // the minutes among them) beside the form for typing a figure in.
      for (const target of ['m-voksenlaerlinge-120', 'm-partnerskaber-300']) {
        await app.open(`#/maal?maal=${target}`);
        await scrollThrough(page);
        assert.deepEqual(await page.evaluate(layoutDefects), [], `#/maal?maal=${target}, ${size.name}`);
      }
    }
    // Workshop type on a phone: a long word in a heading breaks rather than widening the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open('#/scenarier');
    await page.getByTestId('workshop-toggle').click();
    await app.open('#/maal?maal=m-partnerskaber-300');
    await scrollThrough(page);
    assert.deepEqual(await page.evaluate(layoutDefects), [], '#/maal?maal=m-partnerskaber-300 in workshop mode, phone');
    await app.open('#/scenarier');
    await page.getByTestId('workshop-toggle').click();
  } finally {
    await page.setViewportSize({ width: 1366, height: 768 });
  }
});
