// End-to-end tests of the scenario page as a simulator, in headless Chromium: on a projector
// (1280×720) the headline result stays inside the viewport while a slider moves, also in
// workshop mode; the room can guess the net result before it is shown; the last change can
// be replayed; each lever says when it pays for itself; the comparison says the difference
// in words; the tornado lists what moves the result most.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let app;
before(async () => {
  app = await start({ viewport: { width: 1280, height: 720 } });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

async function inViewport(page, testid) {
  const box = await page.getByTestId(testid).boundingBox();
  const view = page.viewportSize();
  assert.ok(box, `${testid} is on the page`);
  assert.ok(box.y >= 0 && box.y + box.height <= view.height, `${testid} at y ${box.y}–${box.y + box.height} is inside ${view.height}`);
  assert.ok(box.x >= 0 && box.x + box.width <= view.width, `${testid} at x ${box.x}–${box.x + box.width} is inside ${view.width}`);
}

/** Moves the first phase-in slider one step by keyboard and returns the headline total. */
async function moveSlider(page) {
  const before = await text(page.getByTestId('headline-total'));
  const slider = page.locator('.simulator input[type=range]').first();
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(
    (b) => document.querySelector('[data-testid=headline-total]')?.textContent !== b,
    before,
  );
  return text(page.getByTestId('headline-total'));
}

test('each lever says when it pays for itself, the comparison says the difference in words, and the tornado shows what moves the result', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=sygedagpenge-2&cmp=official,sygedagpenge-2');
  assert.match(
    await text(page.getByTestId('lever-place-3').getByTestId('break-even')),
    /Grebet betaler sig selv, hvis det flytter mindst 3,7 helårspersoner pr\. årsværk; antaget: 20,8\./,
  );
  const words = await text(page.getByTestId('differences'));
  assert.match(words, /bevarer 2 årsværk mere end »Officiel indfasning« i 2024-2026/);
  assert.match(words, /For kommunen koster »Sygedagpenge: bevar 2 årsværk 2024-2026« netto 2,0 mio\. kr\. mindre end »Officiel indfasning« i 2024/);
  assert.match(await text(page.getByTestId('results-range')), /Netto for kommunen, spænd \(lav – høj\)−?\d/);
  const rows = await page.getByTestId('tornado-table').locator('tbody tr').count();
  assert.ok(rows >= 3, `${rows} tornado bars`);
  assert.match(await text(page.getByTestId('tornado-table')), /virkning pr\. årsværk/);
  assert.deepEqual(app.errors, []);
});

test('on a projector the headline result stays in view while a slider moves, in workshop mode too', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=alle-fire');
  await inViewport(page, 'headline-total');
  const total = await text(page.getByTestId('headline-total'));
  assert.match(total, /^−?\d+,\d mio\. kr\.$/);
  assert.match(await text(page.getByTestId('headline-range')), /^Usikkerhed: .+ mio\. kr\. \(lav–høj efter forudsætningerne\)$/);
  const moved = await moveSlider(page);
  assert.notEqual(moved, total);
  await inViewport(page, 'headline-total');
  await inViewport(page, 'headline-range');

  await page.getByTestId('undo').click();
  await page.getByTestId('workshop-toggle').click();
  // Workshop mode scrolls the simulator to the top of the screen.
  await page.waitForFunction(() => Math.abs(document.querySelector('.simulator').getBoundingClientRect().top) < 40);
  await inViewport(page, 'headline-total');
  await moveSlider(page);
  await inViewport(page, 'headline-total');
  await page.getByTestId('workshop-toggle').click();
  assert.deepEqual(app.errors, []);
});

test('predict, then reveal: the room writes its guess before the result is shown, then sees both', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=sygedagpenge-2');
  await page.getByTestId('workshop-toggle').click();
  const total = await text(page.getByTestId('headline-total'));
  await page.getByTestId('predict-start').click();
  assert.equal(await page.getByTestId('headline-total').count(), 0, 'the result is hidden while the room guesses');
  await page.getByTestId('predict-guess').fill('-5');
  await page.getByTestId('predict-reveal').click();
  assert.equal(await text(page.getByTestId('headline-total')), total);
  const result = await text(page.getByTestId('guess-result'));
  assert.match(result, new RegExp(`^Rummets gæt: −5,0 mio\\. kr\\. Resultatet: −?${total.replace(/[.]/g, '\\.')} \\(\\d+,\\d mio\\. kr\\. (mere|mindre) end gættet\\)\\.$`));

  // Replay the last change: the result before it, then the change again.
  await moveSlider(page);
  const after = await text(page.getByTestId('headline-total'));
  await page.getByTestId('replay-last').click();
  await page.waitForFunction((a) => document.querySelector('[data-testid=headline-total]').textContent !== a, after);
  await page.waitForFunction((a) => document.querySelector('[data-testid=headline-total]').textContent === a, after, { timeout: 5000 });
  await page.getByTestId('workshop-toggle').click();
  assert.deepEqual(app.errors, []);
});

