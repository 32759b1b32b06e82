// End-to-end tests of the storage part by part, in headless Chromium: a state saved by
// schema version 5 in one localStorage key moves into parts with nothing lost and the same
// figures; imported values live in IndexedDB; where IndexedDB is missing, refused or not answering the app
// says what that means and keeps working in localStorage; a full IndexedDB refuses an import
// with a clear message and loses nothing; a drag is saved even when the tab closes at once.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, saved, savedText, backups, storeLegacyText, waitSaved } from './harness.mjs';

const CORPUS = new URL('../../crates/core/tests/corpus/', import.meta.url).pathname;
const text = (locator) => locator.textContent();

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

async function importFile(page, file) {
  await page.getByTestId('import-file').setInputFiles(CORPUS + file);
  await page.getByTestId('import-summary').waitFor();
  await page.getByTestId('import-areas-all').check();
  await page.getByTestId('import-confirm').click();
}

const localKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('plan-budget/')).sort());

test('a state saved by version 5 in one key moves into parts, with a backup and the same figures', async () => {
  const { page } = app;
  // Build a real version 5 state: imported figures, a changed status colour, an edited
  // scenario. The exported file is exactly what version 5 kept under plan-budget/workspace.
  await app.open('#/import');
  await importFile(page, 'jobindsats-long.csv');
  await page.getByTestId('import-result').waitFor();
  await app.open('#/styringsark');
  await page.getByTestId('item-sbu-11').getByTestId('item-colour-select').selectOption('all_ok');
  await app.open('#/scenarier?s=arne-lineaer-3');
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').check();
  const summary = await text(page.getByTestId('summary'));
  await app.open('#/om');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  // The file is in the current schema; version 5 had no development agreements or committee
  // cases (version 6 added them), so taking them out gives what version 5 kept.
  const exported = readFileSync(await download.path(), 'utf8');
  const current = JSON.parse(exported);
  delete current.agreements;
  delete current.committee_cases;
  current.schema_version = 5;
  const v5 = JSON.stringify(current);
  assert.match(v5, /^\{"schema_version":5,"plan":/);

  await storeLegacyText(page, v5);
  const stored = await localKeys(page);
  assert.ok(stored.includes('plan-budget/workspace') && !stored.includes('plan-budget/meta'), stored.join(', '));
  await app.reload();
  const notice = page.locator('[data-testid=startup-notice][data-kind=moved-to-parts]');
  await notice.waitFor();
  assert.match(await text(notice), /Dine data gemmes nu i dele.*Intet er gået tabt; den gamle gemte tekst er bevaret som sikkerhedskopi: plan-budget\/backup\/.*\/migrated/);
  const key = (await text(notice)).match(/plan-budget\/backup\/\S+\/migrated/)[0];
  assert.equal((await backups(page))[key], v5, 'the old text is kept exactly');
  // The old key is gone; each part has its own, and the figures are in IndexedDB.
  const keys = await localKeys(page);
  assert.ok(!keys.includes('plan-budget/workspace'), keys.join(', '));
  for (const part of ['plan', 'status_sheets', 'scenarios', 'budget_followups', 'archived_plans']) {
    assert.ok(keys.includes(`plan-budget/part/${part}`), part);
  }
  assert.ok(!keys.includes('plan-budget/part/indicators'), 'the figures are not in localStorage');
  // What version 5 held, and what version 6 adds to it (seed 002's and seed 004's documents).
  assert.equal(await savedText(page), exported, 'the parts hold exactly what version 5 held, migrated');
  await app.open('#/scenarier?s=arne-lineaer-3');
  assert.equal(await text(page.getByTestId('summary')), summary, 'the same figures');
  await app.open('#/import');
  assert.match(await text(page.getByTestId('indicators')), /Antal fuldtidspersoner \(Kontanthjælp\)/);
  // A second load finds nothing to migrate.
  await app.reload();
  assert.equal(await page.locator('[data-testid=startup-notice]').count(), 0);
});

test('a first visit opens IndexedDB while the WebAssembly loads, draws the page before it saves the default workspace, and leaving at once still saves it', async () => {
  const fresh = await start();
  const { page, context } = fresh;
  // When the page first wrote its meta record, against when it first painted.
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'plan-budget/meta' && window.__firstSave === undefined) window.__firstSave = performance.now();
      return set.call(this, key, value);
    };
  });
  await fresh.open('#/plan');
  const ws = await saved(page);
  assert.equal(ws.schema_version, 6);
  assert.equal(ws.plan.municipality, 'Slagelse Kommune');
  assert.equal(ws.agreements.length, 1);
  assert.equal(ws.committee_cases.length, 1);
  const { firstSave, paint } = await page.evaluate(() => ({
    firstSave: window.__firstSave,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  assert.ok(paint !== undefined && firstSave !== undefined, `painted at ${paint}, saved at ${firstSave}`);
  assert.ok(firstSave > paint, `the default was saved at ${firstSave} ms, after the first paint at ${paint} ms`);
  // The page's head opened IndexedDB while the WebAssembly loaded, and the app took it over.
  const early = await page.evaluate(() => ({
    requested: performance.getEntriesByName('plan:indexeddb-requested')[0]?.startTime,
    started: performance.getEntriesByName('plan:wasm-started')[0]?.startTime,
    taken: window.__planDb === undefined,
  }));
  assert.ok(early.requested < early.started, `IndexedDB requested at ${early.requested} ms, the WebAssembly started at ${early.started} ms`);
  assert.equal(early.taken, true, 'the app took the early opening over');
  // Another first visit, left as soon as it shows: what it shows is saved on the way out.
  await page.evaluate(() => localStorage.clear());
  await page.close();
  const other = await context.newPage();
  await other.goto(fresh.url + '#/plan');
  await other.locator('main [data-testid$="-view"]').first().waitFor();
  await other.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.addInitScript(() => {
    window.__planStoredAtStart = localStorage.getItem('plan-budget/part/plan') !== null;
  });
  await again.goto(fresh.url + '#/plan');
  assert.equal(await again.evaluate(() => window.__planStoredAtStart), true, 'the plan was saved when the page was left');
  await fresh.close();
});

test('an edit saves only its part, and a drag is saved although the tab closes at once', async () => {
  const other = await start();
  const { page, context } = other;
  await other.open('#/scenarier?s=arne-lineaer-3');
  await waitSaved(page);
  await page.evaluate(() => localStorage.setItem('plan-budget/part/plan', localStorage.getItem('plan-budget/part/plan').replace('"name":"Beskæftigelsesplan 2023-24"', '"name":"Mærket"')));
  // A drag: several inputs, then the tab is closed before the save delay has passed.
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid=layer-arne] [data-testid=share-2025]');
    for (const v of [41, 47, 53, 59]) {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.save), 'pending');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(other.url + '#/scenarier?s=arne-lineaer-3');
  await again.waitForFunction(() => document.querySelector('main')?.dataset.hash === location.hash);
  const ws = await saved(again);
  const layer = ws.scenarios.scenarios.find((s) => s.id === 'arne-lineaer-3').policy.phase_in;
  // The slider moves in steps of 5 %: 59 is 60 %.
  assert.match(JSON.stringify(layer), /\[2025,0\.6\]/, 'the last position of the drag is saved');
  assert.equal(ws.plan.name, 'Mærket', 'the plan was not written again for a scenario edit');
  await other.close();
});

