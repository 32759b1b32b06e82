// Accessibility in headless Chromium: axe-core (npm) checks every view, in Danish and in
// English and on a phone, against WCAG 2.1 A and AA (what Danish public-sector sites must
// meet), and every violation is printed with the elements it concerns.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CORPUS = new URL('../../crates/core/tests/corpus/', import.meta.url).pathname;

/** Every view; a new view is one more line here. */
const ROUTES = [
  '#/plan',
  '#/plan?rediger=1',
  '#/styringsark',
  '#/styringsark?siden=2000-01-01',
  '#/budget',
  '#/scenarier',
  '#/scenarier?s=sygedagpenge-2&cmp=official,sygedagpenge-2',
  '#/maal',
  '#/maal?maal=m-kth-aktiv-889',
  '#/aftale',
  '#/sag',
  '#/import',
  '#/om',
  '#/udskrift?type=scenarier',
  '#/udskrift?type=maal',
];

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
  // Some figures, so the follow-up views have charts and tables to check.
  await app.open('#/import');
  await app.page.getByTestId('import-file').setInputFiles(CORPUS + 'plan-indicators.csv');
  await app.page.getByTestId('import-summary').waitFor();
  await app.page.getByTestId('import-confirm').click();
  await app.page.getByTestId('import-result').waitFor();
});
after(async () => {
  await app?.close();
});

async function axe(page) {
  // Evaluated through the DevTools protocol as a test tool; the app does not load it.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ')}`),
    }));
  });
}

function report(where, violations) {
  return violations
    .map((v) => `${where}: [${v.impact}] ${v.id} – ${v.help}\n    ${v.nodes.join('\n    ')}`)
    .join('\n');
}

test('every view meets WCAG 2.1 AA in Danish and in English', async () => {
  const { page } = app;
  const found = [];
  for (const lang of ['da', 'en']) {
    if (lang === 'en') {
      await app.open('#/plan');
      await page.getByTestId('lang-switch').click();
    }
    for (const route of ROUTES) {
      await app.open(route);
      await page.waitForTimeout(150);
      const v = await axe(page);
      if (v.length) found.push(report(`${lang} ${route}`, v));
    }
  }
  await app.open('#/plan');
  if ((await page.locator('html').getAttribute('lang')) === 'en') await page.getByTestId('lang-switch').click();
  assert.equal(found.length, 0, found.join('\n'));
});

test('the import preview of a Statbank web table meets WCAG 2.1 AA, with its header and fill-down controls', async () => {
  const { page } = app;
  const found = [];
  for (const file of ['statbank-web-fill-down.csv', 'jobindsats-y30r21.json', 'excel-two-header-rows.csv']) {
    await app.open('#/import');
    await page.getByTestId('import-file').setInputFiles(CORPUS + file);
    await page.getByTestId('import-summary').waitFor();
    const v = await axe(page);
    if (v.length) found.push(report(`import preview of ${file}`, v));
    await page.getByTestId('import-cancel').click();
  }
  assert.equal(found.length, 0, found.join('\n'));
});

test('every view meets WCAG 2.1 AA on a phone', async () => {
  const phone = await start({ viewport: { width: 375, height: 740 } });
  try {
    const found = [];
    for (const route of ROUTES) {
      await phone.open(route);
      await phone.page.waitForTimeout(150);
      const v = await axe(phone.page);
      if (v.length) found.push(report(`phone ${route}`, v));
    }
    assert.equal(found.length, 0, found.join('\n'));
  } finally {
    await phone.close();
  }
});

test('the scenario editor works by keyboard alone, with a visible focus', async () => {
  const { page } = app;
  // Not the baseline: an edit of it goes to a copy, which is shown instead.
  await app.open('#/scenarier?s=arne-lineaer-3');
  const summary = await page.getByTestId('summary').textContent();
  // Tab to the lever checkbox of place [3] and switch it with the space bar.
  const target = page.getByTestId('lever-place-3').getByTestId('lever-enabled');
  let reached = false;
  for (let i = 0; i < 200 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((el) => el === document.activeElement);
  }
  assert.ok(reached, 'the lever checkbox is reachable with Tab');
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Space');
  await page.waitForFunction((s) => document.querySelector('[data-testid=summary]').textContent !== s, summary);
  // Ctrl+Z undoes it from the keyboard too.
  await page.keyboard.press('Control+z');
  await page.waitForFunction((s) => document.querySelector('[data-testid=summary]').textContent === s, summary);
});