test('a benefit group linked to an imported file takes its baseline, names the source and warns when the figure is old', async () => {
  const { page } = app;
  // A jobindsats.dk extract of 2023, more than a year before the clock of this machine.
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const lines = ['Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner'];
  for (let m = 1; m <= 12; m++) lines.push(`Slagelse;2023M${String(m).padStart(2, '0')};Sygedagpenge;${1200 + 10 * (m - 1)}`);
  const file = join(mkdtempSync(join(tmpdir(), 'plan-e2e-')), 'sygedagpenge-2023.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  await app.open('#/import');
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-summary').waitFor();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor();

  await app.open('#/scenarier?s=sygedagpenge-2');
  const before = await text(page.getByTestId('headline-total'));
  const group = page.getByTestId('group-sygedagpenge');
  if (!(await group.evaluate((el) => el.open))) await group.locator('summary').click();
  const select = group.getByTestId('baseline-indicator');
  // Suggested by name.
  assert.match(await select.locator('option').nth(1).textContent(), /Antal fuldtidspersoner \(Sygedagpenge\) \(foreslået\)/);
  await select.selectOption('Antal fuldtidspersoner (Sygedagpenge)');
  const notes = group.getByTestId('baseline-notes');
  await notes.waitFor();
  // The mean of Jan-Dec 2023: 1.200 + 10 × 5,5 = 1.255.
  assert.match(await text(notes), /Sygedagpenge: helårspersoner ændret fra 1\.300 til 1\.255 efter »Antal fuldtidspersoner \(Sygedagpenge\)«/);
  assert.match(await text(notes), /Importeret fra sygedagpenge-2023\.csv, række 2–13/);
  assert.match(await text(notes), /måneder gammelt; importér nyere tal/);
  // The changed baseline is visible beside the result too.
  assert.match(await text(page.getByTestId('headline-baseline')), /ændret fra 1\.300 til 1\.255/);
  // The persons changed: the lever's saving is counted on the imported figure, so the
  // scenario's own numbers may stay; the baseline the targets are projected from changes.
  await group.getByTestId('baseline-method').selectOption('mean-12-months');
  assert.match(await text(notes), /til 1\.255/);
  // Unlinked, the typed figure counts again.
  await select.selectOption('');
  await page.waitForFunction(() => !document.querySelector('[data-testid=group-sygedagpenge] [data-testid=baseline-notes]'));
  assert.equal(await text(page.getByTestId('headline-total')), before);
  assert.deepEqual(app.errors, []);
});

test('refusion by duration: the ladder of LBK 221 § 5 instead of the flat share, shown gross, refusion and net', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=sygedagpenge-2');
  assert.match(await text(page.getByTestId('results-table')), /Forsørgelse, statens refusion/);
  assert.match(await text(page.getByTestId('summary-range')), /^Usikkerhed: .+ mio\. kr\. \(lav–høj efter forudsætningerne\)$/);
  const before = await text(page.getByTestId('headline-total'));
  const group = page.getByTestId('group-sygedagpenge');
  if (!(await group.evaluate((el) => el.open))) await group.locator('summary').click();
  await group.getByTestId('duration-sygedagpenge').check();
  // The starting distribution matches the flat 35 %: half in weeks 5-26, half in 27-52.
  await group.getByTestId('duration-share-sygedagpenge').waitFor();
  assert.match(await text(group.getByTestId('duration-share-sygedagpenge')), /Kommunens andel efter refusion: 65,0 %/);
  assert.match(await text(group), /LBK nr\. 221/);
  // All in weeks 1-4 (80 % refusion): the same persons save the municipality less.
  await group.getByTestId('duration-sygedagpenge-0').fill('100');
  await group.getByTestId('duration-sygedagpenge-0').press('Enter');
  await group.getByTestId('duration-sygedagpenge-1').fill('0');
  await group.getByTestId('duration-sygedagpenge-1').press('Enter');
  await group.getByTestId('duration-sygedagpenge-2').fill('0');
  await group.getByTestId('duration-sygedagpenge-2').press('Enter');
  await page.waitForFunction(
    () => /20,0 %/.test(document.querySelector('[data-testid=duration-share-sygedagpenge]')?.textContent ?? ''),
  );
  assert.notEqual(await text(page.getByTestId('headline-total')), before);
  assert.deepEqual(app.errors, []);
});
