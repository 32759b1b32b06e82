// End-to-end tests of the scenario simulator where people use it, in headless Chromium: on a
// laptop (1366×768), a projector (1280×720) and a phone (390×844) nothing overlaps, nothing
// is cut and no word of the code's world shows, on every view; the result stays in view while
// a control moves; the baseline cannot be changed unnoticed; what is typed survives a reload
// at once; a refused entry says why; workshop mode survives a reload; a shared link shows
// what was chosen.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start, waitSaved } from './harness.mjs';
import { layoutDefects, scrollThrough, SIZES } from './layout.mjs';

let app;
before(async () => {
  app = await start({ viewport: { width: 1366, height: 768 } });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

const ROUTES = ['plan', 'aftale', 'sag', 'styringsark', 'budget', 'scenarier', 'maal', 'import', 'om'];
const SCENARIOS = ['official', 'sygedagpenge-2', 'alle-fire', 'arne-lineaer-3'];

async function defectsAt(hash) {
  await app.open(hash);
  await scrollThrough(app.page);
  return app.page.evaluate(layoutDefects);
}

async function inViewport(testid) {
  const box = await app.page.getByTestId(testid).boundingBox();
  const view = app.page.viewportSize();
  assert.ok(box, `${testid} is on the page`);
  assert.ok(box.y >= 0 && box.y + box.height <= view.height, `${testid} at y ${Math.round(box.y)}–${Math.round(box.y + box.height)} inside ${view.height} (${view.width}×${view.height})`);
}

for (const size of SIZES) {
  test(`${size.name} (${size.width}×${size.height}): no overlap, no cut text, no sideways page, no internal words on any view`, async () => {
    await app.page.setViewportSize({ width: size.width, height: size.height });
    const found = [];
    for (const route of ROUTES) {
      for (const d of await defectsAt(`#/${route}`)) found.push(`#/${route}: ${d}`);
    }
    for (const id of SCENARIOS) {
      for (const d of await defectsAt(`#/scenarier?s=${id}`)) found.push(`#/scenarier?s=${id}: ${d}`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(app.errors, []);
  });

  test(`${size.name}: the result stays in view while a slider moves`, async () => {
    const { page } = app;
    await page.setViewportSize({ width: size.width, height: size.height });
    await app.open('#/scenarier?s=alle-fire');
    const phone = size.width < 600;
    const watched = phone ? 'result-bar' : 'headline-total';
    const before = await text(page.getByTestId(watched));
    const slider = page.getByTestId('layer-arne').getByTestId('share-2026');
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(([id, b]) => document.querySelector(`[data-testid=${id}]`)?.textContent !== b, [watched, before]);
    await inViewport(watched);
    if (!phone) {
      await inViewport('net-chart');
      await inViewport('headline-kept');
    }
    await page.getByTestId('undo').click();
  });
}

test('the simulator, down to the end of its result, fits in three laptop screens', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/scenarier?s=alle-fire');
  const bottom = await page.evaluate(() => {
    const s = document.querySelector('.simulator').getBoundingClientRect();
    return s.bottom + window.scrollY;
  });
  assert.ok(bottom <= 3 * 768, `the simulator ends at ${Math.round(bottom)} px`);
});

test('in workshop mode on a projector the controls and the result chart fit one screen, and the mode survives a reload', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open('#/scenarier?s=alle-fire');
  try {
    await page.getByTestId('workshop-toggle').click();
    await page.waitForFunction(() => document.documentElement.classList.contains('workshop'));
    await page.waitForFunction(() => Math.abs(document.querySelector('.simulator').getBoundingClientRect().top) < 40);
    await inViewport('net-chart');
    const { policyBottom, chartText } = await page.evaluate(() => ({
      policyBottom: document.querySelector('[data-testid=policy]').getBoundingClientRect().bottom,
      chartText: Math.min(...[...document.querySelectorAll('.net-chart .net-value, .net-chart .net-year')].map((e) => parseFloat(getComputedStyle(e).fontSize))),
    }));
    assert.ok(policyBottom <= 720, `the controls end at ${Math.round(policyBottom)} px`);
    assert.ok(chartText >= 18, `chart text ${chartText} px`);
    assert.deepEqual(await page.evaluate(layoutDefects), []);
    // The result panel has no scroll of its own: its lower part (sharing) comes into view
    // as the page scrolls.
    const panel = await page.evaluate(() => {
      const p = document.querySelector('.result-panel');
      return { own: p.scrollHeight - p.clientHeight, overflow: getComputedStyle(p).overflowY };
    });
    assert.ok(panel.own <= 1 && panel.overflow === 'visible', `the result panel scrolls on its own: ${JSON.stringify(panel)}`);
    await page.getByTestId('share-make').scrollIntoViewIfNeeded();
    await inViewport('share-make');
    await app.reload();
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('workshop')), 'still in workshop mode after a reload');
    assert.equal(await page.getByTestId('workshop-toggle').getAttribute('aria-pressed'), 'true');
    await app.open('#/plan');
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('workshop')), 'still in workshop mode on another view');
    await app.open('#/scenarier');
    await page.getByTestId('workshop-toggle').click();
    await app.reload();
    assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('workshop'))), 'turned off, it stays off');
  } finally {
    // Whatever failed above, the next tests start outside workshop mode.
    if (await page.evaluate(() => document.documentElement.classList.contains('workshop'))) {
      await app.open('#/scenarier');
      await page.getByTestId('workshop-toggle').click();
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }
});

