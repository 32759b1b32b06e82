// Page weight: loads the built app (dist/) in headless Chromium, records every response the
// page receives, and prints each file's raw, gzip (level 9) and brotli size, and the total.
// Usage: node bench/page-weight.mjs [--markdown]
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { start } from '../tests/e2e/harness.mjs';

const app = await start();
const bodies = new Map();
app.page.on('response', async (r) => {
  try {
    bodies.set(new URL(r.url()).pathname, await r.body());
  } catch {
    /* redirects and aborted responses have no body */
  }
});
for (const hash of ['#/plan', '#/styringsark', '#/om']) await app.open(hash);
await app.page.waitForTimeout(500);
await app.close();

const rows = [...bodies.entries()].map(([path, body]) => ({
  file: path.replace(/^\//, '') || 'index.html',
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
}));
rows.sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1);
console.log('| file | raw KB | gzip KB | brotli KB |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
