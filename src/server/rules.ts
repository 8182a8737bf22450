/**
 * What the server checks of a mutation before it applies it, beyond the versions: every row meets
 * its table's schema (the same one a restore uses), and the plan's rules that span rows hold on
 * the server's data, not only on the device that made the change.
 */
import { sql, type Transaction } from 'kysely';
import { quarterLabel, parseQuarterKey } from '../domain/quarters';
import { readSnapshot } from '../domain/snapshotRecord';
import { LOCAL_ONLY_COMMANDS } from '../domain/sync';
import { type Mutation } from '../domain/syncSchema';
import { writeProblem, type WrittenRow } from '../domain/roles';
import type { ServerRow, SyncedTable } from '../domain/sync';
import { rowProblem } from '../domain/syncSchema';
import type { ServerSchema } from './database';
import { bodyNames, type Caller } from './caller';

type Tx = Transaction<ServerSchema>;

/**
 * What is wrong with the mutation on its own (a command never sent, a row its table's schema
 * refuses), in words; checked before the push waits for the plan's lock.
 */
export function shapeProblem(mutation: Mutation): string | null {
  if (LOCAL_ONLY_COMMANDS.includes(mutation.name)) {
    return `“${mutation.name}” replaces the whole workspace, so it is never sent to the shared plan.`;
  }
  for (const change of mutation.changes) {
    if (change.row === null) continue;
    const problem = rowProblem(change.table, change.key, change.row);
    if (problem) return `The change was not valid: ${problem}.`;
  }
  return null;
}

/** The first rule spanning rows the mutation breaks on the server's plan; null when none. */
export async function ruleProblem(tx: Tx, mutation: Mutation): Promise<string | null> {
  const closesOrReopens = mutation.changes.some((change) => change.table === 'snapshots');
  for (const change of mutation.changes) {
    const row = change.row;
    if (row === null) continue;
    if (change.table === 'actions') {
      const clash = await tx
        .selectFrom('rows')
        .select('key')
        .where('tbl', '=', 'actions')
        .where('key', '<>', change.key)
        .where(sql<string>`data->>'ref'`, '=', String(row.ref))
        .executeTakeFirst();
      const alsoRenamed = mutation.changes.some(
        (other) =>
          other.table === 'actions' && other.key === clash?.key && other.row?.ref !== row.ref,
      );
      if (clash && !alsoRenamed) {
        return `Another action already has the reference ${String(row.ref)}. Choose a different reference.`;
      }
    }
    if (change.table === 'updates' && !closesOrReopens) {
      const quarter = String(row.quarter);
      const closed = await tx
        .selectFrom('rows')
        .select('key')
        .where('tbl', '=', 'snapshots')
        .where(sql<string>`data->>'quarter'`, '=', quarter)
        .where(sql<boolean>`data->'supersededAt' = 'null'::jsonb`)
        .executeTakeFirst();
      if (closed) {
        const parsed = parseQuarterKey(quarter);
        const label = parsed ? quarterLabel(parsed) : quarter;
        return `${label} was closed while this change waited to be sent, so the update was not added to it. Your text is kept: keep it as a draft for the next open quarter (Shared plan page), or ask the manager to reopen ${label}.`;
      }
    }
    if (change.table === 'snapshots') {
      const reading = readSnapshot(row as { content: unknown; hash: string });
      if (!reading.ok) return `The quarter's record does not match its hash: ${reading.message}`;
    }
  }
  return null;
}

/**
 * Each parent row (an action, an indicator) as the server holds it: the body it belongs to, and
 * how people name it (an action's reference, an indicator's name).
 */
async function parentRows(tx: Tx, parents: readonly (readonly [SyncedTable, string])[]) {
  if (parents.length === 0) return new Map<string, { body: string; name: string }>();
  const found = await tx
    .selectFrom('rows')
    .select([
      'tbl',
      'key',
      sql<string | null>`data->>'bodyId'`.as('body'),
      sql<string | null>`coalesce(data->>'ref', data->>'name')`.as('name'),
    ])
    .where((eb) =>
      eb(
        eb.refTuple('tbl', 'key'),
        'in',
        parents.map(([table, key]) => eb.tuple(table, key)),
      ),
    )
    .execute();
  return new Map(
    found.map((row) => [`${row.tbl}:${row.key}`, { body: row.body ?? '', name: row.name ?? '' }]),
  );
}

