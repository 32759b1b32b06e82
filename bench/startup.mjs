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
  for (let i = 0; i < runs; i++) {
    const app = await start();
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(app.url + '#/scenarier');
    await page.waitForFunction(() => document.querySelector('main [data-testid$="-view"]'), null, { polling: 'raf', timeout: 60_000 });
    render.push(await page.evaluate(() => performance.now()));
    const before = await page.getByTestId('lang-switch').textContent();
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction((b) => document.querySelector('[data-testid=lang-switch]').textContent !== b, before, { polling: 'raf' });
    interactive.push(await page.evaluate(() => performance.now()));
    await app.close();
  }
  console.log(
    `CPU ${rate}×: first render ${median(render).toFixed(0)} ms, interactive ${median(interactive).toFixed(0)} ms (median of ${runs}, fresh profile, from navigation start)`,
  );
}
