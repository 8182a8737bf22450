/**
 * Bundle budget: the JavaScript the browser loads for the first screen (what index.html loads or
 * asks for ahead, every chunk those import statically, and the overview route with its static
 * imports, should it be split off again), gzipped. Prints
 * the figure; exits non-zero above the budget. Needs a build with the Vite manifest (npm run build).
 *
 * It also checks the styles: the app imports Mantine's CSS one component at a time
 * (src/app/styles.ts), so every Mantine class the built JavaScript uses must be defined in the
 * built CSS. A missing one names the Mantine file to add.
 *
 * And the files index.html lists for `main.tsx` to ask for ahead (src/app/codeAhead.ts): every one
 * must have been built, every page module loaded on demand must be listed, and the size of what
 * opening the workspace loads (asked for at every start) is printed. And index.html must ask ahead
 * for every file the entry starts the app with. And no page may ask for more than `MAX_PAGE_FILES`
 * files of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 200;
/** The most files a page may ask for beyond the first screen's and the opening's. */
const MAX_PAGE_FILES = 20;
const FIRST_SCREEN_ROUTE = 'src/features/overview/OverviewPage.tsx';
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const files = new Set();
const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
/** Adds a chunk's file, and those of every chunk it imports statically, to `into`. */
function collect(key, into = files) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported, into);
}
// What index.html loads (its script, what that starts, the modules it asks for ahead), then the
// overview route.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const loaded = [
  ...html.matchAll(
    /<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/([^"]+\.js)"/g,
  ),
];
if (loaded.length === 0) throw new Error('index.html loads no module.');
for (const [, file] of loaded) {
  if (!byFile.has(file))
    throw new Error(`${file}, loaded by index.html, is not in the Vite manifest.`);
  collect(byFile.get(file));
  // The entry starts the app once the first paint is done: that is first-screen code too.
  if (manifest[byFile.get(file)].isEntry)
    for (const started of manifest[byFile.get(file)].dynamicImports ?? []) collect(started);
}
collect(FIRST_SCREEN_ROUTE);

let total = 0;
const rows = [...files].map((file) => {
  const gzipped = gzipSync(readFileSync(join(dist, file))).length;
  total += gzipped;
  return { file, kb: gzipped / 1024 };
});
rows.sort((a, b) => b.kb - a.kb);
for (const row of rows) console.log(`  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
const totalKb = total / 1024;
const cssFiles = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))];
console.log(
  `First-screen CSS: ${(cssFiles.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024).toFixed(1)} KB gzip`,
);
const codeAhead = listedCode(html);
const unlisted = unlistedPages(codeAhead);
if (unlisted.length > 0) {
  console.error(`index.html does not list these pages' files: ${unlisted.join(', ')}`);
  process.exit(1);
}
const notAhead = notAskedAhead(new Set(loaded.map(([, file]) => file)));
if (notAhead.length > 0) {
  console.error(
    `index.html does not ask ahead for the code the entry starts the app with: ${notAhead.join(', ')}`,
  );
  process.exit(1);
}
const missing = missingMantineStyles(cssFiles);
if (missing.length > 0) {
  console.error(`Mantine classes used but not styled; import these in src/app/styles.ts:`);
  for (const { file, classes } of missing)
    console.error(`  @mantine/core/styles/${file} (${classes.join(', ')})`);
  process.exit(1);
}
// Asked for at every start, before the first paint, though a first visit alone runs it (the seed).
const openingKb =
  codeAhead.opening.reduce(
    (sum, index) => sum + gzipSync(readFileSync(join(dist, codeAhead.files[index]))).length,
    0,
  ) / 1024;
console.log(`Opening the workspace, asked for ahead: ${openingKb.toFixed(1)} KB gzip`);
const crowded = crowdedPages(codeAhead);
if (crowded.over.length > 0) {
  console.error(
    `These pages ask for more than ${MAX_PAGE_FILES} files of their own; group their small shared files (vite.config.ts): ${crowded.over.join(', ')}`,
  );
  process.exit(1);
}
console.log(
  `A page's own files, at most: ${crowded.most.count} (/${crowded.most.path}; budget ${MAX_PAGE_FILES})`,
);
console.log(`First-screen JavaScript: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(
    `Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB: load heavy libraries on demand.`,
  );
  process.exit(1);
}

/**
 * Each page's files beyond the first screen's and the opening's, counted: on a phone's connection
 * each is a round trip, and a server speaking HTTP/1.1 serves six at a time (decision 0011, tenth
 * pass: `/plans` asked for 18, the indicator editors for 27, before the code-splitting groups).
 */
function crowdedPages({ opening, pages }) {
  const openingFiles = new Set(opening);
  const counts = Object.entries(pages).map(([path, indexes]) => ({
    path,
    count: indexes.filter((index) => !openingFiles.has(index)).length,
  }));
  const most = counts.reduce((a, b) => (b.count > a.count ? b : a));
  const over = counts.filter(({ count }) => count > MAX_PAGE_FILES);
  return { most, over: over.map(({ path, count }) => `/${path} (${count})`) };
}

/** The files index.html lists for `main.tsx` to ask for ahead; one not built throws. */
function listedCode(html) {
  const listed = /<script type="application\/json" id="code-ahead">([^<]*)<\/script>/.exec(html);
  if (!listed) throw new Error('index.html lists no files to ask for ahead (id="code-ahead").');
  const code = JSON.parse(listed[1]);
  for (const file of code.files)
    if (!byFile.has(file)) throw new Error(`${file}, listed in index.html, was not built.`);
  return code;
}

/**
 * The files the entry starts the app with (`main.tsx`'s imports after the first paint, and what
 * they import) that index.html neither loads nor asks for ahead: each would be fetched only once
 * the page had painted, a round trip or more on a phone's connection. A change to how the bundler
 * lays the first screen out (a top-level `await` in the app's start did) shows here rather than
 * only as a smaller first-screen figure.
 */
function notAskedAhead(ahead) {
  const started = new Set();
  for (const entry of Object.values(manifest).filter((chunk) => chunk.isEntry))
    for (const key of entry.dynamicImports ?? []) collect(key, started);
  if (started.size === 0) return ['(the entry starts nothing: the app would not run)'];
  return [...started].filter((file) => !ahead.has(file));
}

/** Pages loaded on demand whose files index.html's list leaves out. */
function unlistedPages({ files }) {
  return Object.entries(manifest)
    .filter(
      ([key, chunk]) =>
        chunk.isDynamicEntry && /^src\/features\/[^/]+\/[^/]+Pages?\.tsx$/.test(key),
    )
    .filter(([, chunk]) => !files.includes(chunk.file))
    .map(([key]) => key);
}

/** Mantine's class names (m_ and 8 hex digits) in the built JavaScript with no rule in the CSS. */
function missingMantineStyles(cssFiles) {
  const css = cssFiles.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
  const scripts = readdirSync(join(dist, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dist, 'assets', file), 'utf8'))
    .join('\n');
  const used = new Set(scripts.match(/\bm_[0-9a-f]{8}\b/g) ?? []);
  const unstyled = [...used].filter((name) => !css.includes(`.${name}`));
  const stylesDir = 'node_modules/@mantine/core/styles';
  const byFile = new Map();
  for (const file of readdirSync(stylesDir).filter((f) => /^[A-Z].*(?<!layer)\.css$/.test(f))) {
    const text = readFileSync(join(stylesDir, file), 'utf8');
    const classes = unstyled.filter((name) => text.includes(`.${name}`));
    if (classes.length > 0) byFile.set(file, classes);
  }
  return [...byFile].map(([file, classes]) => ({ file, classes }));
}
