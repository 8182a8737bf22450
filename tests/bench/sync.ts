/**
 * The shared plan's benchmarks (issue 17), run by `npm run bench` after the app's:
 *
 * - sync-pull: the 100x workspace (20,000 actions, 160,000 updates, 300,000 audit entries) set up
 *   on the server, then pulled whole by a fresh Chromium profile (the join, every row and audit
 *   entry, and the checkpoint verified against the entries received), as a ratio to a raw
 *   IndexedDB bulk write of the same rows in the same run.
 * - sync-push: 50 concurrent clients × 100 mutations each against the server (plain fetch, one
 *   push per mutation, one in ten sent twice as if its answer was lost): push latency percentiles,
 *   and afterwards the server checked for lost, duplicated or out-of-sequence mutations.
 *
 * Each runs on PGlite and, when PostgreSQL's binaries are installed, on PostgreSQL.
 * BENCH_RUNS (default 3) and BENCH_SCALES (e.g. "sync-push") as for the app's benchmark;
 * BENCH_PULL_ACTIONS shrinks the pulled workspace for a quick look.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { chromium } from 'playwright-core';
import { findChromium, NO_BROWSER_MESSAGE } from '../../scripts/find-chromium.mjs';
import type { AuditContent } from '../../src/domain/audit';
import { verifyChain } from '../../src/domain/audit';
import type { Mutation, SetupRequest } from '../../src/domain/syncSchema';
import { openDatabase } from '../../src/server/database';
import { setUp } from '../../src/server/store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/identity/demoAccounts';
import {
  DEV_AUDIENCE,
  DEV_CLIENT_ID,
  type DevProvider,
} from '../../src/server/identity/devProvider';
import { signIn } from '../server/identity';
import { action } from '../fixtures/actions';
import { startPostgresCluster } from '../server/postgresCluster';
import { seedTables } from '../server/shared';
import { generate, generateAudit } from './generate';
import { rawWrite } from './rawWrite';
import { medianOfRuns, percentile } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const wanted = (name: string) =>
  !process.env.BENCH_SCALES || process.env.BENCH_SCALES.split(',').includes(name);
const PULL_ACTIONS = Number(process.env.BENCH_PULL_ACTIONS ?? 20_000);
const PULL_AUDIT = PULL_ACTIONS * 15;
const CLIENTS = 50;
const MUTATIONS = 100;
const PORT = 4178;
const BASE = `http://127.0.0.1:${PORT}`;
const WORKSPACE_ID = '5e7c3b1a-0d2f-4c55-9a51-0123456789ab';

interface Engine {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** A fresh, empty database: its options for openDatabase and for the server's environment. */
  fresh(): Promise<{ dataDir: string; url?: string; drop(): Promise<void> }>;
}

async function engines(): Promise<{ list: Engine[]; stop(): void }> {
  const pglite: Engine = {
    name: 'PGlite',
    fresh: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'safetynet-bench-'));
      return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  };
  let cluster: Awaited<ReturnType<typeof startPostgresCluster>> | null = null;
  try {
    cluster = await startPostgresCluster();
  } catch (error) {
    console.log(`PostgreSQL not measured: ${(error as Error).message}`);
  }
  const admin = cluster?.url;
  const postgres: Engine | null = admin
    ? {
        name: 'PostgreSQL',
        fresh: async () => {
          const pg = (await import('pg')).default;
          const name = `bench_${crypto.randomUUID().replaceAll('-', '')}`;
          const client = new pg.Client({ connectionString: admin });
          await client.connect();
          await client.query(`create database ${name}`);
          await client.end();
          const dataDir = mkdtempSync(join(tmpdir(), 'safetynet-bench-'));
          return {
            dataDir,
            url: admin.replace(/\/[^/]*$/, `/${name}`),
            drop: async () => {
              rmSync(dataDir, { recursive: true, force: true });
              const dropper = new pg.Client({ connectionString: admin });
              await dropper.connect();
              await dropper.query(`drop database if exists ${name} with (force)`);
              await dropper.end();
            },
          };
        },
      }
    : null;
  return { list: postgres ? [pglite, postgres] : [pglite], stop: () => cluster?.stop() };
}

/** The server as `npm run server` runs it, in its own process. */
async function startServer(dataDir: string, url?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR: dataDir,
      STATIC_DIR: 'dist',
      // 50 clients from one machine, as one person: far beyond what a person's limits allow.
      RATE_LIMIT_SCALE: '1000',
      ...(url ? { DATABASE_URL: url } : {}),
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error('The server did not start.');
}

