// Offline in headless Chromium: after the first visit the service worker holds every file of
// the build, so with the server stopped and the browser offline the hosted app reloads,
// shows every view and runs a scenario. The web app manifest is served and names icons that
// load, so Chromium can install the app.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, foreignRequests } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/kommune/beskaeftigelse/' });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

test('the manifest names the app and icons that load', async () => {
  const { page } = app;
  await app.open('#/plan');
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    const response = await fetch(link.href);
    const json = await response.json();
    const icons = await Promise.all(
      json.icons.map(async (i) => {
        const r = await fetch(new URL(i.src, link.href));
        return { sizes: i.sizes, type: r.headers.get('content-type'), ok: r.ok, bytes: (await r.arrayBuffer()).byteLength };
      }),
    );
    return { json, icons, type: response.headers.get('content-type') };
  });
  assert.equal(manifest.type, 'application/manifest+json');
  assert.equal(manifest.json.name, 'Beskæftigelsesplan og budget');
  assert.equal(manifest.json.start_url, './');
  assert.equal(manifest.json.display, 'standalone');
  assert.deepEqual(manifest.icons.map((i) => [i.sizes, i.type, i.ok]), [
    ['192x192', 'image/png', true],
    ['512x512', 'image/png', true],
  ]);
});

test('after the first visit the app reloads and works with the server gone and no network', async () => {
  const { page } = app;
  await app.open('#/scenarier');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await app.reload();
  assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true, 'the worker controls the page');
  const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('plan-budget-')));
  assert.equal(cached.length, 1);

  await app.stopServer();
  await app.context.setOffline(true);
  await app.reload();
  for (const hash of ['#/plan', '#/styringsark', '#/maal', '#/import', '#/om', '#/scenarier?s=official']) {
    await page.evaluate((h) => (location.hash = h), hash);
    await app.settled();
  }
  const summary = await text(page.getByTestId('summary'));
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').check();
  await page.waitForFunction((s) => document.querySelector('[data-testid=summary]').textContent !== s, summary);
  assert.match(await text(page.getByTestId('summary')), /bevarer 2 årsværk/);
  // The charts are at the foot of the page: drawn when scrolled to, with ECharts from the cache.
  assert.equal(await page.locator('.chart canvas').count(), 0, 'no chart is drawn out of view');
  await page.locator('.chart').first().scrollIntoViewIfNeeded();
  await page.locator('.chart canvas').first().waitFor();
  assert.deepEqual(foreignRequests(app.requests, app.url), []);
  assert.deepEqual(app.errors, []);
});
