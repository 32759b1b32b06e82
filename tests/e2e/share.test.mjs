// End-to-end tests of sharing without a server, in headless Chromium: a share link made in one
// browser profile opens the same scenario in a fresh profile and can be kept as a copy there;
// a damaged link changes nothing; a scenario too large for a link goes as a file; the whole
// workspace round-trips exactly through a file, with a backup of what it replaces.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { start, savedText, backups as allBackups } from './harness.mjs';

let sender;
let recipient;
before(async () => {
  sender = await start({ prefix: '/sub/' });
  recipient = await start({ prefix: '/kommune/beskaeftigelse/' });
});
after(async () => {
  await sender?.close();
  await recipient?.close();
});

const text = (locator) => locator.textContent();
const saved = (page) => savedText(page);

async function makeLink(app, id) {
  await app.open(`#/scenarier?s=${id}`);
  await app.page.getByTestId('share-make').click();
  return app.page.getByTestId('share-link').inputValue();
}

test('a share link opens the same scenario in a fresh profile, which can keep a copy', async () => {
  const a = sender.page;
  // The sender changes the scenario first: the link carries the change.
  await sender.open('#/scenarier?s=sygedagpenge-2');
  a.once('dialog', (d) => d.accept('Sygedagpenge, 2 årsværk (til udvalget)'));
  await a.getByTestId('rename').click();
  await a.getByTestId('scenario-sygedagpenge-2').getByText('(til udvalget)').waitFor();
  const summary = await text(a.getByTestId('summary'));
  const link = await makeLink(sender, 'sygedagpenge-2');
  // A default alternative goes as the compact form (what differs from the built-in figures).
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/sub\/#\/del\?d=v2\./);
  assert.match(await text(a.getByTestId('share-length')), /^Linket er [\d.]+ tegn langt\.$/);

  // The recipient opens the same hosted page (the link's address) in a fresh profile.
  const b = recipient.page;
  await b.goto(link.split('#')[0] + '#/scenarier');
  await recipient.settled();
  const before = await saved(b);
  await b.goto(link);
  await recipient.settled();
  assert.equal(await text(b.getByTestId('shared-name')), 'Sygedagpenge, 2 årsværk (til udvalget)');
  assert.equal(await text(b.getByTestId('shared-summary')), summary);
  assert.match(await text(b.getByTestId('shared-assumptions')), /de samme som dine/);
  assert.equal(await saved(b), before, 'opening a link saves nothing');
  await b.getByTestId('shared-keep').click();
  await b.waitForFunction(() => location.hash.includes('s=sygedagpenge-2-delt'));
  await recipient.settled();
  assert.equal(await text(b.getByTestId('summary')), summary.replace('(til udvalget)«', '(til udvalget) (delt)«'));
  await recipient.reload();
  for (const id of ['official', 'sygedagpenge-2', 'alle-fire', 'arne-lineaer-3', 'sygedagpenge-2-delt']) {
    assert.equal(await b.getByTestId(`scenario-${id}`).count(), 1, id);
  }
  assert.deepEqual(recipient.errors, []);
});

test('a damaged or edited link says so and changes nothing saved', async () => {
  const link = await makeLink(sender, 'alle-fire');
  const b = recipient.page;
  await b.goto(link.split('#')[0] + '#/plan');
  await recipient.settled();
  const before = await saved(b);
  // A value changed by hand: the content is edited and packed again, but the checksum is the
  // one the sender's content had. (A character changed at random may fall where the
  // compressed data has bits the browser's decoder ignores: the content is then the same, and
  // the link opens the same scenario, which is right.)
  const [head, payload] = link.split('d=v2.');
  const packed = Buffer.from(payload, 'base64url');
  const content = inflateSync(packed).toString();
  const changed = content.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10));
  assert.notEqual(changed, content);
  const repacked = Buffer.concat([deflateSync(changed).subarray(0, -4), packed.subarray(-4)]);
  const edited = `${head}d=v2.${repacked.toString('base64url')}`;
  // One character of the checksum at the end changed (the last one may hold unused bits).
  const k = link.length - 3;
  const damaged = link.slice(0, k) + (link[k] === 'A' ? 'B' : 'A') + link.slice(k + 1);
  for (const bad of [edited, damaged, link.slice(0, -25), link.replace('d=v2.', 'd=v9.')]) {
    await b.goto(bad);
    await recipient.settled();
    assert.match(await text(b.getByTestId('share-error')), /^Linket kan ikke åbnes: .*Intet af dine gemte data er ændret\./);
  }
  const after = await saved(b);
  if (after !== before) {
    const i = [...after].findIndex((c, k) => c !== before[k]);
    assert.fail(`saved data changed at ${i}: ${before.slice(i - 80, i + 80)} → ${after.slice(i - 80, i + 80)}`);
  }
});

