// The committee's money and decisions (issue 25) in headless Chromium: the budget agreement's
// totals per year render on Budgetopfølgning in Danish and English (seed 003: 2020 savings
// 24.000, additions 28.500, buffer 6.000, net with the buffer 10.500 tkr.), a realised amount
// is entered, shown with its status and undone; the 2019 minutes' decisions are shown
// ("Udsat."); the plan's case is beside the plan.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

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

const total = (page, code, year) => text(page.getByTestId(`money-total-${code}-${year}`));

test("the agreement's totals per year render in Danish and English", async () => {
  const { page } = app;
  await app.open('#/budget');
  await english(page, false);
  await page.getByTestId('agreement-money').waitFor();
  assert.equal(await total(page, 'savings', 2020), '24.000');
  assert.equal(await total(page, 'additions', 2020), '28.500');
  assert.equal(await total(page, 'buffer', 2020), '6.000');
  assert.equal(await total(page, 'additions_with_buffer', 2020), '34.500');
  assert.equal(await total(page, 'net_without_buffer', 2020), '4.500');
  assert.equal(await total(page, 'net_with_buffer', 2020), '10.500');
  assert.equal(await total(page, 'additions', 2023), '80.400');
  assert.equal(await total(page, 'buffer', 2023), '24.000');
  assert.equal(await total(page, 'net_with_buffer', 2023), '80.400');
  assert.match(await text(page.getByTestId('money-total-savings')), /^Besparelser/);
  assert.match(await text(page.getByTestId('money-total-additions')), /^Tilførsler/);
  // The chart of the totals is there, and the items table.
  assert.equal(await page.locator('.agreement-money figure.money-chart').count(), 1);
  assert.ok((await page.getByTestId('money-items').locator('tbody tr').count()) >= 8);
  // No internal words on the page.
  const body = await text(page.getByTestId('agreement-money'));
  assert.doesNotMatch(body, /seed|\.txt|\.json|AmountKind/i);

  await english(page, true);
  await page.waitForFunction(() => document.querySelector('[data-testid=money-total-savings-2020]')?.textContent === '24,000');
  assert.equal(await total(page, 'additions', 2020), '28,500');
  assert.equal(await total(page, 'buffer', 2020), '6,000');
  assert.equal(await total(page, 'net_with_buffer', 2020), '10,500');
  assert.match(await text(page.getByTestId('money-total-savings')), /^Savings/);
  assert.match(await text(page.getByTestId('money-total-net_with_buffer')), /^Net added with the buffer/);
  await english(page, false);
});

test('a realised amount is entered, shown with its status, and undone', async () => {
  const { page } = app;
  await app.open('#/budget');
  await english(page, false);
  const form = page.getByTestId('money-entry');
  await form.getByTestId('money-entry-item').selectOption('ba2020-2-d-3');
  await form.getByTestId('money-entry-year').selectOption('2020');
  // A refused entry says why and cannot be saved.
  await form.getByTestId('money-entry-amount').fill('-5');
  assert.match(await text(form.locator('.field-msg')), /negativt/);
  assert.equal(await form.getByTestId('money-entry-save').isDisabled(), true);
  // 3.700 of the 4.000 saved: a minor deviation of −300.
  await form.getByTestId('money-entry-amount').fill('3700');
  await form.getByTestId('money-entry-save').click();
  const cell = page.getByTestId('money-cell-ba2020-2-d-3-2020');
  await page.waitForFunction(() => /Realiseret 3\.700/.test(document.querySelector('[data-testid=money-cell-ba2020-2-d-3-2020]')?.textContent ?? ''));
  assert.match(await text(cell), /Forskel −300/);
  assert.match(await text(cell), /Mindre afvigelse/);
  assert.equal(await total(page, 'realised_savings', 2020), '3.700');
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => !/Realiseret/.test(document.querySelector('[data-testid=money-cell-ba2020-2-d-3-2020]')?.textContent ?? 'Realiseret'));
  assert.match(await text(cell), /Ikke opgjort/);
});

test("the 2019 minutes' decisions are shown, with postponements and the parties' statements", async () => {
  const { page } = app;
  await app.open('#/budget');
  await english(page, false);
  const minutes = page.getByTestId('minutes');
  await minutes.waitFor();
  const item10 = minutes.getByTestId('minutes-item-10');
  assert.match(await text(item10), /Udsat\./);
  assert.equal(await text(item10.getByTestId('minutes-status')), 'Udsat');
  assert.match(await text(minutes.getByTestId('minutes-item-6')), /afsnittet omkring socialt bedrageri fjernes/);
  assert.match(await text(minutes.getByTestId('minutes-summary')), /Udsat: punkt 7, 10, 11, 12/);
  assert.ok((await minutes.locator('li[data-kind=reservation]').count()) >= 1, 'a reservation is shown');
  assert.ok((await minutes.locator('li[data-kind=proposal]').count()) >= 1, 'a proposal is shown');
  assert.doesNotMatch(await text(minutes), /seed|\.txt|\.json/i);
  await english(page, true);
  await page.waitForFunction(() => document.querySelector('[data-testid=minutes-item-10] [data-testid=minutes-status]')?.textContent === 'Postponed');
  assert.match(await text(minutes.getByTestId('minutes-item-10')), /Udsat\./);
  assert.equal(await text(minutes.getByTestId('minutes-item-10').getByTestId('minutes-status')), 'Postponed');
  assert.equal(await minutes.getByTestId('minutes-item-10').locator('p[lang=da]').first().textContent(), 'Udsat.');
  await english(page, false);
});

test("the plan's case is beside the plan, folded", async () => {
  const { page } = app;
  await app.open('#/plan');
  await english(page, false);
  const details = page.getByTestId('plan-case');
  await details.locator('summary').click();
  assert.match(await text(details), /30\.807/);
  assert.match(await text(details), /Borgerne virker\./);
  assert.match(await text(page.getByTestId('plan-dignity')), /sommeren 2022/);
  assert.doesNotMatch(await text(details), /seed|\.txt|\.json/i);
});
