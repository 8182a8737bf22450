/**
 * Dependency audit, run by npm test. Policy:
 * - a high or critical advisory in a production dependency (what ships to the browser) fails;
 * - moderate and low ones, and anything in development-only tools, are printed, not failed;
 * - when the registry's advisory service cannot be reached (offline, or a proxy that refuses it),
 *   the audit says so and is skipped rather than failing every build on a network problem.
 */
import { spawnSync } from 'node:child_process';

const lastLine = (text) => (text || '').trim().split('\n').pop() || 'no report';

function audit(args) {
  const run = spawnSync('npm', ['audit', '--json', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  try {
    const report = JSON.parse(run.stdout || '{}');
    if (report.metadata?.vulnerabilities) return report;
    return { error: report.error?.summary || report.message || lastLine(run.stderr) };
  } catch {
    return { error: lastLine(run.stderr) };
  }
}

const production = audit(['--omit=dev']);
if ('error' in production) {
  console.log(
    `Dependency audit skipped: the advisory service could not be reached (${production.error}).`,
  );
  process.exit(0);
}
const all = audit([]);
const count = (report) => report.metadata.vulnerabilities;
const p = count(production);
console.log(
  `Dependency audit, production: ${p.critical} critical, ${p.high} high, ${p.moderate} moderate, ${p.low} low.`,
);
if (!('error' in all)) {
  const a = count(all);
  console.log(
    `Dependency audit, with development tools: ${a.critical} critical, ${a.high} high, ${a.moderate} moderate, ${a.low} low (reported, not failed).`,
  );
}
if (p.critical + p.high > 0) {
  for (const [name, v] of Object.entries(production.vulnerabilities ?? {}))
    if (['high', 'critical'].includes(v.severity)) console.error(`  ${v.severity}: ${name}`);
  console.error(
    'A production dependency has a high or critical advisory: upgrade it or replace it.',
  );
  process.exit(1);
}
