// Every view in each UI language, in headless Chromium: the English UI shows no Danish words
// of its own and the Danish UI no English ones. The workspace's own texts (the plan, the
// sheet, area and indicator names, sources: data, in the language they were written in) are
// taken out first: every string in the saved workspace and in the imported file is data.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, saved } from './harness.mjs';

// The titles of the source documents (seed files), as plan-core names them: data too.
const SEED_TITLES = [...readFileSync(new URL('../../crates/core/src/source.rs', import.meta.url), 'utf8').matchAll(/\(\s*"\d{3}_",\s*"([^"]+)"/g)].map((m) => m[1]);
if (SEED_TITLES.length !== 5) throw new Error(`expected the 5 seed titles in source.rs, found ${SEED_TITLES.length}`);
const CORPUS = new URL('../../crates/core/tests/corpus/', import.meta.url).pathname;

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

// Words only one of the two languages has (whole words, case-insensitive), and Danish letters.
const DANISH = /[æøåÆØÅ]|\b(og|ikke|eller|ved|af|til|med|som|der|fra|skal|er|kr\.|mio\.|årsværk|gem|hent|vis|ingen|mål|frist|kilde)\b/i;
const ENGLISH = /\b(the|and|of|to|is|are|with|from|not|save|download|show|none|max|target|deadline|source|year|years)\b/i;

const VIEWS = [
  '#/plan',
  '#/styringsark',
  '#/budget',
  '#/scenarier',
  '#/maal',
  '#/maal?maal=m-kth-aktiv-889',
  '#/aftale',
  '#/sag',
  '#/import',
  '#/om',
  '#/udskrift?type=scenarier',
  '#/udskrift?type=maal',
];

/** Every string in a JSON value (the workspace's own texts). */
function strings(value, out = new Set()) {
  if (typeof value === 'string') {
    const v = value.replace(/\s+/g, ' ').trim();
    if (v.length > 1) out.add(v);
  } else if (Array.isArray(value)) {
    for (const v of value) strings(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) strings(v, out);
  }
  return out;
}

/** The UI's own text on the page: each text node (and label-like attribute) with the data in it
 * taken out, where what is left has a letter. */
async function uiTexts(page, data) {
  const texts = await page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript, [hidden], code')) continue;
      // Data marked with its own language (a Danish source note on the English page).
      if (el.closest('[lang]') !== document.documentElement) continue;
      const t = n.textContent.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const t = el.getAttribute(a);
        if (t) out.push(t.replace(/\s+/g, ' ').trim());
      }
    }
    return out;
  });
  // Part of a data text (a paragraph of it, or its start cut short in a label or a card).
  const inData = (piece) => {
    const p = piece.replace(/^[\s,;.“”"»«]+|[\s,;.“”"»«…]+$/g, '');
    return p.length >= 5 && data.some((d) => d.includes(p));
  };
  return texts
    .filter((t) => !inData(t))
    .map((t) =>
      t
        .split(/(: | · | – |\. |; |, |\(|\)|“|”)/)
        .map((piece) => (inData(piece) ? ' ' : piece))
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .map((t) => {
      let rest = t;
      for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(' ');
      return rest.replace(/\s+/g, ' ').trim();
    })
    .filter((t) => /\p{L}{2}/u.test(t));
}

async function importSomething(page) {
  await app.open('#/import');
  await page.getByTestId('import-file').setInputFiles(CORPUS + 'plan-indicators.csv');
  await page.getByTestId('import-summary').waitFor();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor();
}

test('no view shows the other language’s words', async () => {
  const { page } = app;
  await importSomething(page);
  const data = [...strings(await saved(page)), ...SEED_TITLES]
    // Long texts first, so a name inside a longer text is not taken out before it.
    .sort((a, b) => b.length - a.length);
  const leaks = [];
  for (const [lang, words] of [
    ['da', ENGLISH],
    ['en', DANISH],
  ]) {
    await app.open('#/plan');
    if ((await page.locator('html').getAttribute('lang')) !== lang) {
      await page.getByTestId('lang-switch').click();
    }
    for (const view of VIEWS) {
      await app.open(view);
      if (view === '#/plan') {
        await page.getByTestId('edit-plan').click();
        await page.getByTestId('plan-editor').waitFor();
      }
      for (const t of await uiTexts(page, data)) {
        const m = t.match(words);
        if (m) leaks.push(`${lang} ${view}: »${m[0]}« in "${t.slice(Math.max(0, m.index - 60), m.index + 80)}"`);
      }
    }
  }
  assert.deepEqual([...new Set(leaks)], []);
});
