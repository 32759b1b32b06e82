// Length of the share link of each default alternative, made by the app in headless Chromium
// (served at http://127.0.0.1:PORT/, so a real host adds the length of its own address).
import { start } from '../tests/e2e/harness.mjs';

const app = await start();
const out = [];
for (const id of ['official', 'sygedagpenge-2', 'alle-fire', 'arne-lineaer-3']) {
  await app.open(`#/scenarier?s=${id}`);
  await app.page.getByTestId('share-make').click();
  const link = await app.page.getByTestId('share-link').inputValue();
  const fragment = link.slice(link.indexOf('#'));
  out.push(`${id}: ${link.length} characters (fragment ${fragment.length})`);
}
await app.close();
console.log(`share links: ${out.join('; ')}`);
