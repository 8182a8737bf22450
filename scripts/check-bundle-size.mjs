/**
 * Bundle budget: the JavaScript the browser loads for the first screen (the entry chunk, every
 * chunk it imports statically, and the overview route with its static imports), gzipped. Prints
 * the figure; exits non-zero above the budget. Needs a build with the Vite manifest (npm run build).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 300;
const FIRST_SCREEN_ROUTE = 'src/features/overview/OverviewPage.tsx';
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error('No entry chunk in the Vite manifest.');
collect(entry[0]);
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
console.log(`First-screen JavaScript: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(
    `Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB: load heavy libraries on demand.`,
  );
  process.exit(1);
}