test('the page opens on the first alternative, and an edit of the baseline goes to a named copy', async () => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/scenarier');
  assert.equal(await page.getByTestId('scenario-sygedagpenge-2').getAttribute('aria-current'), 'true');
  await app.open('#/scenarier?s=official');
  await page.getByTestId('baseline-note').waitFor();
  await page.getByTestId('layer-arne').getByTestId('path-preset').selectOption('ramp-3');
  await page.waitForFunction(() => !location.hash.includes('s=official&') && /s=official-kopi-\d/.test(location.hash));
  await app.settled();
  assert.match(await text(page.getByTestId('baseline-copied')), /Basis er ikke ændret\. Din ændring er lagt i en kopi: »Officiel indfasning \(egen udgave\)«\./);
  assert.equal(await page.getByTestId('layer-arne').getByTestId('path-preset').inputValue(), 'ramp-3');
  // The baseline itself is as it was.
  await app.open('#/scenarier?s=official');
  assert.equal(await page.getByTestId('layer-arne').getByTestId('path-preset').inputValue(), 'official');
  assert.match(await text(page.getByTestId('headline-against')), /Basis/);
  await page.getByTestId('undo').click();
});

test('a typed value is kept by a reload at once; a refused entry says why and changes nothing', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=alle-fire');
  const fte = page.getByTestId('lever-place-1').getByTestId('lever-fte');
  const total = await text(page.getByTestId('headline-total'));
  await fte.fill('550r');
  assert.equal(await fte.getAttribute('aria-invalid'), 'true');
  assert.match(await text(page.getByTestId('lever-place-1').locator('.field-msg')), /Det er ikke et tal/);
  assert.equal(await text(page.getByTestId('headline-total')), total, 'a refused entry changes nothing');
  await fte.fill('-100');
  assert.match(await text(page.getByTestId('lever-place-1').locator('.field-msg')), /må ikke være negativt/);
  const from = page.getByTestId('lever-place-1').getByTestId('lever-from');
  await from.fill('2030');
  assert.match(await text(page.getByTestId('lever-place-1').locator('.field-msg').last()), /Til år \(\d{4}\) ligger før fra år \(2030\)/);
  await from.fill('2024');
  // Typed, not left: the value is saved while the field still has focus.
  await fte.fill('2,5');
  await waitSaved(page);
  await page.reload();
  await app.settled();
  assert.equal(await page.getByTestId('lever-place-1').getByTestId('lever-fte').inputValue(), '2,5');
});

test('on the English page the room guess 12.5 is read as twelve and a half', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=alle-fire');
  await page.getByTestId('lang-switch').click();
  try {
    await page.getByTestId('workshop-toggle').click();
    await page.getByTestId('predict-start').click();
    await page.getByTestId('predict-guess').fill('12.5');
    await page.getByTestId('predict-reveal').click();
    assert.match(await text(page.getByTestId('guess-result')), /The room's guess: DKK 12\.5 million/);
  } finally {
    if (await page.evaluate(() => document.documentElement.classList.contains('workshop'))) {
      await page.getByTestId('workshop-toggle').click();
    }
    await page.getByTestId('lang-switch').click();
  }
});

test('a shared link opens with what was chosen above the numbers, and keeping it twice keeps one copy', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=alle-fire');
  await page.getByTestId('share-make').click();
  const link = await page.getByTestId('share-link').inputValue();
  const box = await page.getByTestId('share-link').boundingBox();
  assert.ok(box.width >= 250, `the link box is ${Math.round(box.width)} px wide`);
  await page.goto(link);
  await app.settled();
  const chosen = await text(page.getByTestId('shared-choices'));
  assert.match(chosen, /Arne-pension.*:/);
  assert.match(chosen, /årsværk bevaret i 2024/);
  await page.getByTestId('shared-keep').click();
  await page.waitForFunction(() => location.hash.includes('s=alle-fire-delt'));
  await page.goto(link);
  await app.settled();
  await page.getByTestId('shared-keep').click();
  await page.waitForFunction(() => location.hash.includes('s=alle-fire-delt'));
  await app.settled();
  assert.equal(await page.locator('[data-testid^="scenario-alle-fire-delt"]').count(), 1);
});
