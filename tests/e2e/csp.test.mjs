// The page's content security policy in headless Chromium: it is set, names no other origin,
// allows no eval and no inline script but its own two (trunk's loader and the early opening of
// IndexedDB, each by its hash), and using every view,
// the charts and the editors causes no violation; no request leaves the app's origin.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, foreignRequests } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
  await app.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});
after(async () => {
  await app?.close();
});

test('the page sets a strict content security policy', async () => {
  const { page } = app;
  await app.open('#/plan');
  const policy = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
  );
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';/);
  assert.doesNotMatch(policy, /'unsafe-eval'/, 'no eval');
  assert.doesNotMatch(policy.split(';').find((d) => d.trim().startsWith('script-src')), /unsafe-inline/);
  assert.doesNotMatch(policy, /https?:|\*/, 'no other origin');
  assert.match(policy, /object-src 'none'/);
});

test('using every view causes no policy violation and no request to another origin', async () => {
  const { page } = app;
  for (const hash of [
    '#/plan',
    '#/styringsark',
    '#/scenarier?cmp=official,alle-fire',
    '#/maal',
    '#/maal?maal=m-kth-aktiv-889',
    '#/import',
    '#/om',
    '#/udskrift?type=scenarier',
  ]) {
    await app.open(hash);
  }
  await app.open('#/scenarier?s=sygedagpenge-2');
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').uncheck();
  await page.getByTestId('share-make').click();
  await page.getByTestId('share-link').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(foreignRequests(app.requests, app.url), []);
  assert.deepEqual(app.errors, []);
});
