// Trunk post-build hook: writes the service worker into the build with the list of every
// file the build produced and a version made from their contents.
// Trunk runs it with TRUNK_STAGING_DIR set to the directory about to become dist/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk (Trunk.toml hooks)');

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split('\\').join('/'));
  }
};
walk(dir);
const precached = files.filter((f) => f !== 'sw.js' && f !== 'index.html');
const hash = createHash('sha256');
for (const f of files.filter((f) => f !== 'sw.js')) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const list = ['./', ...precached.map((f) => `./${f}`)];
const template = readFileSync(new URL('../public/sw.js', import.meta.url), 'utf8');
const sw = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(list, null, 2));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`service worker ${version}: ${list.length} files precached`);
