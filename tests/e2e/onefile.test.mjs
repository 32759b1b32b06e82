// The one-file app in headless Chromium: downloaded from the hosted page with the current
// workspace inside, opened from disk (file://) in a fresh profile with the network off, it
// starts, shows that workspace, runs a scenario, keeps edits across a reload, and loads
// nothing from anywhere but itself.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './harness.mjs';

let host;
let workshop;
before(async () => {
  host = await start({ prefix: '/sub/' });
  workshop = await start();
});
after(async () => {
  await host?.close();
  await workshop?.close();
});

const text = (locator) => locator.textContent();

test('the one-file app opens from file:// with the network off and runs a scenario', async () => {
  const a = host.page;
  await host.open('#/scenarier?s=alle-fire');
  a.once('dialog', (d) => d.accept('Workshop 2026'));
  await a.getByTestId('rename').click();
  await a.getByTestId('scenario-alle-fire').getByText('Workshop 2026').waitFor();
  await host.open('#/om');
  const [download] = await Promise.all([a.waitForEvent('download'), a.getByTestId('single-file').click()]);
  assert.match(await text(a.getByTestId('single-file-done')), /^beskaeftigelsesplan-\d{4}-\d{2}-\d{2}\.html \([\d,]+ MB\) er hentet\.$/);
  const file = join(mkdtempSync(join(tmpdir(), 'plan-usb-')), 'beskaeftigelsesplan.html');
  copyFileSync(await download.path(), file);
  console.log(`one-file app: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);

  const b = workshop.page;
  await workshop.context.setOffline(true);
  const before = workshop.requests.length;
  await b.goto(`file://${file}#/scenarier?s=alle-fire`);
  await workshop.settled();
  assert.equal(await text(b.getByTestId('scenario-alle-fire').getByText('Workshop 2026')), 'Workshop 2026');
  const summary = await text(b.getByTestId('summary'));
  await b.getByTestId('lever-place-3').getByTestId('lever-enabled').uncheck();
  await b.waitForFunction((s) => document.querySelector('[data-testid=summary]').textContent !== s, summary);
  const edited = await text(b.getByTestId('summary'));
  await b.reload();
  await workshop.settled();
  assert.equal(await text(b.getByTestId('summary')), edited, 'edits in the file are kept in this browser');
  await b.goto(`file://${file}#/plan`);
  await workshop.settled();
  const outside = workshop.requests
    .slice(before)
    .filter((r) => !r.startsWith('file:') && !r.startsWith('blob:') && !r.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(workshop.errors, []);
});

test('a one-file app opened where the browser holds other data asks before it replaces them, and keeps them as a backup', async () => {
  // The browser of the first test holds the first file's data with an edit made since.
  const a = host.page;
  await host.open('#/scenarier?s=sygedagpenge-2');
  a.once('dialog', (d) => d.accept('Fra den anden fil'));
  await a.getByTestId('rename').click();
  await a.getByTestId('scenario-sygedagpenge-2').getByText('Fra den anden fil').waitFor();
  await host.open('#/om');
  const [download] = await Promise.all([a.waitForEvent('download'), a.getByTestId('single-file').click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'plan-usb-')), 'anden.html');
  copyFileSync(await download.path(), file);

  const b = workshop.page;
  await b.goto(`file://${file}#/scenarier?s=alle-fire`);
  await workshop.settled();
  await b.getByTestId('one-file-offer').waitFor();
  // Nothing is replaced until the user says so: the browser's own data is shown.
  assert.equal(await b.getByTestId('scenario-sygedagpenge-2').getByText('Fra den anden fil').count(), 0);
  assert.equal(await text(b.getByTestId('scenario-alle-fire').getByText('Workshop 2026')), 'Workshop 2026');
  await b.getByTestId('one-file-keep').click();
  assert.equal(await b.getByTestId('one-file-offer').count(), 0);
  // Asked again on the next opening, until the file's data is taken.
  await b.reload();
  await workshop.settled();
  await b.getByTestId('one-file-offer').waitFor();
  await b.getByTestId('one-file-adopt').click();
  const adopted = await text(b.getByTestId('one-file-adopted'));
  assert.match(adopted, /^Filens data er indlæst\. Det, browseren havde før, er gemt som sikkerhedskopi: plan-budget\/backup\//);
  await b.getByTestId('scenario-sygedagpenge-2').getByText('Fra den anden fil').waitFor();
  // Taken in, the file opens on its data without asking again.
  await b.reload();
  await workshop.settled();
  assert.equal(await b.getByTestId('one-file-offer').count(), 0);
  assert.equal(await b.getByTestId('scenario-sygedagpenge-2').getByText('Fra den anden fil').count(), 1);
  assert.deepEqual(workshop.errors, []);
});
