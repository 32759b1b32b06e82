// Time to first render and to interactive in headless Chromium, without and with a 4× CPU
// slowdown (the DevTools protocol's Emulation.setCPUThrottlingRate), from a fresh profile
// (nothing cached). First render: the view is in the page. Interactive: a click on the
// language switch has changed the page.
// Usage: node bench/startup.mjs [runs]
import { start } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const rate of [1, 4]) {
  const render = [];
  const interactive = [];
  const stages = [];
  for (let i = 0; i < runs; i++) {
    const app = await start();
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(app.url + '#/scenarier');
    await page.waitForFunction(() => document.querySelector('main [data-testid$="-view"]'), null, { polling: 'raf', timeout: 60_000 });
    render.push(await page.evaluate(() => performance.now()));
    stages.push(await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const res = (part) => performance.getEntriesByType('resource').find((r) => r.name.includes(part));
      const wasm = res('_bg.wasm');
      return {
        html: performance.getEntriesByType('navigation')[0]?.responseEnd,
        wasmFetched: wasm?.responseEnd,
        wasmStarted: at('plan:wasm-started'),
        idb: at('plan:indexeddb-open'),
        loaded: at('plan:storage-loaded'),
        mounted: at('plan:mounted'),
      };
    }));
    const before = await page.getByTestId('lang-switch').textContent();
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction((b) => document.querySelector('[data-testid=lang-switch]').textContent !== b, before, { polling: 'raf' });
    interactive.push(await page.evaluate(() => performance.now()));
    await app.close();
  }
  const med = (k) => median(stages.map((s) => s[k] ?? NaN)).toFixed(0);
  console.log(
    `CPU ${rate}×: page ${med('html')} ms, wasm fetched ${med('wasmFetched')} ms, wasm compiled and started ${med('wasmStarted')} ms, ` +
      `IndexedDB open ${med('idb')} ms, workspace loaded ${med('loaded')} ms, first view built ${med('mounted')} ms (medians, from navigation start)`,
  );
  console.log(
    `CPU ${rate}×: first render ${median(render).toFixed(0)} ms, interactive ${median(interactive).toFixed(0)} ms (median of ${runs}, fresh profile, from navigation start)`,
  );
}