// A full disk or quota makes Chromium abort the write's transaction with a QuotaExceededError.
// Chromium's quota override (DevTools' Storage.overrideQuotaForOrigin) does not take effect in
// this headless build (measured: the quota stays at 10 GB), so the page's IndexedDB does
// exactly that when `window.__idbFull` is set: the write's transaction aborts with the same
// error a full disk gives.
const FULL_IDB = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const request = put.apply(this, args);
    if (window.__idbFull) {
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
      tx.abort();
    }
    return request;
  };
};

test('a full IndexedDB refuses an import with a clear message, and nothing saved is lost', async () => {
  const other = await start();
  try {
    await other.context.addInitScript(FULL_IDB);
    const { page } = other;
    await other.open('#/import');
    const before = await savedText(page);
    await page.evaluate(() => { window.__idbFull = true; });
    await page.getByTestId('import-file').setInputFiles(CORPUS + 'jobindsats-qmat.csv');
    await page.getByTestId('import-summary').waitFor();
    await page.getByTestId('import-areas-all').check();
    await page.getByTestId('import-confirm').click();
    const message = await text(page.getByTestId('import-save-failed'));
    assert.match(message, /Importen blev ikke gemt\. Browserens lager er fuldt/);
    assert.match(message, /Dine gemte data er uændrede\./);
    assert.equal(await page.getByTestId('import-result').count(), 0, 'the import is not applied');
    assert.equal(await savedText(page), before);
    // Other edits still save (they live in localStorage).
    await other.open('#/styringsark');
    await page.getByTestId('item-sbu-11').getByTestId('item-colour-select').selectOption('completed');
    assert.match(await savedText(page), /"colour":"completed"/);
    // With room again, the same import goes through and is kept.
    await page.evaluate(() => { window.__idbFull = false; });
    await other.open('#/import');
    await importFile(page, 'jobindsats-qmat.csv');
    await page.getByTestId('import-result').waitFor();
    await other.reload();
    assert.match(await savedText(page), /jobindsats-qmat\.csv/);
    assert.match(await text(page.getByTestId('indicators')), /Fuldtidspersoner i pct\. af arbejdsstyrken/);
  } finally {
    await other.close();
  }
});

