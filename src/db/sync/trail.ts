/**
 * What checking the server's checkpoints reads from this browser's audit trail, and the one write:
 * keeping a checkpoint once it has been verified against the entries held here.
 */
import type { AuditEntry } from '../../domain/audit';
import type { KeptCheckpoint } from '../../domain/syncRecords';
import type { PlannerDatabase } from '../database';

const CHUNK = 5_000;

/** Entries `from`..`to` (sequence numbers, inclusive) of this browser's trail, in chunks. */
export async function* localEntries(
  db: PlannerDatabase,
  from: number,
  to: number,
): AsyncGenerator<AuditEntry[]> {
  for (let start = from; start <= to; start += CHUNK) {
    yield db.audit
      .where('seq')
      .between(start, Math.min(start + CHUNK - 1, to), true, true)
      .toArray();
  }
}

export const localEntry = (db: PlannerDatabase, seq: number) => db.audit.get(seq);

/** Keeps a verified checkpoint, unless the browser left the shared plan meanwhile. */
export function keepCheckpoint(db: PlannerDatabase, checkpoint: KeptCheckpoint): Promise<void> {
  return db.transaction('rw', db.syncState, async () => {
    const state = await db.syncState.get('sync');
    if (state?.workspaceId === checkpoint.workspaceId)
      await db.syncState.put({ ...state, checkpoint });
  });
}
