// Budget follow-up and the status sheet's history in headless Chromium: the app reproduces
// seed 003's 2019 follow-up to the thousand kroner; a line is edited, the result follows,
// the edit is undone and the state is kept after a reload; a status item's text and colour
// are changed, shown as changed since the last meeting with before → after, and kept.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';
import { layoutDefects, scrollThrough } from './layout.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

test("the 2019 follow-up of seed 003 is reproduced to the thousand kroner", async () => {
  const { page } = app;
  await app.open('#/budget');
  assert.equal(await text(page.getByTestId('followup-total')), '3,617 mio. kr.');
  assert.equal(await text(page.getByTestId('followup-supplementary')), '4,941 mio. kr.');
  const kind = (k, what) => text(page.getByTestId(`kind-${k}`).getByTestId(what));
  assert.equal(await kind('service', 'kind-deviation'), '−1,324 mio. kr.');
  assert.equal(await kind('insured', 'kind-deviation'), '−6,434 mio. kr.');
  assert.equal(await kind('transfer', 'kind-deviation'), '11,375 mio. kr.');
  assert.equal(await kind('transfer', 'kind-in'), '6,434 mio. kr.');
  assert.equal(await kind('insured', 'kind-out'), '6,434 mio. kr.');
  assert.equal(await kind('transfer', 'kind-supplementary'), '4,941 mio. kr.');
  assert.match(await text(page.getByTestId('followup-summary')), /3,617 mio\. kr\./);
});

test('a line is edited, the result follows, undo restores it, and the state is kept', async () => {
  const { page } = app;
  await app.open('#/budget');
  // The transfer line: a stated overspend of 11.375; state 12.000 instead.
  const rows = page.getByTestId('followup-lines').locator('tbody tr');
  const n = await rows.count();
  let transfer = -1;
  for (let i = 0; i < n; i++) {
    if ((await rows.nth(i).getByTestId('line-stated').inputValue()) === '11.375') transfer = i;
  }
  assert.ok(transfer >= 0, 'the transfer line states 11.375');
  await rows.nth(transfer).getByTestId('line-stated').fill('12.000');
  await rows.nth(transfer).getByTestId('line-stated').press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-testid=followup-total]').textContent === '4,242 mio. kr.');
  assert.equal(await text(page.getByTestId('followup-supplementary')), '5,566 mio. kr.');
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=followup-total]').textContent === '3,617 mio. kr.');
  // Budget and forecast instead of a stated deviation, on a new service line.
  await page.getByTestId('add-line').selectOption('service');
  const added = page.getByTestId('followup-lines').locator('tbody tr').last();
  await added.getByTestId('line-budget').fill('1.000');
  await added.getByTestId('line-budget').press('Tab');
  await added.getByTestId('line-expected').fill('1.250,4');
  await added.getByTestId('line-expected').press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-testid=followup-total]').textContent === '3,867 mio. kr.');
  assert.match(await text(added.getByTestId('line-deviation')), /^0,25 mio\. kr\. \(beregnet\)$/);
  await app.reload();
  assert.equal(await text(page.getByTestId('followup-total')), '3,867 mio. kr.');
  assert.deepEqual(app.errors, []);
});

test('an amount that is no number is marked at its field with the reason, changes nothing, and the field message fits a phone', async () => {
  const { page } = app;
  await app.open('#/budget');
  const total = await text(page.getByTestId('followup-total'));
  const stated = page.getByTestId('followup-lines').locator('tbody tr').first().getByTestId('line-stated');
  const before = await stated.inputValue();
  await stated.fill('12x');
  await stated.press('Tab');
  const message = page.locator('.field-msg[role=alert]').first();
  await message.waitFor();
  assert.match(await text(message), /^Det er ikke et tal\./);
  assert.equal(await stated.getAttribute('aria-invalid'), 'true');
  assert.equal(await stated.inputValue(), '12x');
  assert.equal(await text(page.getByTestId('followup-total')), total);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await scrollThrough(page);
    assert.deepEqual(await page.evaluate(layoutDefects), [], '#/budget with a field message, phone');
  } finally {
    await page.setViewportSize({ width: 1366, height: 768 });
  }
  // A number clears the message (the value it had, so the follow-up is as before).
  await stated.fill(before);
  await stated.press('Tab');
  await page.waitForFunction(() => !document.querySelector('.field-msg[role=alert]'));
  assert.equal(await stated.getAttribute('aria-invalid'), null);
  assert.deepEqual(app.errors, []);
});

test('a status change is dated, shown as changed since the last meeting, and kept', async () => {
  const { page } = app;
  await app.open('#/styringsark');
  const item = page.locator('[data-testid^="item-"]').filter({ has: page.getByTestId('item-status-edit') }).first();
  const id = await item.getAttribute('data-testid');
  const before = await text(item.getByTestId('item-status'));
  await item.getByTestId('item-status-edit').fill('Udskudt til 2027 efter aftale i udvalget');
  await item.getByTestId('item-status-edit').press('Tab');
  await page.getByTestId(id).getByTestId('item-colour-select').selectOption('minor_deviations');
  const card = page.getByTestId(id);
  assert.equal(await text(card.getByTestId('item-status')), 'Udskudt til 2027 efter aftale i udvalget');
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await page.getByTestId('filter-since').fill(today);
  await page.getByTestId('filter-since').dispatchEvent('change');
  await page.waitForFunction(() => location.hash.includes('siden='));
  await app.settled();
  const changed = await text(page.getByTestId(id).getByTestId('item-changed'));
  assert.ok(changed.includes(`Status: »${before}« → »Udskudt til 2027 efter aftale i udvalget«`), changed);
  assert.match(changed, /Statusfarve: Ikke igangsat → Mindre afvigelser/);
  await app.reload();
  assert.match(await text(page.getByTestId(id).getByTestId('item-history')), /Udskudt til 2027 efter aftale i udvalget/);
  assert.ok((await text(page.getByTestId(id).getByTestId('item-changed'))).includes('→ »Udskudt til 2027'));
});