for (const [kind, script] of [
  ['missing', () => Object.defineProperty(window, 'indexedDB', { get: () => undefined })],
  [
    'refused',
    () => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
      };
    },
  ],
  // An opening that never answers: after the wait (5 s) the page goes on without it, once.
  ['not answering', () => { IDBFactory.prototype.open = function () { return {}; }; }],
]) {
  test(`where IndexedDB is ${kind}, the app says so and keeps the figures in localStorage`, async () => {
    const other = await start();
    try {
      await other.context.addInitScript(script);
      const { page } = other;
      await other.open('#/import');
      const notice = page.locator('[data-testid=startup-notice][data-kind=no-indexeddb]');
      await notice.waitFor();
      assert.match(await text(notice), /Store datamængder kan ikke gemmes her.*importerede tal gemmes i browserens lille lager/);
      await importFile(page, 'jobindsats-long.csv');
      await page.getByTestId('import-result').waitFor();
      await waitSaved(page);
      const local = await page.evaluate(() => localStorage.getItem('plan-budget/part/indicators'));
      assert.match(local, /jobindsats-long\.csv/);
      assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('plan-budget/meta'))).indicators_in, 'local');
      await other.reload();
      assert.match(await text(page.getByTestId('indicators')), /Antal fuldtidspersoner \(Kontanthjælp\)/);
      await other.open('#/om');
      assert.match(await text(page.getByTestId('storage-used')), /IndexedDB, kan ikke bruges her/);
      assert.deepEqual(other.errors, []);
    } finally {
      await other.close();
    }
  });
}

test('figures kept in localStorage move to IndexedDB once it can be used', async () => {
  const other = await start();
  try {
    const { page } = other;
    await other.context.addInitScript(() => {
      if (!sessionStorage.getItem('idb-back')) Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await other.open('#/import');
    await importFile(page, 'jobindsats-long.csv');
    await page.getByTestId('import-result').waitFor();
    await waitSaved(page);
    await page.evaluate(() => sessionStorage.setItem('idb-back', '1'));
    await other.reload();
    await waitSaved(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('plan-budget/part/indicators')), null);
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('plan-budget/meta'))).indicators_in, 'indexeddb');
    assert.match(await savedText(page), /jobindsats-long\.csv/);
    assert.match(await text(page.getByTestId('indicators')), /Antal fuldtidspersoner \(Kontanthjælp\)/);
  } finally {
    await other.close();
  }
});