/** What each row of a body's work hangs from: an update from its action, a value from its indicator. */
const PARENT: Partial<Record<SyncedTable, readonly [SyncedTable, string]>> = {
  updates: ['actions', 'actionId'],
  indicatorValues: ['indicators', 'indicatorId'],
};

/**
 * Whether the caller may make this mutation: the one place the server decides (the rules are
 * `writeProblem`'s). A row's body is read from the server's plan, and from the mutation only for
 * what it changes; never from what the browser says a row belongs to.
 */
export async function permissionProblem(
  tx: Tx,
  caller: Caller,
  mutation: Mutation,
  current: readonly ServerRow[],
): Promise<string | null> {
  const member = caller.member;
  if (member?.role === 'manager') return null;
  if (member?.role !== 'subgroup-lead') {
    const rows = mutation.changes.map((c) => ({ table: c.table, key: c.key, bodyIds: [] }));
    return writeProblem(member, mutation.name, rows);
  }
  const serverRow = (table: SyncedTable, key: string) =>
    current.find((row) => row.table === table && row.key === key)?.row ?? null;
  const changed = (table: SyncedTable, key: string) =>
    mutation.changes.find((c) => c.table === table && c.key === key)?.row ?? null;
  const parentsOf = (table: SyncedTable, rows: (Record<string, unknown> | null)[]) => {
    const parent = PARENT[table];
    if (!parent) return [];
    return rows
      .filter((row): row is Record<string, unknown> => row !== null)
      .map((row) => [parent[0], String(row[parent[1]])] as const);
  };
  const pairs = mutation.changes.map((c) => ({
    change: c,
    parents: parentsOf(c.table, [serverRow(c.table, c.key), c.row]),
  }));
  const onServer = await parentRows(
    tx,
    pairs.flatMap((p) => p.parents),
  );
  const bodyOf = (row: Record<string, unknown> | null) =>
    typeof row?.bodyId === 'string' ? row.bodyId : undefined;
  // A parent's bodies: as the server holds it, and as this mutation changes it; unknown when neither.
  const parentBodiesOf = ([table, key]: readonly [SyncedTable, string]) => {
    const known = [onServer.get(`${table}:${key}`)?.body || undefined, bodyOf(changed(table, key))];
    const found = known.filter((id): id is string => id !== undefined);
    return found.length > 0 ? found : [undefined];
  };
  // How people name a parent: as this mutation changes it, else as the server holds it.
  const parentName = ([table, key]: readonly [SyncedTable, string]) => {
    const row = changed(table, key);
    const name = row?.ref ?? row?.name ?? onServer.get(`${table}:${key}`)?.name;
    return typeof name === 'string' && name !== '' ? name : key;
  };
  const whatOf = (
    change: Mutation['changes'][number],
    parents: readonly (readonly [SyncedTable, string])[],
  ) => {
    const row = change.row ?? serverRow(change.table, change.key);
    const parent = parents[0];
    if (change.table === 'actions') return `action ${String(row?.ref ?? change.key)}`;
    if (!parent) return undefined;
    if (change.table === 'updates') {
      const quarter = parseQuarterKey(String(row?.quarter));
      return `the ${quarter ? `${quarterLabel(quarter)} ` : ''}update for ${parentName(parent)}`;
    }
    return `a value of the indicator “${parentName(parent)}”`;
  };
  const rows: WrittenRow[] = pairs.map(({ change, parents }) => ({
    table: change.table,
    key: change.key,
    what: whatOf(change, parents),
    bodyIds:
      change.table === 'actions'
        ? [serverRow('actions', change.key), change.row].filter((row) => row !== null).map(bodyOf)
        : parents.flatMap(parentBodiesOf),
  }));
  const problem = writeProblem(member, mutation.name, rows);
  return problem === null ? null : writeProblem(member, mutation.name, rows, await bodyNames(tx));
}
