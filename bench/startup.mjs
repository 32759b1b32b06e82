// Time to first render and to interactive in headless Chromium, without and with a 4× CPU
// slowdown (the DevTools protocol's Emulation.setCPUThrottlingRate), from a fresh profile
// (nothing cached). First render: the view is in the page (the first contentful paint is
// given beside the stages). Interactive: a click on the language switch has changed the page.
// With REFERENCE_DIST set to another build (e.g. an earlier commit's dist/), both are measured
// in the same run, run by run in turn, and each line says which build it is.
// Usage: [REFERENCE_DIST=dir] node bench/startup.mjs [runs]
import { DIST, start } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const builds = [['', DIST]];
if (process.env.REFERENCE_DIST) builds.push([`reference ${process.env.REFERENCE_DIST}: `, process.env.REFERENCE_DIST]);
const results = new Map();
for (const rate of [1, 4]) {
  for (let i = 0; i < runs; i++) {
    for (const [label, dist] of builds) {
      const key = `${label}|${rate}`;
      if (!results.has(key)) results.set(key, { render: [], interactive: [], stages: [] });
      await once(dist, rate, results.get(key));
    }
  }
  for (const [label] of builds) report(label, rate, results.get(`${label}|${rate}`));
}

async function once(dist, rate, { render, interactive, stages }) {
  const app = await start({ dist });
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
  // Read once the page is interactive: by then the first paint is in the timeline too.
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
      painted: at('first-contentful-paint'),
    };
  }));
  await app.close();
}

function report(label, rate, { render, interactive, stages }) {
  const med = (k) => {
    const xs = stages.map((s) => s[k]).filter((x) => x !== undefined);
    return xs.length ? `${median(xs).toFixed(0)} ms` : 'not marked';
  };
  console.log(
    `${label}CPU ${rate}×: page ${med('html')}, wasm fetched ${med('wasmFetched')}, wasm compiled and started ${med('wasmStarted')}, ` +
      `IndexedDB open ${med('idb')}, workspace loaded ${med('loaded')}, first view built ${med('mounted')}, first contentful paint ${med('painted')} (medians, from navigation start)`,
  );
  console.log(
    `${label}CPU ${rate}×: first render ${median(render).toFixed(0)} ms, interactive ${median(interactive).toFixed(0)} ms (median of ${runs}, fresh profile, from navigation start)`,
  );
}
