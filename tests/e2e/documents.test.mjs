// The plan's other documents in headless Chromium: the development agreement of 2016 (seed
// 002) and the committee case of 2024 (seed 004) render in Danish and English with their links
// to the plan and the scenarios; the committee's decision is recorded, dated, kept across a
// reload and undone; and on a first visit Målopfølgning shows the plan's baselines and seed
// 003's figures, an integration figure followed over 2015-2019.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, waitSaved } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

async function english(page, on) {
  const isEn = (await page.locator('html').getAttribute('lang')) === 'en';
  if (isEn !== on) await page.getByTestId('lang-switch').click();
}

test('the development agreement reads like the document, without markup, in Danish and English', async () => {
  const { page } = app;
  await app.open('#/plan');
  await page.getByTestId('doc-aftale').click();
  await page.getByTestId('agreement-view').waitFor();
  assert.equal(await text(page.getByTestId('agreement-title')), 'Udviklingsaftale 2016');
  assert.equal(await page.locator('.agreement-section').count(), 4);
  const body = await text(page.getByTestId('agreement-view'));
  // The sentence the text file splits by a column break, whole.
  assert.match(body, /Jobcentrets samarbejdsgrad med virksomhederne i Slagelse Kommune skal minimum være på niveau med den gennemsnitlige samarbejdsgrad på landsplan 2016\./);
  assert.match(body, /Udviklingen i ledige personer fra december 2015 til december 2016 skal være på samme eller mere positivt niveau end på landsplan\./);
  assert.match(body, /Minimum 8 % af de uddannelsesparate og aktivitetsparate unge er løbende i virksomhedsnære tilbud/);
  assert.doesNotMatch(body, /<\/?(p|ul|u|li)\b|&lt;|style="/);
  assert.match(await text(page.getByTestId('agreement-summary')), /^4 afsnit, 6 aftaler og 9 målgrupper\. 14 effektindikatorer kan måles/);
  // The measure with a stated baseline (9 meetings in 2015) shows it as its first point.
  const meetings = page.locator('.agreement-follow', { hasText: 'Kun udgangspunkt' });
  assert.ok((await meetings.count()) >= 1, 'a baseline-only indicator');

  await english(page, true);
  await page.getByTestId('agreement-view').waitFor();
  assert.match(await text(page.getByTestId('agreement-summary')), /^4 sections, 6 agreements and 9 target groups\./);
  assert.ok((await page.getByText('Overall political goal').count()) >= 6);
  assert.equal(await page.getByTestId('doc-aftale').getAttribute('aria-current'), 'page');
  assert.equal(await page.getByTestId('nav-plan').getAttribute('aria-current'), 'page');
  await english(page, false);
});

test('an agreement text is edited in place, saved, and the edit is one undo step', async () => {
  const { page } = app;
  await app.open('#/aftale');
  await page.getByTestId('agreement-edit').check();
  const field = page.locator('.agreement-section textarea').first();
  const before = await field.inputValue();
  await field.fill(`${before} (rettet)`);
  await field.dispatchEvent('change');
  await waitSaved(page);
  await page.getByTestId('agreement-edit').uncheck();
  assert.match(await text(page.locator('.agreement-section h2').first()), /\(rettet\)$/);
  await page.getByTestId('undo').click();
  assert.equal(await text(page.locator('.agreement-section h2').first()), before);
  // An effect indicator added to a target group, then removed again.
  await page.getByTestId('agreement-edit').check();
  const group = page.locator('.target-group').first();
  const count = await group.locator('.indicators > li').count();
  await group.locator('[data-testid^="agreement-add-indicator-"]').click();
  assert.equal(await group.locator('.indicators > li').count(), count + 1);
  assert.equal(await group.locator('.indicators > li textarea').last().inputValue(), 'Ny effektindikator');
  await group.locator('.indicators > li').last().locator('[data-testid^="agreement-remove-"]').click();
  assert.equal(await group.locator('.indicators > li').count(), count);
  await page.getByTestId('agreement-edit').uncheck();
});

test('an imported file follows the agreement\'s development target against the whole country', async () => {
  const { page } = app;
  await app.open('#/import');
  const csv = [
    'Område;Periode;Indikator;Værdi',
    'Slagelse;2015M12;Ledige;2.000',
    'Hele landet;2015M12;Ledige;100.000',
    'Slagelse;2016M12;Ledige;1.900',
    'Hele landet;2016M12;Ledige;98.000',
  ].join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'ledige-2015-2016.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('import-summary').waitFor();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor();
  await app.open('#/aftale');
  const row = page.locator('.agreement-follow', { hasText: 'Ledige' }).first();
  // Slagelse −5,0 % against the country's −2,0 %: at least as good, so met.
  assert.equal(await row.getAttribute('data-status'), 'green');
  assert.match(await text(row), /Nået/);
  assert.match(await text(row), /Ledige faldt 5 % fra december 2015 til december 2016, landet 2 %: målet er nået\./);
});

test('the committee case shows each place beside its scenario lever and links to the plan', async () => {
  const { page } = app;
  await app.open('#/sag');
  await page.getByTestId('case-view').waitFor();
  assert.equal(await page.locator('.case-theme').count(), 5);
  assert.equal(await page.locator('.recommendation').count(), 2);
  assert.match(await text(page.getByTestId('case-places-summary')), /^Sagen peger på 4 steder, .* i alt 5 årsværk\./);
  for (const n of [1, 2, 3, 4]) {
    const box = page.getByTestId(`case-place-${n}`);
    assert.match(await text(box), /Indledende budgetbehov: (1|2) årsværk\./);
    assert.match(await text(box), /Grebet /);
  }
  assert.match(await text(page.getByTestId('case-place-3')), /Indledende budgetbehov: 2 årsværk\./);
  // The case's figures, as the case writes them.
  const figures = await text(page.locator('.case-figures'));
  for (const f of ['130', '140 %', '86 %', '87.000', '300', '35']) assert.ok(figures.includes(f), f);
  // Place [3] opens the scenario that uses its lever.
  await page.getByTestId('case-place-3-scenario').click();
  await page.getByTestId('scenarios-view').waitFor().catch(() => page.locator('main [data-testid$="-view"]').first().waitFor());
  assert.match(page.url(), /#\/scenarier\?s=/);
  // Theme 1 links to the plan's "Attraktive forbindelser", and back.
  await app.open('#/sag');
  const link = page.locator('[data-testid^="case-plan-links-"] a').first();
  await link.click();
  await page.getByTestId('plan-view').waitFor();
  assert.match(page.url(), /#\/plan\?tema=/);
  assert.ok((await page.locator('[data-testid^="plan-case-links-"]').count()) >= 4);
});

test('the committee decision is recorded with its date, kept across a reload, refused before the last one, and undone', async () => {
  const { page } = app;
  await app.open('#/sag');
  const rec = page.locator('.recommendation').first();
  const id = (await rec.getAttribute('data-testid')).replace('case-rec-', '');
  assert.match(await text(page.getByTestId(`case-rec-${id}-status`)), /Afventer/);
  await page.getByTestId(`case-rec-${id}-choice`).selectOption('approved');
  await page.getByTestId(`case-rec-${id}-date`).fill('2024-02-05');
  await page.getByTestId(`case-rec-${id}-record`).click();
  assert.equal(await text(page.getByTestId(`case-rec-${id}-status`)), 'Udvalgets afgørelse: Godkendt 5. februar 2024');
  await waitSaved(page);
  await page.reload();
  await page.getByTestId('case-view').waitFor();
  assert.equal(await text(page.getByTestId(`case-rec-${id}-status`)), 'Udvalgets afgørelse: Godkendt 5. februar 2024');
  // A decision dated before the latest is refused with the reason.
  await page.getByTestId(`case-rec-${id}-choice`).selectOption('postponed');
  await page.getByTestId(`case-rec-${id}-date`).fill('2024-01-01');
  await page.getByTestId(`case-rec-${id}-record`).click();
  assert.match(await text(page.getByTestId('case-decision-error')), /ligger før den seneste afgørelse \(5\. februar 2024\)/);
  await english(page, true);
  assert.match(await text(page.getByTestId(`case-rec-${id}-status`)), /Approved 5 February 2024|Approved/);
  await english(page, false);
  await page.getByTestId(`case-rec-${id}-undo`).click();
  assert.match(await text(page.getByTestId(`case-rec-${id}-status`)), /Afventer/);
});

test('a first visit to Målopfølgning shows the baselines and follows a seeded integration figure over 2015-2019', async () => {
  const fresh = await start();
  try {
    const { page } = fresh;
    await fresh.open('#/maal');
    const summary = await text(page.getByTestId('follow-summary'));
    const baselines = Number(summary.match(/(\d+) har kun planens udgangspunkt/)?.[1]);
    assert.ok(baselines >= 5, summary);
    assert.equal(await page.locator('[data-testid^="trend-"]').count(), 8);
    const refugees = page.locator('[data-indicator="Antal nyankomne flygtninge – I alt"]');
    await refugees.locator('summary').click();
    const periods = await refugees.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.period));
    assert.deepEqual(periods, ['2015', '2016', '2017', '2018', '2019YTD10']);
    const first = await refugees.locator('tbody tr').first().locator('th, td').allTextContents();
    assert.equal(first[0], '2015');
    assert.equal(first[1], '147');
    assert.match(first[2], /Referat, Social- og Beskæftigelsesudvalget 2\. december 2019.*11\. Integrationsområdet.*række 2 .*kolonne »2015«/);
    // The column "2019 Pr. 1. nov." is a part year, and says so.
    assert.equal(await refugees.locator('tbody tr').last().locator('th').textContent(), '2019 til 1. nov.');
  } finally {
    await fresh.close();
  }
});

test('a figure a document states is a point of its target\'s follow-up, marked as taken from the document', async () => {
  const fresh = await start();
  try {
    const { page } = fresh;
    // The committee case of 2024: 130 voksenlærlingeforløb started in 2023, against the plan's
    // "mindst 120".
    // The follow-up table's rows, each a list of its cells' texts.
    const tableRows = () =>
      page.getByTestId('follow-table').locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
      );
    await fresh.open('#/maal?maal=m-voksenlaerlinge-120');
    const rows = await tableRows();
    const row2023 = rows.find((r) => r[0] === '2023');
    assert.ok(row2023, JSON.stringify(rows));
    assert.equal(row2023[1], '130');
    assert.match(row2023[5], /^Fra dokumentet: Udvalgssag 2024, Erhvervs-, Beskæftigelses- og Uddannelsesudvalget/);
    assert.match(await text(page.getByTestId('follow-status')), /fra dokumentet/);
    // About 350 partner firms, in the minutes of 2 December 2019, against "300 virksomheder".
    await fresh.open('#/maal?maal=m-partnerskaber-300');
    const december = (await tableRows()).find((r) => r[0] === 'dec. 2019');
    assert.ok(december, JSON.stringify(await tableRows()));
    assert.equal(december[1], '350');
    assert.match(december[5], /^Fra dokumentet: Referat, Social- og Beskæftigelsesudvalget 2\. december 2019, 10\. /);
    await english(page, true);
    const english2019 = (await tableRows()).find((r) => r[0] === 'Dec 2019');
    assert.match(english2019?.[5] ?? '', /^From the document: /);
    await english(page, false);
    // The development agreement's cooperation rate: about 45 % locally against about 38 % in
    // the whole country, in the same minutes.
    await fresh.open('#/plan');
    await page.getByTestId('doc-aftale').click();
    await page.getByTestId('agreement-view').waitFor();
    assert.ok(await page.locator('.agreement-follow', { hasText: '45 (2019, fra dokumentet)' }).count() >= 1);
  } finally {
    await fresh.close();
  }
});
