// The same smoke in the two other engines politicians open the app in: Firefox (Debian's
// firefox-esr, headless, driven over WebDriver BiDi by puppeteer-core) and WebKit (Debian's
// WebKitGTK MiniBrowser under Xvfb, driven over classic WebDriver by WebKitWebDriver and
// selenium-webdriver; Safari on an iPad is the same engine). Both come from scripts/setup; a
// test is skipped, saying so, only when its browser is not installed.
//
// The smoke: open the simulator, change a cut layer's path, wait for the save, reload and find
// the change kept; make a share link and open it (a fresh page load) and see the shared view;
// and no console error or uncaught exception on the way.
//
// How the errors are collected:
// - Firefox: puppeteer's `console` (type error) and `pageerror` events, i.e. BiDi's
//   log.entryAdded: console.error calls and uncaught exceptions and unhandled rejections of
//   the page, as the browser reports them.
// - WebKit: WebKitGTK's WebKitWebDriver speaks classic WebDriver only (no BiDi: a session
//   asking for `webSocketUrl` is refused) and has no log endpoint, and MiniBrowser does not
//   write console messages to its stdout when it is driven. So the page is served with one
//   extra same-origin script first in <head> (the content security policy allows 'self'; the
//   copy of dist/ is otherwise unchanged) that records, from before the app's own scripts run,
//   console.error calls (a Rust panic is logged through console.error), uncaught errors,
//   unhandled promise rejections, elements that failed to load and CSP violation events,
//   in sessionStorage so that reloads keep them. What it cannot see: messages the browser
//   itself writes to the console without an event (e.g. a failed fetch()'s network message)
//   and errors inside the service worker.
// Both: the crash message of src/crash.rs must not appear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './harness.mjs';
import { serve } from './serve.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
// A cold start of the wasm app in these browsers under Xvfb on a busy 2-core machine can take
// 10-20 s: every wait is generous.
const WAIT = 90_000;
const TEST_TIMEOUT = 600_000;
const VIEWPORT = { width: 1280, height: 900 };
// The build under test: dist/, or another (SMOKE_DIST=<dir>) to try the smoke elsewhere.
const APP = process.env.SMOKE_DIST ?? DIST;

function requireDist() {
  if (!existsSync(join(APP, 'index.html'))) {
    throw new Error(`No built app in ${APP}: run "trunk build --release" first (scripts/test does).`);
  }
}

// ---------------------------------------------------------------------------------------------
// The smoke, written once against a small driver interface:
//   goto(url), reload(), run(fn, arg) -> value (fn runs in the page), choose(layerTestId, value)
//   (a user's choice in the layer's path <select>), click(css), errors() -> [text], name.

/** Runs in the page: whether the app shows the URL's view, whole (as harness.mjs settled()). */
const READY = () => {
  const main = document.querySelector('main');
  return Boolean(
    main &&
      main.dataset.hash === location.hash &&
      main.querySelector('[data-testid$="-view"]') &&
      !main.querySelector('[aria-busy=true]'),
  );
};

/** Runs in the page: the first cut layer's path <select>, its value and another option. */
const LAYER = () => {
  const select = document.querySelector('[data-testid^="layer-"] select[data-testid="path-preset"]');
  if (!select) return null;
  const options = [...select.options].filter((o) => !o.disabled).map((o) => o.value);
  const to = options.find((v) => v !== select.value && v !== 'custom') ?? options.find((v) => v !== select.value);
  return { layer: select.closest('[data-testid^="layer-"]').dataset.testid, from: select.value, to, options };
};

/** Runs in the page: the value of that layer's path <select>. */
const PATH_OF = (layer) =>
  document.querySelector(`[data-testid="${layer}"] select[data-testid="path-preset"]`)?.value ?? null;

/** Runs in the page: the save state (`<html data-save>`) and whether the crash message shows. */
const STATE = () => ({
  save: document.documentElement.dataset.save ?? null,
  crash: Boolean(document.querySelector('[data-testid="crash"]')),
  hash: location.hash,
});

