/** Recording a committed command's effect for the shared plan, in the command's own transaction. */
import type { AuditEntry } from '../../domain/audit';
import {
  LOCAL_ONLY_COMMANDS,
  storedKey,
  type CommandName,
  type SyncedTable,
} from '../../domain/sync';
import type { Change } from '../../domain/syncSchema';
import type { PlannerDatabase } from '../database';
import { rowVersionKey } from '../../domain/syncRecords';

/** Why a command may not run in a browser that shares its plan; null when it may. */
export function localOnlyProblem(name: CommandName): string | null {
  if (!LOCAL_ONLY_COMMANDS.includes(name)) return null;
  return 'This browser shares its plan with the partnership’s server, so it cannot replace the whole workspace: that would replace everyone’s plan. To take the shared plan back to an earlier state, ask the server’s administrator: the server’s own backups restore it for everyone.';
}

/**
 * Adds a command of a browser that shares its plan to the outbox: the rows it wrote as they now
 * are (or null when removed), each with the server version it was based on, and its audit entries.
 */
export async function recordInOutbox(
  db: PlannerDatabase,
  name: CommandName,
  at: string,
  touched: ReadonlyMap<string, { table: SyncedTable; key: string }>,
  entries: readonly AuditEntry[],
): Promise<void> {
  const changes: Change[] = [];
  for (const { table, key } of touched.values()) {
    const row = (await db.table(table).get(storedKey(table, key))) as
      Record<string, unknown> | undefined;
    const base = (await db.syncRows.get(rowVersionKey(table, key)))?.version ?? null;
    // Made and removed in one command: the server never needs to hear of it.
    if (row === undefined && base === null) continue;
    changes.push({ table, key, base, row: row ?? null });
  }
  await db.outbox.add({
    id: crypto.randomUUID(),
    name,
    at,
    changes,
    audit: entries.map(({ seq: _seq, hash, prevHash: _prev, ...content }) => {
      void _seq;
      void _prev;
      return { content, deviceHash: hash };
    }),
  });
}
