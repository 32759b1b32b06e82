// End-to-end tests of the scenario editor in headless Chromium: the default scenarios and
// their summaries, editing (duplicate, rename, levers, a phase-in slider, assumptions),
// undo/redo, delete with undo, workshop mode, comparison, and that everything is kept
// across a reload.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let app;
before(async () => {
  app = await start({ prefix: '/sub/' });
});
after(async () => {
  await app?.close();
});

const text = (locator) => locator.textContent();

test('the default scenarios answer the committee case with a plain summary each', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=official');
  for (const id of ['official', 'sygedagpenge-2', 'alle-fire', 'arne-lineaer-3']) {
    assert.equal(await page.getByTestId(`scenario-${id}`).count(), 1, id);
  }
  assert.match(await text(page.getByTestId('summary')), /besparelserne gennemføres fuldt \(14,85 mio\. kr\. i 2024\)/);
  await page.getByTestId('scenario-sygedagpenge-2').click();
  await page.waitForFunction(() => location.hash.includes('s=sygedagpenge-2'));
  await app.settled();
  assert.match(
    await text(page.getByTestId('summary')),
    /koster 1,1 mio\. kr\. i 2024 og bevarer 2 årsværk; udgifterne til forsørgelse falder netto med 15,55 mio\. kr\./,
  );
  // The worked year of the closing note: 2025 compensation 1,10 and net −5,12 mio. kr.
  const table = await text(page.getByTestId('results-table'));
  assert.match(table, /Kompensation i alt1,101,101,10/);
  assert.match(table, /Netto for kommunen−2,01−5,12−5,12/);
  assert.match(table, /Sygedagpengeteamet.*100100100120/);
});

test('a scenario is duplicated, renamed and edited, and everything is kept after a reload', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=official');
  await page.getByTestId('duplicate').click();
  await page.waitForFunction(() => location.hash.includes('s=official-kopi-1'));
  await app.settled();
  page.once('dialog', (d) => d.accept('Workshop-forslag'));
  await page.getByTestId('rename').click();
  await page.getByTestId('scenario-official-kopi-1').getByText('Workshop-forslag').waitFor();

  // A lever: keep 2 FTE for sygedagpenge.
  const lever = page.getByTestId('lever-place-3');
  await lever.getByTestId('lever-enabled').check();
  assert.match(await text(page.getByTestId('summary')), /koster 1,1 mio\. kr\. i 2024 og bevarer 2 årsværk/);

  // The phase-in slider: only 50 % of the Arne cut in 2024.
  const layer = page.getByTestId('layer-arne');
  await layer.getByTestId('share-2024').fill('50');
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('8,53 mio. kr. i 2024'));
  assert.equal(await layer.getByTestId('path-preset').inputValue(), 'custom');
  assert.match(await text(page.getByTestId('results-table')), /Udskudt besparelse7,43/);
  // The same year typed instead of dragged.
  await layer.getByTestId('share-input-2025').fill('80');
  await layer.getByTestId('share-input-2025').press('Tab');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=layer-arne] [data-testid=share-2025]').value === '80',
  );
  assert.match(await text(page.getByTestId('results-table')), /Udskudt besparelse7,432,97/);
  await layer.getByTestId('share-input-2025').fill('100');
  await layer.getByTestId('share-input-2025').press('Tab');

  await app.reload();
  assert.match(await text(page.getByTestId('scenario-official-kopi-1')), /Workshop-forslag/);
  assert.equal(await page.getByTestId('lever-place-3').getByTestId('lever-enabled').isChecked(), true);
  assert.equal(await page.getByTestId('layer-arne').getByTestId('share-2024').inputValue(), '50');
  assert.match(await text(page.getByTestId('summary')), /8,53 mio\. kr\. i 2024/);
});

test('every change can be undone and redone with Ctrl+Z and Ctrl+Y', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=alle-fire');
  const fte = page.getByTestId('lever-place-1').getByTestId('lever-fte');
  assert.equal(await fte.inputValue(), '1');
  await fte.fill('3');
  await fte.press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('bevarer 7 årsværk'));
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('bevarer 5 årsværk'));
  await page.keyboard.press('Control+y');
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('bevarer 7 årsværk'));
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('bevarer 5 årsværk'));
});

test('a deleted scenario comes back with one click', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=arne-lineaer-3');
  await page.getByTestId('delete').click();
  await page.getByTestId('deleted-notice').waitFor();
  await app.settled();
  assert.equal(await page.getByTestId('scenario-arne-lineaer-3').count(), 0);
  await page.getByTestId('deleted-notice').getByRole('button').click();
  await page.getByTestId('scenario-arne-lineaer-3').waitFor();
  // The baseline cannot be deleted.
  await app.open('#/scenarier?s=official');
  assert.equal(await page.getByTestId('delete').isDisabled(), true);
});

test('an assumption is edited with its source marked, apart from the policy choices', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=sygedagpenge-2');
  const assumptions = page.getByTestId('assumptions');
  const cost = assumptions.getByTestId('cost-per-fte');
  assert.equal(await cost.inputValue(), '550');
  await cost.fill('600');
  await cost.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('koster 1,2 mio. kr. i 2024'));
  assert.match(await text(assumptions), /ændret i appen \d{4}-\d{2}-\d{2} \(før: Antagelse: en sagsbehandlers årsløn/);
  assert.equal(await page.getByTestId('policy').getByTestId('cost-per-fte').count(), 0);
  // A benefit group's refusion, in percent: net spending follows it.
  const group = assumptions.getByTestId('group-sygedagpenge');
  await group.locator('summary').click();
  const refusion = group.getByTestId('refusion-sygedagpenge');
  assert.equal(await refusion.inputValue(), '35');
  await refusion.fill('50');
  await refusion.press('Enter');
  // 2025: −41,6 persons × 230 × (1 − 0,5) = −4.784 net.
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=results-table]').textContent.includes('Forsørgelse, netto efter refusion−2,39−4,78'),
  );
  assert.match(await text(group), /ændret i appen .*før: Antagelse: gennemsnitlig refusion/);
});