async function stopServer(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const MANAGER = DEMO_ACCOUNTS[0] ?? { id: 'demo-manager', email: '', name: '' };

/**
 * The workspace set up on the server directly (as first setup would store it), by the demo
 * manager, who is made its member as the set-up code would.
 */
async function setUpLarge(target: { dataDir: string; url?: string }, data: SetupData) {
  const db = await openDatabase(target.url ? { url: target.url } : { dataDir: target.dataDir });
  try {
    const member = {
      email: MANAGER.email,
      name: MANAGER.name,
      role: 'manager' as const,
      bodyIds: [],
    };
    await db
      .insertInto('members')
      .values({
        email: member.email,
        name: member.name,
        role: member.role,
        body_ids: '[]',
        added_by: 'the benchmark',
        added_at: new Date().toISOString(),
      })
      .execute();
    await setUp(db, data.request, {
      subject: MANAGER.id,
      email: MANAGER.email,
      name: MANAGER.name,
      member,
    });
  } finally {
    await db.destroy();
  }
}

interface SetupData {
  readonly request: SetupRequest;
  readonly rows: { actions: unknown[]; updates: unknown[]; audit: unknown[] };
}

function pullData(): SetupData {
  const { actions, updates } = generate(PULL_ACTIONS, 8);
  const audit = generateAudit(PULL_AUDIT, actions);
  return {
    request: {
      workspaceId: WORKSPACE_ID,
      deviceId: crypto.randomUUID(),
      tables: seedTables({ actions, updates }),
      audit: audit as unknown as SetupRequest['audit'],
    },
    rows: {
      actions,
      updates,
      audit: audit.map((entry, i) => ({ ...entry, seq: i + 1 })),
    },
  };
}

/** One fresh profile joins the shared plan; another writes the same rows raw (the baseline). */
async function firstPull(executablePath: string, data: SetupData): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const joining = await browser.newPage();
    await joining.goto(BASE);
    // Signing in through the development provider's page; the join starts on the way back.
    await joining.getByRole('button', { name: 'Sign in' }).click();
    await joining.getByLabel('Email address').fill(MANAGER.email);
    await joining.getByLabel('Password').fill(DEMO_PASSWORD);
    const started = performance.now();
    await joining.getByRole('button', { name: 'Sign in' }).click();
    await joining
      .getByRole('banner')
      .getByText(/^Synced/)
      .waitFor({ timeout: 30 * 60_000 });
    const pulled = performance.now() - started;
    // Counted in the page (no named functions inside: the bundler would rename them).
    const [actions, updates, audit] = await joining.evaluate(
      (stores) =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('safetynet-planner');
          open.onsuccess = () => {
            const tx = open.result.transaction(stores);
            const requests = stores.map((store) => tx.objectStore(store).count());
            tx.oncomplete = () => resolve(requests.map((request) => request.result));
          };
        }),
      ['actions', 'updates', 'audit'],
    );
    const held = { actions, updates, audit };
    if (
      held.actions !== data.rows.actions.length ||
      held.updates !== data.rows.updates.length ||
      // …and the server's own entry: who set the plan up.
      held.audit !== data.rows.audit.length + 1
    ) {
      throw new Error(`The pull did not bring everything: ${JSON.stringify(held)}`);
    }
    await joining.close();

    // The baseline: the same rows put raw into a fresh profile's stores (the server not asked).
    const context = await browser.newContext();
    const raw = await context.newPage();
    await raw.route('**/api/**', (route) => route.abort());
    await raw.goto(BASE);
    await raw.getByRole('heading', { level: 1 }).first().waitFor();
    const baseline =
      (await rawWrite(raw, 'actions', data.rows.actions)) +
      (await rawWrite(raw, 'updates', data.rows.updates)) +
      (await rawWrite(raw, 'audit', data.rows.audit));
    await context.close();
    return {
      'first pull, navigation to synced (ms)': pulled,
      'raw bulk write of the same rows (baseline, ms)': baseline,
      'first pull ÷ raw bulk write': pulled / baseline,
    };
  } finally {
    await browser.close();
  }
}

/** A small valid workspace for the push benchmark. */
function pushSetup(): SetupRequest {
  return {
    workspaceId: WORKSPACE_ID,
    deviceId: crypto.randomUUID(),
    tables: seedTables({ actions: [] }),
    audit: [],
  };
}

function newActionMutation(client: number, n: number): Mutation {
  const id = `c${client}-m${n}-${crypto.randomUUID()}`;
  const row = action({
    id,
    ref: `GYV-${client * 1000 + n}`,
    title: `Client ${client}, change ${n}`,
  });
  const content: AuditContent = {
    at: new Date().toISOString(),
    actor: `Officer ${client}`,
    actorRole: 'manager',
    kind: 'create',
    entityType: 'action',
    entityId: id,
    summary: `Created action ${row.ref}`,
    before: null,
    after: row,
  };
  return {
    id: crypto.randomUUID(),
    name: 'create action',
    at: content.at,
    changes: [
      { table: 'actions', key: id, base: null, row: row as unknown as Record<string, unknown> },
    ],
    audit: [{ content, deviceHash: 'd'.repeat(64) }],
  };
}

