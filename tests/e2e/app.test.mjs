// End-to-end tests of the built app in headless Chromium: the plan and the status sheet
// render with the seed figures, edits persist across reloads, the page stays on its own
// origin, and it works under a sub-path and on a phone.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, foreignRequests, savedText, backups, storeLegacyText } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/kommune/beskaeftigelse/' });
});
after(async () => {
  await app?.close();
});

test('the plan renders Slagelse’s Beskæftigelsesplan 2023-24 with its themes, goals and targets', async () => {
  const { page } = app;
  await app.open('#/plan');
  assert.equal(await page.getByTestId('plan-name').textContent(), 'Beskæftigelsesplan 2023-24');
  for (const id of ['attraktive', 'rummelige', 'unge', 'kulturelle']) {
    assert.equal(await page.getByTestId(`theme-${id}`).count(), 1, `theme ${id}`);
  }
  const rummelige = page.getByTestId('theme-rummelige');
  const text = await rummelige.textContent();
  assert.match(text, /max være 889 i 2023/);
  assert.match(text, /højst 889 helårspersoner/);
  assert.match(text, /I dag er antallet 430/);
  assert.match(text, /Udgangspunkt: 430 personer/);
  assert.match(text, /december 2023/);
  const unge = await page.getByTestId('theme-unge').textContent();
  assert.match(unge, /sænkes til 27 %/);
  assert.match(unge, /Udgangspunkt: 32 % \(august 2022/);
  const attraktive = await page.getByTestId('theme-attraktive').textContent();
  assert.match(attraktive, /højst over landsgennemsnittet med 0,1 pct\.-point/);
  // Five ministerial goals, and the mapping table of seed 001.
  assert.equal(await page.locator('[data-testid=goals] .goal-list > li').count(), 5);
  const mapping = page.getByTestId('goal-mapping');
  assert.match(await mapping.locator('tr[data-theme=attraktive]').textContent(), /Flere ledige skal opkvalificeres/);
  assert.match(await mapping.locator('tr[data-theme=unge]').textContent(), /Intet ministermål knyttet/);
  // Every target shows its source.
  const targets = page.locator('.target');
  const n = await targets.count();
  assert.ok(n >= 14, `expected at least 14 targets, found ${n}`);
  assert.equal(await page.locator('.target .source').count(), n);
});

test('the status sheet shows the items of seeds 000 and 003 with their colours, and filters', async () => {
  const { page } = app;
  await app.open('#/styringsark');
  assert.match(await page.getByTestId('items-shown').textContent(), /^15 punkter vist/);
  const item11 = page.getByTestId('item-sbu-11');
  assert.match(await item11.getByTestId('item-colour').textContent(), /Ikke igangsat/);
  assert.match(await page.getByTestId('sheet-budgetaftale-2020-23').textContent(), /28,5 mio\. kr\./);
  // The budget lines table has the førtidspension additions and buffer.
  const budget = await page.getByTestId('budget-lines').textContent();
  for (const figure of ['28.500', '38.700', '48.700', '80.400', '6.000', '24.000']) {
    assert.ok(budget.includes(figure), `budget lines show ${figure}`);
  }
  assert.equal(await page.getByTestId('phase-in-total').textContent(), '5');
  // Filter by colour: one item is "Afsluttet"; the filter is kept in the URL.
  await page.getByTestId('filter-colour').selectOption('completed');
  await page.waitForFunction(() => location.hash.includes('farve=completed'));
  await app.settled();
  assert.match(await page.getByTestId('items-shown').textContent(), /^1 punkter vist/);
  await app.reload();
  assert.match(await page.getByTestId('items-shown').textContent(), /^1 punkter vist/);
  assert.equal(await page.getByTestId('filter-colour').inputValue(), 'completed');
  await page.getByTestId('filter-colour').selectOption('');
  await page.getByTestId('filter-committee').selectOption('SBU');
  await page.waitForFunction(() => location.hash.includes('udvalg=SBU'));
  await app.settled();
  assert.match(await page.getByTestId('items-shown').textContent(), /^15 punkter vist/);
});

test('a changed status colour is saved and survives a reload', async () => {
  const { page } = app;
  await app.open('#/styringsark');
  const item = page.getByTestId('item-sbu-11');
  await item.getByTestId('item-colour-select').selectOption('all_ok');
  assert.match(await savedText(page), /"colour":"all_ok"/);
  await app.reload();
  const again = page.getByTestId('item-sbu-11');
  assert.match(await again.getByTestId('item-colour').textContent(), /Alt OK/);
  assert.equal(await again.getByTestId('item-colour-select').inputValue(), 'all_ok');
});

test('the language switch turns the UI into English and is remembered', async () => {
  const { page } = app;
  await app.open('#/plan');
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.getByTestId('nav-styringsark').textContent(), 'Status sheet');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await app.reload();
  assert.equal(await page.getByTestId('nav-styringsark').textContent(), 'Status sheet');
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.getByTestId('nav-styringsark').textContent(), 'Styringsark');
});

test('an unreadable saved state is kept under a backup key and reported, not wiped', async () => {
  const { page } = app;
  await app.open('#/plan');
  const broken = '{"schema_version": 1, "plan": ';
  await storeLegacyText(page, broken);
  await app.reload();
  const notice = page.getByTestId('startup-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /ikke gyldig JSON \(linje 1, kolonne \d+/);
  const kept = Object.values(await backups(page));
  assert.ok(kept.includes(broken), 'the broken text is kept in a backup');
  // The app carries on with the default plan.
  assert.equal(await page.getByTestId('plan-name').textContent(), 'Beskæftigelsesplan 2023-24');
});

test('reset to default asks first and keeps a backup of what it replaces', async () => {
  const { page } = app;
  await app.open('#/styringsark');
  await page.getByTestId('item-sbu-11').getByTestId('item-colour-select').selectOption('completed');
  await app.open('#/om');
  // Declining changes nothing.
  page.once('dialog', (d) => d.dismiss());
  await page.getByTestId('reset').click();
  assert.equal(await page.getByTestId('reset-done').count(), 0);
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('reset').click();
  const done = await page.getByTestId('reset-done').textContent();
  const key = done.match(/plan-budget\/backup\/\S+\/reset/)[0];
  const backup = (await backups(page))[key];
  assert.match(backup, /"colour":"completed"/);
  await app.open('#/styringsark');
  assert.match(await page.getByTestId('item-sbu-11').getByTestId('item-colour').textContent(), /Ikke igangsat/);
});

test('the page loads nothing from another origin', async () => {
  await app.open('#/styringsark');
  await app.open('#/om');
  assert.deepEqual(foreignRequests(app.requests, app.url), []);
  assert.ok(app.requests.some((r) => r.endsWith('.wasm')), 'the wasm was loaded from the app itself');
  assert.deepEqual(app.errors, []);
});

test('on a phone the views fit the screen without sideways scrolling', async () => {
  const phone = await start({ viewport: { width: 375, height: 740 } });
  try {
    for (const hash of ['#/plan', '#/plan?rediger=1', '#/styringsark', '#/budget', '#/scenarier', '#/maal', '#/maal?maal=m-kth-aktiv-889', '#/import', '#/om', '#/udskrift?type=scenarier', '#/udskrift?type=maal']) {
      await phone.open(hash);
      const overflow = await phone.page.evaluate(
        () => document.scrollingElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `${hash} overflows by ${overflow}px`);
    }
  } finally {
    await phone.close();
  }
});
