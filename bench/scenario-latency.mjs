// Time from an input on the scenario editor to the updated result, in headless Chromium:
// a phase-in slider is moved and the time until the summary, the results table and the
// charts have been redrawn (the next animation frame after the DOM change) is measured.
// Usage: node bench/scenario-latency.mjs [repeats]
import { start } from '../tests/e2e/harness.mjs';

const repeats = Number(process.argv[2] ?? 30);
const app = await start();
await app.open('#/scenarier?s=arne-lineaer-3');
await app.page.waitForTimeout(1000);
const times = await app.page.evaluate(async (repeats) => {
  const slider = () => document.querySelector('[data-testid=layer-arne] [data-testid=share-2025]');
  const summary = () => document.querySelector('[data-testid=summary]').textContent;
  const out = [];
  for (let i = 0; i < repeats; i++) {
    const before = summary();
    const el = slider();
    el.value = String(i % 2 === 0 ? 40 : 70);
    const t0 = performance.now();
    el.dispatchEvent(new Event('input', { bubbles: true }));
    // Leptos updates synchronously; wait for the frame that paints it.
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const t1 = performance.now();
    if (summary() === before) throw new Error('the summary did not change');
    out.push(t1 - t0);
  }
  return out;
}, repeats);
await app.close();
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
console.log(`input → updated summary, table and charts (${times.length} moves): median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms`);