/** 50 clients, each sending its 100 mutations one at a time, all at once. */
async function concurrentPushes(token: string) {
  const latencies: number[] = [];
  let replays = 0;
  const client = async (index: number) => {
    const deviceId = crypto.randomUUID();
    for (let n = 0; n < MUTATIONS; n += 1) {
      const mutation = newActionMutation(index, n);
      const send = async () => {
        const started = performance.now();
        const response = await fetch(`${BASE}/api/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ workspaceId: WORKSPACE_ID, deviceId, mutations: [mutation] }),
        });
        const answer = (await response.json()) as { results?: { status: string }[] };
        latencies.push(performance.now() - started);
        if (response.status !== 200 || answer.results?.[0]?.status !== 'applied') {
          throw new Error(`Push refused: ${response.status} ${JSON.stringify(answer)}`);
        }
      };
      await send();
      // One in ten sent again, as a client does when the answer was lost on the way.
      if (n % 10 === 0) {
        replays += 1;
        await send();
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  const elapsed = performance.now() - started;
  return {
    'pushes sent (incl. replays)': latencies.length,
    'replays answered from the log': replays,
    'push latency p50 (ms)': percentile(latencies, 50),
    'push latency p95 (ms)': percentile(latencies, 95),
    'push latency max (ms)': Math.max(...latencies),
    'throughput (pushes/s)': (latencies.length / elapsed) * 1000,
  };
}

/** What the server holds afterwards: every mutation once, the log without a gap, one chain. */
async function heldAfterPushes(target: { dataDir: string; url?: string }) {
  const db = await openDatabase(target.url ? { url: target.url } : { dataDir: target.dataDir });
  try {
    const [mutations, actions, audit, log] = await Promise.all([
      sql<{ n: string }>`select count(*) as n from mutations where seq is not null`.execute(db),
      sql<{ n: string }>`select count(*) as n from rows where tbl = 'actions'`.execute(db),
      db.selectFrom('audit').selectAll().orderBy('seq').execute(),
      sql<{ seq: number }>`select seq from mutations where seq is not null order by seq`.execute(
        db,
      ),
    ]);
    const expected = CLIENTS * MUTATIONS;
    const seqs = log.rows.map((row) => Number(row.seq));
    const gaps = seqs.filter((seq, i) => seq !== i + 1).length;
    const chain = verifyChain(
      audit.map((row) => ({
        ...(row.entry as AuditContent & { hash: string; prevHash: string }),
        seq: row.seq,
      })),
    );
    return {
      'mutations lost': expected - (Number(mutations.rows[0]?.n) - 1),
      'mutations duplicated': Number(actions.rows[0]?.n) - expected,
      'gaps in the sequence': gaps,
      'audit chain intact (1 = yes)': chain.intact ? 1 : 0,
    };
  } finally {
    await db.destroy();
  }
}

async function main() {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  if (!wanted('sync-pull') && !wanted('sync-push')) return;
  console.log('\nBuilding the production app for the shared-plan benchmarks…');
  execSync('npx vite build', { stdio: 'ignore' });
  const { list, stop } = await engines();
  const results: Record<string, Record<string, number>> = {};
  try {
    const collect = async (
      name: string,
      runOnce: (
        target: { dataDir: string; url?: string },
        engine: Engine,
      ) => Promise<Record<string, number>>,
    ) => {
      for (const engine of list) {
        const runs: Record<string, number>[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const target = await engine.fresh();
          try {
            runs.push(await runOnce(target, engine));
          } finally {
            await target.drop();
          }
        }
        const figures: Record<string, number> = medianOfRuns(runs);
        results[`${name} on ${engine.name}`] = figures;
        console.log(`\n${name} on ${engine.name} (median of ${RUNS})`);
        for (const [key, value] of Object.entries(figures)) {
          console.log(
            `  ${key.padEnd(48)} ${value.toFixed(key.includes('÷') ? 2 : 0).padStart(10)}`,
          );
        }
      }
    };
    if (wanted('sync-pull')) {
      const data = pullData();
      console.log(
        `\nsync-pull: ${data.rows.actions.length} actions, ${data.rows.updates.length} updates, ${data.rows.audit.length} audit entries`,
      );
      await collect('first pull', async (target) => {
        await setUpLarge(target, data);
        const server = await startServer(target.dataDir, target.url);
        try {
          return await firstPull(executablePath, data);
        } finally {
          await stopServer(server);
        }
      });
    }
    if (wanted('sync-push')) {
      console.log(`\nsync-push: ${CLIENTS} clients × ${MUTATIONS} mutations`);
      await collect('concurrent pushes', async (target) => {
        await setUpLarge(target, {
          request: pushSetup(),
          rows: { actions: [], updates: [], audit: [] },
        });
        const server = await startServer(target.dataDir, target.url);
        let pushed: Record<string, number>;
        try {
          const { access } = await signIn(
            {
              url: BASE,
              devProvider: {
                issuer: `${BASE}/oidc`,
                clientId: DEV_CLIENT_ID,
                audience: DEV_AUDIENCE,
              } as DevProvider,
            },
            MANAGER.email,
          );
          pushed = await concurrentPushes(access);
        } finally {
          await stopServer(server);
        }
        return { ...pushed, ...(await heldAfterPushes(target)) };
      });
    }
  } finally {
    stop();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/sync.json',
    JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, results }, null, 2),
  );
  console.log(
    `\n${new Date().toISOString().slice(0, 10)} on ${machine}; written to bench-results/sync.json`,
  );
}

await main();