test('workshop mode: large type, and R goes back to the start of the workshop', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=sygedagpenge-2');
  await page.getByTestId('workshop-toggle').click();
  assert.match(await page.locator('html').getAttribute('class'), /workshop/);
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').uncheck();
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('gennemføres fuldt'));
  await page.locator('h1').click();
  await page.keyboard.press('r');
  await page.waitForFunction(() => document.querySelector('[data-testid=summary]').textContent.includes('bevarer 2 årsværk'));
  await page.getByTestId('workshop-toggle').click();
  assert.doesNotMatch((await page.locator('html').getAttribute('class')) ?? '', /workshop/);
});

test('a user-defined lever with its own assumed effect', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=official-kopi-1');
  await page.getByTestId('layer-arne').getByTestId('path-preset').selectOption('official');
  await page.getByTestId('lever-place-3').getByTestId('lever-enabled').uncheck();
  page.once('dialog', (d) => d.accept('Virksomhedskonsulent i jobcentret'));
  await page.getByTestId('add-lever').click();
  const lever = page.getByTestId('lever-eget-1');
  await lever.waitFor();
  assert.match(await text(lever), /Virksomhedskonsulent i jobcentret/);
  const effect = page.getByTestId('effect-eget-1');
  await page.getByTestId('effect-group-eget-1').selectOption('kth-jobparat');
  await effect.fill('-6');
  await effect.press('Enter');
  await lever.getByTestId('lever-enabled').check();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=summary]').textContent.includes('udgifterne til forsørgelse falder netto'),
  );
  // 1 FTE × 600 (cost set above) − 6 persons × 140 × (1 − 0,25) = 600 − 630 = −30 in 2024.
  assert.match(await text(page.getByTestId('results-table')), /Netto for kommunen−0,03/);
  await app.reload();
  assert.equal(await page.getByTestId('lever-eget-1').getByTestId('lever-enabled').isChecked(), true);
  assert.equal(await page.getByTestId('effect-eget-1').inputValue(), '−6');
});

test('two scenarios compared side by side; the choice is kept in the link', async () => {
  const { page } = app;
  await app.open('#/scenarier?s=official');
  await page.getByTestId('compare-alle-fire').uncheck();
  await page.getByTestId('compare-arne-lineaer-3').uncheck();
  await page.getByTestId('compare-official-kopi-1').uncheck();
  await app.settled();
  const rows = page.getByTestId('comparison-table').locator('tbody tr');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=comparison-table] tbody tr').length === 2);
  // With the cost per FTE of 600 and 50 % refusion on sygedagpenge set above:
  // 2 × 600 − 20,8 × 230 × 0,5 = 1.200 − 2.392 = −1.192 in 2024.
  assert.match(await text(rows.nth(1)), /^Sygedagpenge: bevar 2 årsværk 2024-2026−1,19 \(−1,19\)2,0 åv\./);
  await app.reload();
  assert.equal(await rows.count(), 2);
  assert.deepEqual(app.errors, []);
});

test('a fresh visit paints the first screen of the scenarios before it builds the parts below it, and a closed group when it is opened', async () => {
  const fresh = await start();
  try {
    const { page } = fresh;
    // When each part is first in the page, and when the first frame after the view's own
    // insertion is drawn (the page's style, layout and paint follow that frame's callbacks).
    await page.addInitScript(() => {
      const seen = (window.__seen = {});
      new MutationObserver(() => {
        for (const id of ['scenarios-view', 'policy', 'assumptions', 'results-table', 'comparison']) {
          if (seen[id] === undefined && document.querySelector(`[data-testid=${id}]`)) {
            seen[id] = performance.now();
            if (id === 'scenarios-view') requestAnimationFrame(() => (seen.frame = performance.now()));
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await fresh.open('#/scenarier');
    const seen = await page.evaluate(() => window.__seen);
    assert.ok(seen.policy <= seen.frame, `the policy editor is in the first screen: ${JSON.stringify(seen)}`);
    for (const part of ['assumptions', 'results-table', 'comparison']) {
      assert.ok(seen[part] > seen.frame, `${part} is built after the first frame: ${JSON.stringify(seen)}`);
    }
    // Then the view is whole, with nothing left marked as being built.
    assert.equal(await page.locator('main [aria-busy]').count(), 0);
    assert.match(await text(page.getByTestId('results-table')), /Kompensation i alt/);
    // A closed benefit group's inputs are built when it is first opened.
    const group = page.getByTestId('group-sygedagpenge');
    assert.equal(await group.evaluate((el) => el.open), false);
    assert.equal(await group.getByTestId('refusion-sygedagpenge').count(), 0);
    await group.locator('summary').click();
    assert.equal(await group.getByTestId('refusion-sygedagpenge').inputValue(), '35');
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.close();
  }
});

test('on a phone an opened benefit group is no wider than the screen', async () => {
  const phone = await start({ viewport: { width: 390, height: 844 } });
  try {
    const { page } = phone;
    await phone.open('#/scenarier');
    const group = page.getByTestId('group-sygedagpenge');
    await group.locator('summary').click();
    await group.getByTestId('baseline-indicator').waitFor();
    // The indicator list's longest name must not widen the page (it did: 581 px).
    const [page_width, screen] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(page_width <= screen, `the page is ${page_width} px wide on a ${screen} px screen`);
  } finally {
    await phone.close();
  }
});
