// Workspaces with imported data for the benchmarks: jobindsats.dk-style files (the long
// layout `Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner`, monthly periods `2016M01`…,
// decimal comma) and their import through the app's real file input on `#/import`, as a user
// does it, with every area kept. Nothing here starts a browser: pass the object `start()` in
// tests/e2e/harness.mjs returns.
//
//   import { comparedAreasFile, allMunicipalitiesFile, writeCsv, importFile } from './workspace-data.mjs';
//   const file = writeCsv(dir, allMunicipalitiesFile());   // 98 × 20 × 120 = 235.200 values
//   const report = await importFile(app, file.path, { allAreas: true });
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The 98 Danish municipalities (since 2007), by region. "Hele landet" is not one of them. */
export const MUNICIPALITIES = Object.freeze([
  // Region Hovedstaden (29)
  'Albertslund', 'Allerød', 'Ballerup', 'Bornholm', 'Brøndby', 'Dragør', 'Egedal', 'Fredensborg',
  'Frederiksberg', 'Frederikssund', 'Furesø', 'Gentofte', 'Gladsaxe', 'Glostrup', 'Gribskov',
  'Halsnæs', 'Helsingør', 'Herlev', 'Hillerød', 'Hvidovre', 'Høje-Taastrup', 'Hørsholm', 'Ishøj',
  'København', 'Lyngby-Taarbæk', 'Rudersdal', 'Rødovre', 'Tårnby', 'Vallensbæk',
  // Region Sjælland (17)
  'Faxe', 'Greve', 'Guldborgsund', 'Holbæk', 'Kalundborg', 'Køge', 'Lejre', 'Lolland', 'Næstved',
  'Odsherred', 'Ringsted', 'Roskilde', 'Slagelse', 'Solrød', 'Sorø', 'Stevns', 'Vordingborg',
  // Region Syddanmark (22)
  'Assens', 'Billund', 'Esbjerg', 'Fanø', 'Fredericia', 'Faaborg-Midtfyn', 'Haderslev', 'Kerteminde',
  'Kolding', 'Langeland', 'Middelfart', 'Nordfyns', 'Nyborg', 'Odense', 'Svendborg', 'Sønderborg',
  'Tønder', 'Varde', 'Vejen', 'Vejle', 'Ærø', 'Aabenraa',
  // Region Midtjylland (19)
  'Favrskov', 'Hedensted', 'Herning', 'Holstebro', 'Horsens', 'Ikast-Brande', 'Lemvig', 'Norddjurs',
  'Odder', 'Randers', 'Ringkøbing-Skjern', 'Samsø', 'Silkeborg', 'Skanderborg', 'Skive', 'Struer',
  'Syddjurs', 'Viborg', 'Aarhus',
  // Region Nordjylland (11)
  'Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Læsø', 'Mariagerfjord', 'Morsø',
  'Rebild', 'Thisted', 'Vesthimmerland', 'Aalborg',
]);

/** The municipality of the default workspace, and the country as jobindsats.dk names it. */
export const OWN = 'Slagelse';
export const NATIONAL = 'Hele landet';

/** 20 benefit groups (jobindsats.dk's "Ydelsesgrupper"): 20 indicators per file. */
export const GROUPS = Object.freeze([
  'A-dagpenge', 'Arbejdsmarkedsydelse', 'Kontanthjælp', 'Uddannelseshjælp',
  'Selvforsørgelses- og hjemrejseydelse', 'Overgangsydelse', 'Sygedagpenge', 'Jobafklaringsforløb',
  'Ressourceforløb', 'Ledighedsydelse', 'Fleksjob', 'Førtidspension', 'Revalidering',
  'Forrevalidering', 'Efterløn', 'Seniorpension', 'Tidlig pension', 'Barselsdagpenge',
  'Særlig støtte', 'Kontantydelse',
]);

/** The comparable municipalities of the default workspace, read from the core's CLUSTER. */
export const CLUSTER = Object.freeze(readCluster());

