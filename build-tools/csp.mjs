// Trunk post-build hook: sets the page's content security policy. Trunk writes a small inline
// module script that starts the app, and index.html has one that opens IndexedDB early;
// instead of allowing inline scripts, the policy allows exactly those by their SHA-256
// hashes, computed here from the built index.html.
// Nothing from another origin is allowed, and no eval (WebAssembly needs 'wasm-unsafe-eval').
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk (Trunk.toml hooks)');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('index.html already has a CSP');
// The policy must come before every script it governs: right after <meta charset>.
html = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
if (!html.includes(meta)) throw new Error('no <meta charset="utf-8" /> to put the CSP after');
writeFileSync(file, html);
console.log(`content security policy: ${inline.length} inline script(s) allowed by hash`);