/** Polls `fn(arg)` in the page until it returns something truthy; returns that. */
async function waitFor(b, what, fn, arg, timeout = WAIT) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await b.run(fn, arg);
      if (last) return last;
    } catch (e) {
      // A navigation in progress can make a script fail: try again until the time is up.
      last = `script failed: ${e.message}`;
    }
    if (Date.now() > until) {
      const state = await b.run(STATE).catch((e) => `unknown (${e.message})`);
      throw new Error(`${b.name}: timed out after ${timeout / 1000} s waiting for ${what}; last ${JSON.stringify(last)}; page ${JSON.stringify(state)}`);
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

const settled = (b, what) => waitFor(b, `${what}: the app shows the view`, READY);

async function noCrash(b, step) {
  const { crash } = await b.run(STATE);
  assert.ok(!crash, `${b.name}: the crash message shows after ${step}`);
}

/** Each distinct error once, with how often it came. */
function summary(errors) {
  const counts = new Map();
  for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].map(([e, n]) => (n > 1 ? `${n}× ${e}` : e)).join('\n');
}

/** The smoke; a failure also lists the errors the page reported until then. */
async function smoke(b, url) {
  const times = {};
  try {
    return await steps(b, url, times);
  } catch (e) {
    const errors = await b.errors().catch(() => []);
    if (errors.length && !e.message.includes('console errors or uncaught')) {
      e.message += `\n(the page reported until then:\n${summary(errors)})`;
    }
    e.message += `\n(steps done: ${laps(times) || 'none'})`;
    throw e;
  }
}

const laps = (times) =>
  Object.entries(times)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
    .join(', ');

async function steps(b, url, times) {
  let t = Date.now();
  const lap = (name) => {
    times[name] = Date.now() - t;
    t = Date.now();
  };

  await b.goto(`${url}#/scenarier`);
  await settled(b, 'the first visit to #/scenarier');
  const layer = await waitFor(b, 'a cut layer with a path <select>', LAYER);
  assert.ok(layer.to, `${b.name}: the path <select> of ${layer.layer} offers no other option (${layer.options})`);
  await noCrash(b, 'the first visit');
  lap('first visit to the simulator');

  // Change the path; the change is saved (a stored text changes and <html data-save> is
  // "saved"), and a reload shows it. First the first visit's own save (of the default
  // workspace, when the page is first idle) is waited for, so that it is not taken for this one.
  const stored = await waitFor(b, "the first visit's save (a plan-budget/ key in localStorage)", () => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('plan-budget/'));
    return document.documentElement.dataset.save === 'saved' && keys.length > 0 &&
      JSON.stringify(keys.sort().map((k) => [k, localStorage.getItem(k)]));
  });
  await b.choose(layer.layer, layer.to);
  await waitFor(b, `the path of ${layer.layer} to become ${layer.to}`, PATH_OF, layer.layer);
  assert.equal(await b.run(PATH_OF, layer.layer), layer.to, `${b.name}: the chosen path shows`);
  await waitFor(
    b,
    'the change to be saved (<html data-save="saved"> and a plan-budget/ key in localStorage changed)',
    ([before]) => {
      const save = document.documentElement.dataset.save;
      if (save === 'error') return 'save error';
      const now = JSON.stringify(
        Object.keys(localStorage)
          .filter((k) => k.startsWith('plan-budget/'))
          .sort()
          .map((k) => [k, localStorage.getItem(k)]),
      );
      return save === 'saved' && now !== before;
    },
    [stored],
  ).then((r) => assert.equal(r, true, `${b.name}: the app reports a failed save`));
  lap('change a path and save');

  await b.reload();
  await settled(b, 'the reload');
  const kept = await waitFor(b, `the path <select> of ${layer.layer} after the reload`, PATH_OF, layer.layer);
  assert.equal(kept, layer.to, `${b.name}: the path chosen before the reload is kept (${layer.layer})`);
  await noCrash(b, 'the reload');
  lap('reload, change kept');

  // A share link of the scenario on screen, opened in the same browser as a new page load.
  await b.click('[data-testid="share-make"]');
  const link = await waitFor(b, 'the share link', () => document.querySelector('[data-testid="share-link"]')?.value);
  assert.match(link, /#\/del\?d=v\d\./, `${b.name}: a share link`);
  assert.ok(link.startsWith(url), `${b.name}: the link points at this app (${link.slice(0, 80)})`);
  lap('make a share link');

  await b.goto('about:blank');
  await b.goto(link);
  await settled(b, 'opening the share link');
  const name = await waitFor(b, 'the shared view with the scenario name', () => {
    const view = document.querySelector('[data-testid="shared-view"]');
    const name = view?.querySelector('[data-testid="shared-name"]')?.textContent.trim();
    return name || null;
  });
  assert.ok(name.length > 0, `${b.name}: the shared view names the scenario`);
  await noCrash(b, 'opening the share link');
  lap('open the share link');

  // Work the app leaves for an idle moment (the service worker's registration) runs too.
  await new Promise((ok) => setTimeout(ok, 2000));

  const errors = await b.errors();
  if (errors.length) assert.fail(`${b.name}: ${errors.length} console errors or uncaught exceptions:\n${summary(errors)}`);
  return { times, layer, name, linkLength: link.length };
}

