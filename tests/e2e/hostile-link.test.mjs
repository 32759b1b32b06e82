// A crafted share link cannot freeze the page: a link whose scenario horizon runs from the
// smallest to the largest year a 32-bit number holds (once 138 characters that took 3,7 GB
// and the tab with it) is refused with a message in Danish, before anything is computed, and
// the page stays responsive. The link is made here as anyone could: from a real link's
// content, decoded, changed and packed again.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, inflateSync } from 'node:zlib';
import { start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

/** A full link's JSON, changed by `change`, packed again as a full link to the same page. */
function crafted(link, change) {
  const [base, payload] = link.split('#/del?d=');
  const dot = payload.indexOf('.');
  const prefix = payload.slice(0, dot + 1);
  const json = JSON.parse(inflateSync(Buffer.from(payload.slice(dot + 1), 'base64url')).toString('utf8'));
  change(json);
  const packed = deflateSync(Buffer.from(JSON.stringify(json), 'utf8')).toString('base64url');
  return `${base}#/del?d=${prefix}${packed}`;
}

test('a link whose horizon spans every 32-bit year is refused with a message, and the page stays responsive', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=alle-fire');
  await page.getByTestId('share-make').click();
  await page.getByTestId('share-full').locator('summary').click();
  const full = await page.getByTestId('share-full-link').inputValue();
  const hostile = crafted(full, (doc) => {
    doc.assumptions.horizon = { start: -2147483648, end: 2147483647 };
  });
  const started = Date.now();
  await page.goto(hostile);
  await app.settled();
  const message = await text(page.getByTestId('share-error'));
  assert.match(message, /Linket kan ikke åbnes/);
  assert.match(message, /horizon/);
  assert.match(message, /1990 og 2100/);
  // Responsive: the page answers a click at once, and nothing was computed for seconds.
  await page.getByTestId('nav-plan').click();
  await page.waitForFunction(() => location.hash.startsWith('#/plan'));
  assert.ok(Date.now() - started < 15000, `${Date.now() - started} ms`);
  assert.deepEqual(app.errors, []);
});

test('a link with an amount of 10^308 is refused, not shown as infinity', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=alle-fire');
  await page.getByTestId('share-make').click();
  await page.getByTestId('share-full').locator('summary').click();
  const full = await page.getByTestId('share-full-link').inputValue();
  const hostile = crafted(full, (doc) => {
    doc.assumptions.cost_per_fte.value = 1e308;
  });
  await page.goto(hostile);
  await app.settled();
  assert.match(await text(page.getByTestId('share-error')), /Linket kan ikke åbnes/);
  assert.doesNotMatch(await page.locator('main').innerText(), /NaN|Infinity|∞/);
});
