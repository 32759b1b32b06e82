// Editing the plan in headless Chromium: each kind of entry (plan, goal and mapping, theme,
// target, measure with shape, value, deadline and baseline, initiative, budget line) is
// edited; a share above 100 % gets a message tied to its field; add, delete and undo; a new
// plan period with the old plan in the archive; and everything is kept after a reload.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, saved } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();
async function set(page, testid, value) {
  const el = page.getByTestId(testid).first();
  await el.fill(value);
  await el.press('Tab');
}

test('every kind of entry is edited, validated, undone and kept', async () => {
  const { page } = app;
  await app.open('#/plan');
  await page.getByTestId('edit-plan').click();
  await page.getByTestId('plan-editor').waitFor();
  assert.equal(await text(page.getByTestId('plan-issues')), 'Planen har ingen fejl.');

  await set(page, 'theme-attraktive-name', 'Attraktive forbindelser til erhvervslivet');
  await set(page, 'goal-goal-2-text', 'Flere ledige skal opkvalificeres – også i 2024');
  await page.getByTestId('theme-attraktive-goal-goal-3').check();
  await set(page, 'target-t-attraktive-1-text', 'Forsikrede ledige højst 0,1 procentpoint over landsgennemsnittet');
  await set(page, 'measure-m-voksenlaerlinge-120-value', '130');
  await page.getByTestId('measure-m-voksenlaerlinge-120-shape').selectOption('floor');
  await set(page, 'measure-m-voksenlaerlinge-120-deadline', '2024');
  await set(page, 'measure-m-voksenlaerlinge-120-baseline', '110');
  const initiative = page.locator('[data-testid^="initiative-"][data-testid$="-text"]').first();
  const initiativeId = await initiative.getAttribute('data-testid');
  await set(page, initiativeId, 'Jobmesser to gange om året');
  const line = page.locator('[data-testid^="line-"][data-testid$="-tkr"]').first();
  const lineId = await line.getAttribute('data-testid');
  await set(page, lineId, '30.000');

  // A share above 100 %: a message next to its field, tied to it for screen readers.
  await set(page, 'measure-m-delvist-raskmeldte-value', '120');
  const value = page.getByTestId('measure-m-delvist-raskmeldte-value');
  const described = await value.getAttribute('aria-describedby');
  assert.equal(described, 'measure-m-delvist-raskmeldte-value-issue');
  assert.match(await text(page.locator(`#${described}`)), /en andel skal ligge mellem 0 og 100 %, ikke 120/);
  assert.equal(await text(page.getByTestId('plan-issues')), 'Planen har 1 fejl; de står ved felterne herunder.');
  await set(page, 'measure-m-delvist-raskmeldte-value', '25');
  assert.equal(await text(page.getByTestId('plan-issues')), 'Planen har ingen fejl.');

  // What is no number, or no year, is refused at its field with the reason, and changes
  // nothing: the value typed before stays in the plan.
  await set(page, 'measure-m-voksenlaerlinge-120-value', '13o');
  const refusedValue = page.getByTestId('measure-m-voksenlaerlinge-120-value');
  assert.equal(await refusedValue.getAttribute('aria-invalid'), 'true');
  assert.equal(await refusedValue.getAttribute('aria-describedby'), 'measure-m-voksenlaerlinge-120-value-refused');
  assert.equal(await text(page.locator('#measure-m-voksenlaerlinge-120-value-refused')), 'Det er ikke et tal. Skriv fx 550 eller 5,5.');
  await set(page, 'measure-m-voksenlaerlinge-120-deadline', '20244');
  assert.equal(await text(page.locator('#measure-m-voksenlaerlinge-120-deadline-refused')), 'Skriv et år fra 1990 til 2100.');
  assert.equal(await refusedValue.getAttribute('aria-invalid'), 'true');
  // A valid entry takes the refusal away; a change of the plan elsewhere shows the plan's
  // value in a field that held a refused entry, without the refusal.
  // (2023 lies in the plan period, so the plan has no issue with it either.)
  await set(page, 'measure-m-voksenlaerlinge-120-deadline', '2023');
  await page.waitForFunction(() => !document.querySelector('#measure-m-voksenlaerlinge-120-deadline-refused')
    && !document.querySelector('#measure-m-voksenlaerlinge-120-value-refused'));
  assert.equal(await page.getByTestId('measure-m-voksenlaerlinge-120-deadline').getAttribute('aria-invalid'), null);
  assert.equal(await refusedValue.inputValue(), '130');
  assert.equal(await refusedValue.getAttribute('aria-invalid'), null);
  await set(page, 'measure-m-voksenlaerlinge-120-deadline', '2024');

  // Add a target, delete it, undo the deletion.
  const targets = () => page.locator('[data-testid^="edit-target-"]').count();
  const count = (n) => page.waitForFunction((n) => document.querySelectorAll('[data-testid^="edit-target-"]').length === n, n);
  const before = await targets();
  await page.getByTestId('add-target-unge').click();
  await count(before + 1);
  await page.getByTestId('target-t-ny-1-delete').click();
  await count(before);
  await page.getByTestId('undo').click();
  await count(before + 1);
  await set(page, 'target-t-ny-1-text', 'Flere unge i fritidsjob');

  // A measure moved up changes places with the one above it, and nothing else moves.
  const order = () => page.evaluate(() => [...document.querySelector('[data-testid="edit-measure-m-delvist-raskmeldte"]').parentElement.children]
    .map((li) => li.dataset.testid.replace('edit-measure-', '')));
  const measuresBefore = await order();
  const at = measuresBefore.indexOf('m-delvist-raskmeldte');
  assert.ok(at > 0, measuresBefore.join());
  const measuresAfter = [...measuresBefore];
  [measuresAfter[at - 1], measuresAfter[at]] = [measuresAfter[at], measuresAfter[at - 1]];
  await page.getByTestId('measure-m-delvist-raskmeldte-up').click();
  await page.waitForFunction((want) => {
    const li = document.querySelector('[data-testid="edit-measure-m-delvist-raskmeldte"]');
    return li && [...li.parentElement.children].map((x) => x.dataset.testid.replace('edit-measure-', '')).join() === want;
  }, measuresAfter.join());

  await app.reload();
  const ws = await saved(page);
  const theme = ws.plan.themes.find((t) => t.id === 'attraktive');
  assert.equal(theme.name, 'Attraktive forbindelser til erhvervslivet');
  assert.ok(theme.goal_ids.includes('goal-3'));
  assert.equal(ws.plan.goals.find((g) => g.id === 'goal-2').text, 'Flere ledige skal opkvalificeres – også i 2024');
  const measure = theme.targets.flatMap((t) => t.measures).find((m) => m.id === 'm-voksenlaerlinge-120');
  assert.deepEqual([measure.value, measure.shape, measure.deadline.date.year, measure.baseline.value], [130, 'floor', 2024, 110]);
  assert.ok(ws.plan.themes.flatMap((t) => t.initiatives).some((i) => i.text === 'Jobmesser to gange om året'));
  assert.ok(ws.budget_lines.some((l) => l.tkr === 30000));
  assert.ok(ws.plan.themes.find((t) => t.id === 'unge').targets.some((t) => t.text === 'Flere unge i fritidsjob'));
  const moved = ws.plan.themes.flatMap((t) => t.targets).find((t) => t.measures.some((m) => m.id === 'm-delvist-raskmeldte'));
  assert.deepEqual(moved.measures.map((m) => m.id), measuresAfter);
  // The reading view shows the edit.
  assert.match(await text(page.getByTestId('plan-view')), /Attraktive forbindelser til erhvervslivet/);
  assert.deepEqual(app.errors, []);
});

test('a new plan period keeps the old plan readable in the archive', async () => {
  const { page } = app;
  await app.open('#/plan?rediger=1');
  await set(page, 'new-period-start', '2025');
  await set(page, 'new-period-end', '2026');
  await page.getByTestId('carry-initiatives').uncheck();
  await page.getByTestId('new-period-start-button').click();
  await page.getByTestId('archive').waitFor();
  assert.equal(await text(page.getByTestId('plan-view').getByTestId('plan-name')), 'Beskæftigelsesplan 2025-26');
  assert.match(await text(page.getByTestId('archived-0')), /Beskæftigelsesplan 2023-24 \(2023-24\)/);
  await app.reload();
  const ws = await saved(page);
  assert.equal(ws.plan.period.start, 2025);
  assert.ok(ws.plan.themes.every((t) => t.initiatives.length === 0));
  assert.equal(ws.archived_plans[0].name, 'Beskæftigelsesplan 2023-24');
  assert.ok(ws.archived_plans[0].themes.some((t) => t.initiatives.length > 0));
  // Carried deadlines the old plan stated (2023) now lie before the new period: the editor says so.
  assert.match(await text(page.getByTestId('plan-issues')), /Planen har \d+ fejl/);
});
