/** Building blocks for the server's tests: a set-up workspace, mutations, and what is stored. */
import { sql } from 'kysely';
import { chainEntry, GENESIS_HASH, type AuditContent } from '../../src/domain/audit';
import type { Change, Mutation } from '../../src/domain/syncSchema';
import type { SetupRequest } from '../../src/domain/syncSchema';
import { buildSeedWorkspace } from '../../src/db/seed';
import type { ServerDatabase } from '../../src/server/database';
import { action } from '../fixtures/actions';

export const WORKSPACE_ID = '6f1c1a52-52a4-4a3e-9c4f-3b8f4a1d2e01';
export const DEVICE_A = '0b6f5a5e-1111-4c1c-8f3e-5d2d6a0b0a01';
export const DEVICE_B = '0b6f5a5e-2222-4c1c-8f3e-5d2d6a0b0a02';

const content = (summary: string, entityId = 'workspace'): AuditContent => ({
  at: '2026-04-01T09:00:00.000Z',
  actor: 'Community safety manager',
  actorRole: 'manager',
  kind: 'update',
  entityType: 'action',
  entityId,
  summary,
  before: null,
  after: null,
});

/** The report's seed data (the plan's tables as first setup sends them), with more rows added. */
export function seedTables(more: Record<string, readonly unknown[]>): SetupRequest['tables'] {
  const seed = buildSeedWorkspace('2026-05-01', '2026-04-01T09:00:00.000Z');
  return {
    bodies: seed.bodies,
    recommendations: seed.recommendations,
    swotItems: seed.swotItems,
    fourPRows: seed.fourPRows,
    themes: seed.themes,
    objectives: seed.objectives,
    indicators: seed.indicators,
    ...more,
  } as unknown as SetupRequest['tables'];
}

/** The report's seed data and one action, with the device's audit trail, as first setup sends it. */
export function setupRequest(): SetupRequest {
  const seeded = chainEntry(
    { ...content('Workspace seeded'), kind: 'seed', entityType: 'workspace' },
    GENESIS_HASH,
  );
  return {
    workspaceId: WORKSPACE_ID,
    deviceId: DEVICE_A,
    tables: seedTables({
      actions: [action({ id: 'a-1', ref: 'GYV-01' }), action({ id: 'a-2', ref: 'GYV-02' })],
    }),
    audit: [{ ...seeded, seq: 1 }] as unknown as SetupRequest['audit'],
  };
}

/** A mutation changing actions, each with its base version; one audit entry per change. */
export function mutation(changes: Change[], name: Mutation['name'] = 'update action'): Mutation {
  return {
    id: crypto.randomUUID(),
    name,
    at: '2026-05-02T10:00:00.000Z',
    changes,
    audit: changes.map((change) => ({
      content: content(`Changed ${change.key}`, change.key),
      deviceHash: 'd'.repeat(64),
    })),
  };
}

export const actionChange = (
  id: string,
  ref: string,
  title: string,
  base: number | null,
): Change => ({
  table: 'actions',
  key: id,
  base,
  row: action({ id, ref, title }) as unknown as Record<string, unknown>,
});

/** Everything the server holds, to compare before and after a refused request. */
export async function stored(db: ServerDatabase) {
  const [rows, mutations, audit, workspace] = await Promise.all([
    sql<{
      n: string;
      sum: string;
    }>`select count(*) as n, coalesce(sum(version), 0) as sum, md5(coalesce(string_agg(data::text, '|' order by tbl, key), '')) as digest from rows`.execute(
      db,
    ),
    sql<{ n: string }>`select count(*) as n from mutations`.execute(db),
    sql<{ n: string }>`select count(*) as n from audit`.execute(db),
    db.selectFrom('workspace').selectAll().executeTakeFirst(),
  ]);
  const row = rows.rows[0] as { n: unknown; sum: unknown; digest: string };
  // PGlite answers counts as numbers, node-postgres as text.
  return {
    rows: { n: Number(row.n), sum: Number(row.sum), digest: row.digest },
    mutations: Number(mutations.rows[0]?.n),
    audit: Number(audit.rows[0]?.n),
    workspace,
  };
}
