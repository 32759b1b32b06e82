// Shared set-up for the end-to-end tests: the built app (dist/) on a local server, and
// Debian's Chromium driven by playwright-core with a fresh profile. Every request the page
// makes is recorded, so tests can check that nothing goes to another origin.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = new URL('../../dist/', import.meta.url).pathname;

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

/** Starts a server and a browser profile. Call `close()` when done. */
export async function start({ prefix = '/', viewport = { width: 1280, height: 900 } } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built app in ${DIST}: run "trunk build --release" first (scripts/test does).`);
  }
  const { server, url } = await serve(DIST, { prefix });
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
  return {
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
    },
    /** Stops the local server (for offline tests): every later request to it fails. */
    async stopServer() {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
      this.serverStopped = true;
    },
    async close() {
      await context.close();
      if (!this.serverStopped) await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
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
