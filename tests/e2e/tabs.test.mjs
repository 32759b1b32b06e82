// Two tabs of the same browser editing the plan at once, in headless Chromium: the second tab
// is told at once that the first saved, its own change is not written over the first's, and
// whichever version the user picks, the other is kept as a backup: nothing is lost silently.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, savedText, backups } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
});
after(async () => {
  await app?.close();
});

const saved = (page) => savedText(page);
const settled = (page) =>
  page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main && main.dataset.hash === location.hash && document.querySelector('main [data-testid$="-view"]');
  });
const enabled = (json, lever) =>
  JSON.parse(json).scenarios.scenarios.find((s) => s.id === 'arne-lineaer-3').policy.levers.some((l) => l.lever_id === lever && l.enabled);

test('two tabs editing at once do not silently overwrite each other', async () => {
  const a = app.page;
  // An alternative, not the baseline (an edit of the baseline goes to a copy).
  await app.open('#/scenarier?s=arne-lineaer-3');
  const b = await app.context.newPage();
  await b.goto(app.url + '#/scenarier?s=arne-lineaer-3');
  await settled(b);

  // Tab A keeps staff in place [3]: saved, and tab B is told at once.
  await a.getByTestId('lever-place-3').getByTestId('lever-enabled').check();
  await b.getByTestId('other-tab').waitFor();
  const afterA = await saved(a);
  assert.ok(enabled(afterA, 'place-3'));

  // Tab B changes something else: it is not written over A's change.
  await b.getByTestId('lever-place-1').getByTestId('lever-enabled').check();
  assert.equal(await saved(b), afterA, "B's change did not overwrite A's");

  // B keeps its own version: A's is kept as a backup, and A is told.
  await b.getByTestId('other-tab-keep').click();
  await b.getByTestId('other-tab-done').waitFor();
  const afterB = await saved(b);
  assert.ok(enabled(afterB, 'place-1') && !enabled(afterB, 'place-3'));
  const kept = Object.entries(await backups(b)).filter(([k]) => k.endsWith('/other-tab')).map(([, v]) => v);
  assert.equal(kept.length, 1);
  assert.ok(enabled(kept[0], 'place-3'), "A's version is in the backup");
  await a.getByTestId('other-tab').waitFor();

  // A takes B's version; its own (the same as the backup) is kept too.
  await a.getByTestId('other-tab-take').click();
  await a.getByTestId('other-tab-done').waitFor();
  assert.equal(await a.getByTestId('lever-place-1').getByTestId('lever-enabled').isChecked(), true);
  assert.equal(await saved(a), afterB);
  // Nothing more happens by itself: no banner comes back in either tab.
  await a.waitForTimeout(300);
  assert.equal(await a.getByTestId('other-tab').count(), 0);
  assert.equal(await b.getByTestId('other-tab').count(), 0);
  await b.close();
});