function report(t, name, started, result) {
  t.diagnostic(
    `${name}: smoke passed in ${((Date.now() - started) / 1000).toFixed(1)} s (${laps(result.times)}); ` +
      `${result.layer.layer} path ${result.layer.from} -> ${result.layer.to}; shared "${result.name}", link ${result.linkLength} characters`,
  );
}

// ---------------------------------------------------------------------------------------------
// Firefox over WebDriver BiDi (puppeteer-core: it never downloads a browser).

test('Firefox (firefox-esr over WebDriver BiDi): simulator edit survives a reload, a share link opens, no console error', { timeout: TEST_TIMEOUT }, async (t) => {
  if (!existsSync(FIREFOX)) {
    t.skip(`Firefox is not installed (${FIREFOX}): scripts/setup installs Debian's firefox-esr`);
    return;
  }
  requireDist();
  const started = Date.now();
  const { default: puppeteer } = await import('puppeteer-core');
  const { server, url } = await serve(APP);
  const profile = mkdtempSync(join(tmpdir(), 'plan-firefox-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      defaultViewport: VIEWPORT,
      protocolTimeout: WAIT,
      extraPrefsFirefox: { 'intl.locale.requested': 'da-DK', 'intl.accept_languages': 'da-DK, da' },
    });
    const version = await browser.version();
    const page = await browser.newPage();
    page.setDefaultTimeout(WAIT);
    page.setDefaultNavigationTimeout(WAIT);
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e?.stack ?? e}`));
    const b = {
      name: `Firefox ${version}`,
      goto: (to) => page.goto(to, { waitUntil: 'load' }),
      reload: () => page.reload({ waitUntil: 'load' }),
      run: (fn, arg) => page.evaluate(fn, arg),
      // page.select sets the option and sends input and change events, as a user's choice does.
      choose: (layer, value) => page.select(`[data-testid="${layer}"] select[data-testid="path-preset"]`, value),
      click: async (css) => {
        await page.waitForSelector(css, { visible: true });
        await page.click(css);
      },
      errors: async () => errors,
    };
    const result = await smoke(b, url);
    report(t, b.name, started, result);
  } finally {
    await browser?.close().catch(() => {});
    await new Promise((ok) => server.close(ok));
    rmSync(profile, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// WebKit (WebKitGTK's MiniBrowser) under Xvfb, over classic WebDriver.

const COLLECTOR_KEY = 'plan-smoke-test/errors';
const COLLECTOR = `// Test only (tests/e2e/browsers.test.mjs): records the page's errors for the WebKit smoke.
(() => {
  const key = ${JSON.stringify(COLLECTOR_KEY)};
  const push = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(key) || '[]');
      list.push(String(text).slice(0, 2000));
      sessionStorage.setItem(key, JSON.stringify(list));
    } catch (e) {}
  };
  const describe = (v) => (v instanceof Error ? v.name + ': ' + v.message + (v.stack ? ' ' + v.stack.trim() : '') : String(v));
  const error = console.error;
  console.error = function (...args) {
    push('console.error: ' + args.map(describe).join(' '));
    return error.apply(this, args);
  };
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) push('failed to load: <' + e.target.localName + '> ' + (e.target.src || e.target.href || ''));
    else push('uncaught: ' + (e.error ? describe(e.error) : e.message) + ' (' + e.filename + ':' + e.lineno + ':' + e.colno + ')');
  }, true);
  addEventListener('unhandledrejection', (e) => push('unhandled rejection: ' + describe(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => {
    const t = e.target && e.target.nodeType === 1 ? ' on <' + e.target.localName + (e.target.className ? ' class="' + e.target.className + '"' : '') + '>' : '';
    push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + t + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
  }, true);
})();
`;

/** A copy of dist/ whose index.html loads the collector before anything else. */
function instrumentedDist() {
  const dir = mkdtempSync(join(tmpdir(), 'plan-webkit-dist-'));
  cpSync(APP, dir, { recursive: true });
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const tag = '<script src="plan-smoke-errors.js"></script>';
  // Right after the content security policy (which must stay first), else after the charset.
  const out = html.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>|<meta charset="utf-8"\s*\/?>)/i, `$1\n    ${tag}`);
  if (!out.includes(tag)) throw new Error('index.html has neither a CSP <meta> nor <meta charset="utf-8">');
  writeFileSync(file, out);
  writeFileSync(join(dir, 'plan-smoke-errors.js'), COLLECTOR);
  return dir;
}

function freePort() {
  return new Promise((ok, no) => {
    const s = createServer();
    s.on('error', no);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Starts Xvfb on a free display (it picks one and writes its number to fd 3). */
function startXvfb() {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', `${VIEWPORT.width + 100}x${VIEWPORT.height + 200}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  return new Promise((ok, no) => {
    let out = '';
    const timer = setTimeout(() => no(new Error(`Xvfb did not start in 30 s: ${stderr}`)), 30_000);
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        ok({ xvfb, display: `:${out.trim()}` });
      }
    });
    xvfb.on('exit', (code) => {
      clearTimeout(timer);
      no(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
  });
}

