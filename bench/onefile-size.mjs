// The size of the one-file app (the page, its files and the default workspace in one HTML
// file), made by the app itself in headless Chromium as a user makes it (Om appen → one file).
import { statSync } from 'node:fs';
import { start } from '../tests/e2e/harness.mjs';

const app = await start();
await app.open('#/om');
const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('single-file').click()]);
const bytes = statSync(await download.path()).size;
await app.close();
console.log(`one-file app: ${(bytes / 1024 / 1024).toFixed(2)} MB (${(bytes / 1024).toFixed(1)} KB), default workspace inside`);
