/**
 * Bringing the server's answers into this browser, each in one IndexedDB transaction: the rows
 * of a pull (then this browser's unsent changes again on top, so what it shows is the server's
 * plan plus its own pending work), the server's audit entries (the pending ones re-chained after
 * them), and the answers to a push.
 */
import { chainEntry, GENESIS_HASH, type AuditEntry } from '../../domain/audit';
import {
  storedKey,
  SYNCED_TABLES,
  type MutationResult,
  type PullResponse,
  type ServerRow,
  type SyncedTable,
} from '../../domain/sync';
import type { Change } from '../../domain/syncSchema';
import type { IndexableType } from 'dexie';
import type { PlannerDatabase } from '../database';
import { rowVersionKey, type OutboxEntry, type SyncState } from '../../domain/syncRecords';

const BOOKKEEPING = ['outbox', 'syncRows', 'syncState', 'conflicts', 'audit'] as const;

function tablesOf(db: PlannerDatabase) {
  return [...SYNCED_TABLES, ...BOOKKEEPING].map((name) => db.table(name));
}

/**
 * Writes rows as given (null: removed) to the plan's tables, in one bulk request per table. Where
 * several changes name one row, the last is what the row becomes.
 */
async function putChanges(
  db: PlannerDatabase,
  changes: readonly Pick<Change, 'table' | 'key' | 'row'>[],
) {
  const last = new Map<string, Pick<Change, 'table' | 'key' | 'row'>>();
  for (const change of changes) last.set(rowVersionKey(change.table, change.key), change);
  const byTable = new Map<SyncedTable, { put: unknown[]; removed: IndexableType[] }>();
  for (const change of last.values()) {
    const writes = byTable.get(change.table) ?? { put: [], removed: [] };
    byTable.set(change.table, writes);
    if (change.row === null) writes.removed.push(storedKey(change.table, change.key));
    else writes.put.push(change.row);
  }
  for (const [name, writes] of byTable) {
    const table = db.table(name);
    if (writes.removed.length > 0) await table.bulkDelete(writes.removed);
    if (writes.put.length > 0) await table.bulkPut(writes.put);
  }
}

/** Adopts the server's rows and remembers the version of each. */
async function putRows(db: PlannerDatabase, rows: readonly ServerRow[]) {
  await putChanges(db, rows);
  await db.syncRows.bulkPut(
    rows.map((row) => ({ key: rowVersionKey(row.table, row.key), version: row.version })),
  );
}

/**
 * The audit trail as the server holds it, then this browser's pending entries chained after it.
 * Entries the server confirmed keep the server's sequence numbers.
 */
async function rebaseAudit(
  db: PlannerDatabase,
  state: SyncState,
  incoming: PullResponse['audit'],
  pending: readonly OutboxEntry[],
) {
  const confirmed = state.auditAfter + incoming.length;
  await db.audit.where('seq').above(state.auditAfter).delete();
  await db.audit.bulkPut(
    incoming.map((entry) => ({ ...(entry.entry as unknown as AuditEntry), seq: entry.seq })),
  );
  let prevHash = (await db.audit.orderBy('seq').last())?.hash ?? GENESIS_HASH;
  let seq = confirmed;
  const entries: AuditEntry[] = [];
  for (const mutation of pending) {
    for (const { content } of mutation.audit) {
      const entry = chainEntry(content, prevHash);
      seq += 1;
      entries.push({ ...entry, seq });
      prevHash = entry.hash;
    }
  }
  await db.audit.bulkPut(entries);
}

/** Applies one pull batch; returns the state after it. */
export function applyPull(db: PlannerDatabase, batch: PullResponse): Promise<SyncState> {
  return db.transaction('rw', tablesOf(db), async () => {
    const state = await db.syncState.get('sync');
    if (!state) throw new Error('This browser no longer shares its plan.');
    const pending = await db.outbox.orderBy('seq').toArray();
    await putRows(db, batch.rows);
    await putChanges(
      db,
      pending.flatMap((mutation) => mutation.changes),
    );
    await rebaseAudit(db, state, batch.audit, pending);
    const next: SyncState = {
      ...state,
      cursor: batch.cursor,
      auditAfter: batch.auditAfter,
      lastSyncedAt: batch.more ? state.lastSyncedAt : new Date().toISOString(),
    };
    await db.syncState.put(next);
    return next;
  });
}

/**
 * The server's answers to a push. Applied: out of the outbox, its rows now at the server's
 * version. In conflict or refused: out of the outbox and into the inbox with the person's own
 * rows kept, and the rows shown as the server holds them until the person chooses.
 */
export function applyPushResults(
  db: PlannerDatabase,
  results: readonly MutationResult[],
): Promise<void> {
  return db.transaction('rw', tablesOf(db), async () => {
    for (const result of results) {
      const sent = await db.outbox.where('id').equals(result.id).first();
      if (!sent) continue;
      await db.outbox.where('id').equals(result.id).delete();
      if (result.status === 'applied') {
        await db.syncRows.bulkPut(
          sent.changes.map((change) => ({
            key: rowVersionKey(change.table, change.key),
            version: result.seq,
          })),
        );
        continue;
      }
      const server = result.status === 'conflict' ? result.theirs : result.current;
      await db.conflicts.put({
        id: sent.id,
        kind: result.status,
        name: sent.name,
        at: sent.at,
        message: result.message,
        mine: sent.changes,
        theirs: server,
        audit: sent.audit,
      });
      // Back to the server's rows: a row the server never had goes (it was only ever this
      // browser's); the rest take the server's version.
      for (const change of sent.changes) {
        const held = server.find((row) => row.table === change.table && row.key === change.key);
        if (held) await putRows(db, [held]);
        else if (change.base === null)
          await db.table(change.table).delete(storedKey(change.table, change.key));
      }
    }
  });
}

/** Joining: this browser's plan is replaced by the server's, pulled from the start. */
export function startJoining(db: PlannerDatabase, workspaceId: string): Promise<SyncState> {
  return db.transaction('rw', tablesOf(db), async () => {
    for (const name of [...SYNCED_TABLES, ...BOOKKEEPING]) await db.table(name).clear();
    const state: SyncState = {
      key: 'sync',
      workspaceId,
      deviceId: crypto.randomUUID(),
      cursor: '0',
      auditAfter: 0,
      lastSyncedAt: null,
    };
    await db.syncState.put(state);
    return state;
  });
}

/** After first setup: everything this browser holds is the server's version 1. */
export function markSetUp(
  db: PlannerDatabase,
  state: SyncState,
  keys: readonly { table: string; key: string }[],
): Promise<void> {
  return db.transaction('rw', tablesOf(db), async () => {
    await db.syncRows.bulkPut(
      keys.map(({ table, key }) => ({ key: rowVersionKey(table, key), version: 1 })),
    );
    await db.syncState.put(state);
  });
}
