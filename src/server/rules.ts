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
import { rowProblem } from '../domain/syncSchema';
import type { ServerSchema } from './database';

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

/** Who is asking. The identity and roles issue replaces this with the signed-in person. */
export interface Caller {
  readonly kind: 'anyone';
}

/**
 * Whether the caller may make this mutation: the one place the server decides. Until sign-in
 * exists every caller may write (the shared plan is for a trusted network only; see the README).
 */
export function permissionProblem(caller: Caller, mutation: Mutation): string | null {
  void caller;
  void mutation;
  return null;
}
