// Shared set-up for the end-to-end tests: the built app (dist/) on a local server, and
// Debian's Chromium driven by playwright-core with a fresh profile. Every request the page
// makes is recorded, so tests can check that nothing goes to another origin.
import { after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = process.env.E2E_DIST ?? new URL('../../dist/', import.meta.url).pathname;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Every app started and not yet closed. A test that fails before its own `close()` would leave
// its browser and server running, and the test file's process would then never end: whatever
// is still open is closed when the file's tests are done.
const open = new Set();
after(async () => {
  for (const app of [...open]) await app.close();
});

/** Starts a server and a browser profile. Call `close()` when done. */
export async function start({ prefix = '/', viewport = { width: 1280, height: 900 }, dist = DIST } = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built app in ${dist}: run "trunk build --release" first (scripts/test does).`);
  }
  const { server, url } = await serve(dist, { prefix });
  const profile = mkdtempSync(join(tmpdir(), 'plan-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport,
    locale: 'da-DK',
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const app = {
    url,
    page,
    context,
    requests,
    errors,
    /** Opens a view and waits until the app has rendered it. */
    async open(hash = '#/plan') {
      await page.goto(url + hash);
      await this.settled();
    },
    async reload() {
      await page.reload();
      await this.settled();
    },
    /** Waits until the app shows the current URL fragment (after a link or a hash change). */
    async settled() {
      await page.waitForFunction(() => {
        const main = document.querySelector('main');
        return main && main.dataset.hash === location.hash;
      });
      await page.locator('main [data-testid$="-view"]').first().waitFor();
      // Parts of a long view below its first screen are built just after it (views/common.rs
      // `Later`): the view is whole when none is still being built.
      await page.waitForFunction(() => !document.querySelector('main [aria-busy=true]'));
    },
    /** Stops the local server (for offline tests): every later request to it fails. */
    async stopServer() {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
      this.serverStopped = true;
    },
    async close() {
      if (!open.delete(this)) return;
      await context.close();
      if (!this.serverStopped) await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  open.add(app);
  return app;
}

/** Requests that left the app's own origin (data: and blob: URLs stay on the machine). */
export function foreignRequests(requests, url) {
  const origin = new URL(url).origin;
  return requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'));
}

/** Fills the page's storage with other keys until not one more character fits. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`fill-${i++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
}

/** Removes what `fillStorage` wrote. */
export async function emptyStorage(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('fill-')) localStorage.removeItem(key);
  });
}

// The stored workspace, as the app keeps it since the storage became part by part: a meta
// record and one localStorage key per part, with the imported indicators in IndexedDB.
// These helpers read and write it from the page, as the app's storage adapter does.

/** Runs in the page: helpers for the app's IndexedDB database. */
const IDB_HELPERS = () => {
  const open = () =>
    new Promise((ok, no) => {
      const r = indexedDB.open('plan-budget', 1);
      r.onupgradeneeded = () => {
        for (const s of ['parts', 'backups']) if (!r.result.objectStoreNames.contains(s)) r.result.createObjectStore(s);
      };
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
  const req = (r) => new Promise((ok, no) => { r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
  return {
    async get(store, key) {
      const db = await open();
      try { return await req(db.transaction(store).objectStore(store).get(key)); } finally { db.close(); }
    },
    async all(store) {
      const db = await open();
      try {
        const os = db.transaction(store).objectStore(store);
        const [keys, values] = await Promise.all([req(os.getAllKeys()), req(os.getAll())]);
        return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
      } finally { db.close(); }
    },
    async del(store, key) {
      const db = await open();
      try {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).delete(key);
        await new Promise((ok, no) => { tx.oncomplete = ok; tx.onerror = () => no(tx.error); });
      } finally { db.close(); }
    },
  };
};

export const PARTS = ['plan', 'status_sheets', 'budget_lines', 'phase_in_places', 'scenarios', 'indicators', 'budget_followups', 'archived_plans', 'agreements', 'committee_cases'];

/** Runs `fn(idb, arg)` in the page. Sent as a script text (the page's content security policy
 * allows no eval, and the tests must not cause a violation). */
function inPage(page, fn, arg) {
  return page.evaluate(`(${fn})((${IDB_HELPERS})(), ${JSON.stringify(arg ?? null)})`);
}

/** Waits until the app has saved every change (`<html data-save>` is not "pending"). */
export async function waitSaved(page) {
  await page.waitForFunction(() => document.documentElement.dataset.save !== 'pending');
}

/** The stored workspace as one document text (as a saved file would be), after saving. */
export async function savedText(page) {
  await waitSaved(page);
  return inPage(page, async (idb, parts) => {
    const meta = localStorage.getItem('plan-budget/meta');
    if (!meta) return localStorage.getItem('plan-budget/workspace');
    const m = JSON.parse(meta);
    let doc = `{"schema_version":${m.schema_version}`;
    for (const p of parts) {
      let text = localStorage.getItem(`plan-budget/part/${p}`);
      if (text === null && p === 'indicators') text = (await idb.get('parts', 'indicators').catch(() => undefined)) ?? null;
      if (text !== null) doc += `,"${p}":${text}`;
    }
    return doc + '}';
  }, PARTS);
}

/** The stored workspace, parsed. */
export async function saved(page) {
  return JSON.parse(await savedText(page));
}

/** Every backup the app keeps (localStorage and IndexedDB), as { key: text }. */
export async function backups(page) {
  await waitSaved(page);
  return inPage(page, async (idb) => {
    const out = {};
    for (const k of Object.keys(localStorage)) if (k.startsWith('plan-budget/backup/')) out[k] = localStorage.getItem(k);
    Object.assign(out, await idb.all('backups').catch(() => ({})));
    return out;
  });
}

/** Replaces what is stored with one text in the single key of schema versions up to 5 (the
 * next load reads it as a state saved by such a version). */
export async function storeLegacyText(page, text) {
  await waitSaved(page);
  await inPage(page, async (idb, [parts, text]) => {
    localStorage.removeItem('plan-budget/meta');
    for (const p of parts) localStorage.removeItem(`plan-budget/part/${p}`);
    await idb.del('parts', 'indicators').catch(() => {});
    localStorage.setItem('plan-budget/workspace', text);
  }, [PARTS, text]);
}