async function startDriver(display) {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '', GDK_BACKEND: 'x11', LANG: 'da_DK.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  driver.stdout.on('data', (d) => (output += d));
  driver.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) break;
    } catch {}
    if (driver.exitCode !== null || Date.now() > until) {
      driver.kill();
      throw new Error(`WebKitWebDriver did not start: ${output}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return { driver, base, output: () => output };
}

test('WebKit (WebKitGTK MiniBrowser under Xvfb, classic WebDriver): simulator edit survives a reload, a share link opens, no console error', { timeout: TEST_TIMEOUT }, async (t) => {
  const missing = [WEBKIT_DRIVER, XVFB].filter((p) => !existsSync(p));
  if (missing.length) {
    t.skip(`WebKit is not installed (${missing.join(', ')} missing): scripts/setup installs Debian's webkit2gtk-driver and xvfb`);
    return;
  }
  requireDist();
  const started = Date.now();
  const { Builder, By } = await import('selenium-webdriver');
  const dist = instrumentedDist();
  const { server, url } = await serve(dist);
  let xvfb;
  let driver;
  let wd;
  try {
    const x = await startXvfb();
    xvfb = x.xvfb;
    driver = await startDriver(x.display);
    wd = await new Builder()
      .disableEnvironmentOverrides()
      .usingServer(driver.base)
      .withCapabilities({
        browserName: 'MiniBrowser',
        pageLoadStrategy: 'normal',
        'webkitgtk:browserOptions': { args: ['--automation'] },
      })
      .build();
    const caps = await wd.getCapabilities();
    await wd.manage().setTimeouts({ script: WAIT, pageLoad: WAIT });
    await wd.manage().window().setRect({ x: 0, y: 0, ...VIEWPORT }).catch(() => {});
    // selenium wraps a function as `return (fn).apply(null, arguments)`: one argument here.
    const run = (fn, arg) => wd.executeScript(`return (${fn})(arguments[0]);`, arg ?? null);
    const harvested = [];
    const harvest = async () => {
      const list = await run(
        (key) => {
          if (!location.origin.startsWith('http')) return [];
          const l = JSON.parse(sessionStorage.getItem(key) || '[]');
          sessionStorage.removeItem(key);
          return l;
        },
        COLLECTOR_KEY,
      ).catch(() => []);
      harvested.push(...list);
    };
    const b = {
      name: `WebKitGTK ${caps.get('browserVersion')}`,
      goto: async (to) => {
        await harvest();
        await wd.get(to);
      },
      reload: async () => {
        await harvest();
        await wd.navigate().refresh();
      },
      run,
      // A click on the <option>: WebDriver's way to choose from a <select> (input and change).
      choose: async (layer, value) => {
        const option = await wd.findElement(By.css(`[data-testid="${layer}"] select[data-testid="path-preset"] option[value="${value}"]`));
        await option.click();
      },
      click: async (css) => {
        const el = await wd.findElement(By.css(css));
        await wd.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
        await el.click();
      },
      errors: async () => {
        await harvest();
        return harvested;
      },
    };
    const result = await smoke(b, url);
    report(t, b.name, started, result);
  } finally {
    await wd?.quit().catch(() => {});
    driver?.driver.kill();
    xvfb?.kill();
    await new Promise((ok) => server.close(ok));
    rmSync(dist, { recursive: true, force: true });
  }
});
