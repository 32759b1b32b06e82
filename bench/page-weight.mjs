// Page weight of the built app (dist/), in headless Chromium, in two parts:
//   - first view: every response a fresh page receives until the Plan view has rendered and
//     the page is quiet (what a first visit must transfer before it shows anything);
//   - whole app: every file the app may load (the service worker's precache list: the page,
//     the chart library loaded when a chart opens, icons …), fetched from the same server,
//     plus the service worker itself.
// Each file's raw, gzip (level 9) and brotli size, and the totals; then the lines
// "first view: N KB gzip" and "whole app: N KB gzip".
// With REFERENCE_DIST set to another build, its two totals follow, from the same run.
// Usage: [REFERENCE_DIST=dir] node bench/page-weight.mjs
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { DIST, start } from '../tests/e2e/harness.mjs';

const kb = (n) => (n / 1024).toFixed(1);
const measure = (path, body) => ({
  file: path.replace(/^\.?\//, '') || 'index.html',
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const table = (title, rows) => {
  rows.sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`### ${title}`);
  console.log();
  console.log('| file | raw KB | gzip KB | brotli KB |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
  console.log();
  return total;
};

// Weighs one build: the first view (a fresh profile opens the Plan view) and the whole app
// (the precache list, fetched from the same origin).
async function weigh(dist) {
  const app = await start({ dist });
  const bodies = new Map();
  app.page.on('response', async (r) => {
    try {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http')) bodies.set(url.pathname, await r.body());
    } catch {
      /* redirects and aborted responses have no body */
    }
  });
  await app.open('#/plan');
  await app.page.waitForLoadState('networkidle');
  await app.page.waitForTimeout(500);
  const first = [...bodies.entries()].map(([path, body]) => measure(path, body));
  const files = await app.page.evaluate(async () => {
    const sw = await (await fetch('sw.js')).text();
    const list = JSON.parse(sw.slice(sw.indexOf('['), sw.indexOf(']', sw.indexOf('[')) + 1));
    return ['sw.js', ...list];
  });
  const whole = [];
  for (const f of files) {
    const body = await app.page.evaluate(async (f) => Array.from(new Uint8Array(await (await fetch(f, { cache: 'no-store' })).arrayBuffer())), f);
    whole.push(measure(f === './' ? 'index.html' : f, Buffer.from(body)));
  }
  await app.close();
  return { first, whole };
}

const sum = (rows) => rows.reduce((t, r) => t + r.gzip, 0);
const { first, whole } = await weigh(DIST);
const a = table('First view (a fresh visit to the Plan view)', first);
const b = table('Whole app (every file the app may load)', whole);
console.log(`first view: ${kb(a.gzip)} KB gzip`);
console.log(`whole app: ${kb(b.gzip)} KB gzip`);
// With REFERENCE_DIST (another build, e.g. an earlier commit's dist/), the same two figures
// of it, measured in the same run.
if (process.env.REFERENCE_DIST) {
  const ref = await weigh(process.env.REFERENCE_DIST);
  const wasm = (rows) => rows.filter((r) => r.file.endsWith('.wasm')).reduce((t, r) => t + r.gzip, 0);
  console.log();
  console.log(`reference ${process.env.REFERENCE_DIST}: first view: ${kb(sum(ref.first))} KB gzip (wasm ${kb(wasm(ref.first))}), whole app: ${kb(sum(ref.whole))} KB gzip`);
  console.log(`this build: first view: ${kb(sum(first))} KB gzip (wasm ${kb(wasm(first))}), whole app: ${kb(sum(whole))} KB gzip`);
}
