// Robustness where users meet it, in headless Chromium: a full browser storage makes saving
// fail with a clear Danish message and loses nothing (the stored state is unchanged, the edit
// stays on the page and can be exported, and old backups can be deleted to make room); and a
// panic shows a message with the saved data to download and a way to reload.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, fillStorage, emptyStorage, savedText } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();
const saved = (page) => savedText(page);

test('a full storage: a clear message, the saved state unchanged, the edit kept and exportable', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=official');
  const before = await saved(page);
  await fillStorage(page);
  const summary = await text(page.getByTestId('summary'));
  // An edit of the baseline goes to a copy of it, which is then shown.
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').click();
  await page.waitForFunction(() => /s=official-kopi-\d/.test(location.hash));
  await app.settled();
  await page.waitForFunction((s) => document.querySelector('[data-testid=summary]').textContent !== s, summary);
  const message = await text(page.getByTestId('save-error'));
  assert.match(message, /Browserens lager er fuldt, så den seneste ændring er ikke gemt\. Det, der var gemt før, er uændret, og ændringen er stadig her på siden\./);
  assert.equal(await saved(page), before, 'the stored state is unchanged');
  const edited = await text(page.getByTestId('summary'));
  assert.match(edited, /bevarer 2 årsværk/);

  // The edit can be exported although it is not saved.
  await app.open('#/om');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const copy = exported.scenarios.scenarios.find((s) => s.id.startsWith('official-kopi'));
  assert.ok(copy.policy.levers.some((l) => l.enabled), 'the export holds the unsaved edit');
  const official = exported.scenarios.scenarios.find((s) => s.id === 'official');
  assert.ok(!official.policy.levers.some((l) => l.enabled), 'the baseline itself is unchanged');

  // With room again, the next change saves everything.
  await emptyStorage(page);
  await app.open('#/scenarier?s=alle-fire');
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').uncheck();
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').check();
  await page.waitForFunction(() => !document.querySelector('[data-testid=save-error]'));
  assert.notEqual(await saved(page), before);
});

test('a panic shows a message with the saved data and a way to reload, not a frozen page', async () => {
  const { page } = app;
  await app.open('#/plan');
  const stored = await saved(page);
  const thrown = await page.evaluate(() => {
    try {
      window.wasmBindings.simulate_crash();
      return null;
    } catch (e) {
      return String(e);
    }
  });
  assert.match(thrown, /unreachable|RuntimeError/);
  const crash = page.getByTestId('crash');
  await crash.waitFor();
  assert.equal(await crash.getAttribute('role'), 'alertdialog');
  assert.match(await text(crash), /Appen er gået i stå.*Det, der sidst blev gemt, ligger stadig i browseren/);
  assert.match(await text(crash), /simulated crash/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('crash-export').click()]);
  assert.equal(readFileSync(await download.path(), 'utf8'), stored);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'crash-export');
  await page.getByTestId('crash-reload').click();
  await app.settled();
  assert.equal(await page.getByTestId('crash').count(), 0);
  // The panic was logged, as before; nothing else went wrong.
  assert.ok(app.errors.some((e) => /simulated crash/.test(e)));
  app.errors.length = 0;
});