function readCluster() {
  const file = new URL('../crates/core/src/defaults.rs', import.meta.url);
  const source = readFileSync(file, 'utf8');
  const m = source.match(/pub const CLUSTER: \[&str; (\d+)\] = \[([^\]]*)\]/);
  if (!m) throw new Error(`no "pub const CLUSTER" in ${file.pathname}`);
  const names = [...m[2].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
  if (names.length !== Number(m[1])) throw new Error(`CLUSTER in ${file.pathname}: ${names.length} names, not ${m[1]}`);
  const unknown = names.filter((n) => !MUNICIPALITIES.includes(n));
  if (unknown.length) throw new Error(`CLUSTER names that are not municipalities here: ${unknown.join(', ')}`);
  return names;
}

if (MUNICIPALITIES.length !== 98 || new Set(MUNICIPALITIES).size !== 98 || !MUNICIPALITIES.includes(OWN)) {
  throw new Error('the list of municipalities must hold 98 different names, Slagelse among them');
}
if (GROUPS.length !== 20 || new Set(GROUPS).size !== 20) throw new Error('20 different groups');

/** 36720 → "36.720" (Danish digit grouping). */
export function danish(n) {
  const [int, frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

/**
 * A jobindsats.dk long-layout file: one row (one value) per area, benefit group and month,
 * sorted as jobindsats.dk sorts them (area, group, period). Values are full-time persons with
 * one decimal, Danish style ("1.234,5"), deterministic (the same file every run).
 */
export function jobindsatsCsv({ name, areas, groups = GROUPS, months, firstYear = 2016 }) {
  const lines = ['Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner'];
  for (const [a, area] of areas.entries()) {
    // The country is about 60 municipalities; the rest vary in size.
    const size = area === NATIONAL ? 60 : 0.3 + ((a * 37) % 17) / 8;
    for (const [g, group] of groups.entries()) {
      const base = 40 + ((g * 53) % 29) * 25;
      for (let month = 0; month < months; month++) {
        const y = firstYear + Math.floor(month / 12);
        const m = String((month % 12) + 1).padStart(2, '0');
        const season = 1 + 0.08 * Math.sin((2 * Math.PI * (month % 12)) / 12 + g);
        const trend = 1 - 0.002 * month;
        const noise = (((a + 1) * 7919 + (g + 1) * 104729 + month * 1299709) % 1000) / 10000;
        const tenths = Math.max(1, Math.round(base * size * season * trend * (1 + noise) * 10));
        const value = `${danish(Math.floor(tenths / 10))},${tenths % 10}`;
        lines.push(`${area};${y}M${m};${group};${value}`);
      }
    }
  }
  const values = areas.length * groups.length * months;
  return {
    name,
    text: lines.join('\n') + '\n',
    values,
    areas: areas.length,
    groups: groups.length,
    months,
    shape: `${areas.length} areas × ${groups.length} groups × ${months} months`,
  };
}

/** (b) Slagelse, the whole country and the 15 comparable municipalities, 2016M01–2024M12: 36.720 values. */
export function comparedAreasFile() {
  const file = jobindsatsCsv({
    name: 'sammenlignede-omraader.csv',
    areas: [OWN, NATIONAL, ...CLUSTER],
    months: 108,
  });
  if (file.values !== 36_720) throw new Error(`the compared-areas file has ${file.values} values, not 36.720`);
  return file;
}

/** (c) All 98 municipalities, 2016M01–2025M12: 235.200 values. */
export function allMunicipalitiesFile() {
  const file = jobindsatsCsv({
    name: 'alle-kommuner.csv',
    areas: [...MUNICIPALITIES],
    months: 120,
  });
  file.shape = `98 municipalities × ${file.groups} groups × ${file.months} months`;
  if (file.values !== 235_200) throw new Error(`the all-municipalities file has ${file.values} values, not 235.200`);
  return file;
}

/** Writes a generated file into `dir`; returns it with its `path` and size in `bytes`. */
export function writeCsv(dir, file) {
  const path = join(dir, file.name);
  writeFileSync(path, file.text);
  return { ...file, path, bytes: Buffer.byteLength(file.text) };
}

/**
 * Counts the imported values the page shows, from the indicator list on the Import view
 * (`[data-testid=indicators]`: one row per indicator with its number of areas and values).
 * Runs in the page; self-contained so it can be sent as a string. Returns null while the
 * view shows neither the list nor "no imports yet".
 */
export function countShownValues() {
  const digits = (s) => Number(String(s).replace(/\D/g, '') || 0);
  const table = document.querySelector('[data-testid=indicators]');
  if (!table) {
    return document.querySelector('[data-testid=imports-none]') ? { values: 0, areas: 0, indicators: 0 } : null;
  }
  const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  let vi = heads.findIndex((h) => /^(Værdier|Values)$/i.test(h));
  let ai = heads.findIndex((h) => /^(Områder|Areas)$/i.test(h));
  if (vi < 0) vi = 3;
  if (ai < 0) ai = 1;
  let values = 0;
  let areas = 0;
  const rows = table.querySelectorAll('tbody tr');
  for (const tr of rows) {
    const cells = tr.querySelectorAll('td, th');
    values += digits(cells[vi]?.textContent);
    areas = Math.max(areas, digits(cells[ai]?.textContent));
  }
  return { values, areas, indicators: rows.length };
}

/** The expression `page.waitForFunction` needs: true when the page shows `expected` values. */
export const showsValues = (expected) => `(${countShownValues})()?.values === ${Number(expected)}`;

/** Opens the Import view and returns what it shows as imported ({values, areas, indicators}). */
export async function shownValues(app, { timeout = 60_000 } = {}) {
  await app.open('#/import');
  const handle = await app.page.waitForFunction(`(${countShownValues})()`, null, { timeout });
  return handle.jsonValue();
}

const banner = async (page, id) => {
  const el = page.getByTestId(id);
  return (await el.count()) ? (await el.first().textContent()).trim().replace(/\s+/g, ' ') : null;
};

/**
 * Imports `path` through the real file input on `#/import` and waits until the import is
 * applied: the preview has read every row, the areas are chosen (`allAreas`: every area in the
 * file, `import-areas-all`; otherwise only the compared ones), "Importér" is clicked, the app
 * reports the import (`import-result`) and the Import view's list shows the new values. Throws
 * with the app's own message when the file is refused or the import cannot be saved.
 * Returns {values (read from the file), kept (now shown), stored (total shown), ms, result}.
 */
export async function importFile(app, path, { allAreas = true, timeout = 180_000 } = {}) {
  const { page } = app;
  const before = await shownValues(app, { timeout });
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(path, { timeout });
  await page
    .locator('[data-testid=import-summary], [data-testid=import-error]')
    .first()
    .waitFor({ timeout });
  const refused = await banner(page, 'import-error');
  if (refused) throw new Error(`the file was refused: ${refused}`);
  const summary = page.getByTestId('import-summary');
  const values = Number(await summary.getAttribute('data-values'));
  if (allAreas) await page.getByTestId('import-areas-all').check({ timeout });
  else await page.getByTestId('import-areas-compared').check({ timeout });
  await page.getByTestId('import-confirm').click({ timeout });
  await page
    .locator('[data-testid=import-result], [data-testid=import-save-failed], [data-testid=save-error]')
    .first()
    .waitFor({ timeout });
  const failed = (await banner(page, 'import-save-failed')) ?? (await banner(page, 'save-error'));
  if (failed) throw new Error(`the import was not saved: ${failed}`);
  const result = await banner(page, 'import-result');
  // Applied: the list of what is imported shows more values than before.
  let shown;
  try {
    const handle = await page.waitForFunction(
      `(() => { const shown = (${countShownValues})(); return shown && shown.values > ${before.values} && shown; })()`,
      null,
      { timeout },
    );
    shown = await handle.jsonValue();
  } catch (e) {
    if (!/Timeout/i.test(String(e))) throw e;
    const now = await page.evaluate(`(${countShownValues})()`);
    throw new Error(
      `the app reported the import ("${result}") but its list shows ${now ? danish(now.values) : 'no count of'} values (${danish(before.values)} before)`,
    );
  }
  return { values, kept: shown.values - before.values, stored: shown.values, shown, ms: Date.now() - t0, result };
}