test('the default alternatives fit in links; their lengths are reported', async () => {
  const lengths = {};
  for (const id of ['official', 'sygedagpenge-2', 'alle-fire', 'arne-lineaer-3']) {
    const link = await makeLink(sender, id);
    lengths[id] = link.length;
    assert.ok(link.length < 4000, `${id}: ${link.length}`);
  }
  console.log(`share link lengths (characters, with http://127.0.0.1:PORT/sub/): ${JSON.stringify(lengths)}`);
  // Copying puts the link on the clipboard.
  await sender.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await sender.page.getByTestId('share-link').inputValue();
  await sender.page.getByTestId('share-copy').click();
  await sender.page.getByText('Kopieret.').waitFor();
  assert.equal(await sender.page.evaluate(() => navigator.clipboard.readText()), link);
});

test('a scenario too large for a link goes as a file, which another profile loads as a copy', async () => {
  const a = sender.page;
  await sender.open('#/scenarier');
  // A long description that does not compress (a note pasted from a report).
  await a.evaluate(() => {
    const scenarios = JSON.parse(localStorage.getItem('plan-budget/part/scenarios'));
    let note = '';
    let x = 7;
    for (let i = 0; i < 9000; i++) {
      x = (x * 48271) % 2147483647;
      note += 'abcdefghijklmnopqrstuvwxyzæøå '[x % 30];
    }
    scenarios.scenarios.find((s) => s.id === 'alle-fire').description = note;
    localStorage.setItem('plan-budget/part/scenarios', JSON.stringify(scenarios));
  });
  await sender.reload();
  await sender.open('#/scenarier?s=alle-fire');
  await a.getByTestId('share-make').click();
  assert.match(await text(a.getByTestId('share-too-long')), /Scenariet fylder for meget til et link \([\d.]+ tegn; højst 4\.000/);
  assert.equal(await a.getByTestId('share-link').count(), 0);
  const [download] = await Promise.all([a.waitForEvent('download'), a.getByTestId('share-file').click()]);
  assert.equal(download.suggestedFilename(), 'alle-fire.scenarie.json');
  const path = await download.path();

  const b = recipient.page;
  await recipient.open('#/om');
  await b.getByTestId('workspace-file').setInputFiles(path);
  await b.getByTestId('file-scenario').waitFor();
  await b.getByTestId('file-keep-scenario').click();
  await b.waitForFunction(() => location.hash.includes('s=alle-fire-delt'));
  await recipient.settled();
  assert.match(await text(b.getByTestId('summary')), /årsværk/);
});

test('the whole workspace round-trips exactly through a file, with a backup of what it replaces', async () => {
  const a = sender.page;
  // Start from what the app itself writes (an earlier test wrote the storage by hand).
  await sender.open('#/om');
  await a.evaluate(() => localStorage.clear());
  await sender.reload();
  const [download] = await Promise.all([a.waitForEvent('download'), a.getByTestId('export').click()]);
  const path = await download.path();
  const exported = readFileSync(path, 'utf8');
  assert.equal(exported, await saved(a));
  // Change something, then load the file back.
  await sender.open('#/scenarier?s=official');
  a.once('dialog', (d) => d.accept('Ændret efter eksport'));
  await a.getByTestId('rename').click();
  await a.getByTestId('scenario-official').getByText('Ændret efter eksport').waitFor();
  assert.notEqual(await saved(a), exported);
  await sender.open('#/om');
  await a.getByTestId('workspace-file').setInputFiles(path);
  await a.getByTestId('file-preview').waitFor();
  assert.match(await text(a.getByTestId('file-preview')), /Scenarier44/);
  await a.getByTestId('file-replace').click();
  assert.match(await text(a.getByTestId('file-done')), /er indlæst\. Det, du havde før, er gemt som sikkerhedskopi plan-budget\/backup\/.*\/file-import/);
  assert.equal(await saved(a), exported, 'the saved workspace is exactly the file');
  const kept = Object.entries(await allBackups(a)).filter(([k]) => k.endsWith('/file-import'));
  assert.equal(kept.length, 1);
  const backup = kept[0][1];
  assert.match(backup, /Ændret efter eksport/);

  // A file that is not a workspace is refused and changes nothing.
  await a.getByTestId('workspace-file').setInputFiles({ name: 'noget.json', mimeType: 'application/json', buffer: Buffer.from('{"x": 1') });
  assert.match(await text(a.getByTestId('file-error')), /^noget\.json: De gemte data kan ikke læses: teksten er ikke gyldig JSON \(linje 1, kolonne 7/);
  assert.equal(await saved(a), exported);
});
