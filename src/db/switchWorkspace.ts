/**
 * The last step of a restore (decision 0016): the database it wrote becomes the workspace's, at
 * once and whole, or is deleted and nothing changes. Kept apart from the restore's writing so the
 * page can take this step with little code (the writing runs in the backup worker).
 */
import { Dexie } from 'dexie';
import { StaleConnectionError, ValidationError } from './commandErrors';
import { database, isConnectionStale, openDatabaseNamed } from './connection';
import type { PlannerDatabase } from './database';
import { pointAt, REPLACED_BY_KEY } from './workspaceDatabase';

/** What a restore writes by itself before the new database is the workspace's (decision 0016). */
export interface RestoredDatabase {
  /** The new database, holding the backup in full. */
  readonly name: string;
  /** The database it replaces, and the sequence of its last audit entry when the restore began. */
  readonly replaces: string;
  readonly auditHead: number;
}

export const CHANGED_DURING_RESTORE =
  'The workspace changed while the backup was being restored (in another tab of this browser). Nothing was replaced: restore the backup again.';

/** The sequence of the last audit entry: every command adds one. */
export const auditHead = async (db: PlannerDatabase): Promise<number> =>
  (await db.audit.orderBy('seq').last())?.seq ?? 0;

/**
 * Makes a restored database the workspace's, in one step: if nothing was written to the workspace
 * since the restore began, the old database is marked as replaced and the pointer moved, in one
 * transaction there; then this page opens the new one and the old is deleted (other tabs are told
 * to reload). Otherwise the new database is deleted and nothing changes.
 */
export async function switchToRestored(restored: RestoredDatabase): Promise<void> {
  const from = database();
  let pointed = false;
  try {
    if (isConnectionStale()) throw new StaleConnectionError();
    if (from.name !== restored.replaces)
      throw new ValidationError([{ field: 'workspace', message: CHANGED_DURING_RESTORE }]);
    await from.transaction('rw', from.tables, async () => {
      if ((await auditHead(from)) !== restored.auditHead || (await from.syncState.get('sync')))
        throw new ValidationError([{ field: 'workspace', message: CHANGED_DURING_RESTORE }]);
      await from.meta.put({ key: REPLACED_BY_KEY, value: restored.name });
      pointAt(restored.name);
      pointed = true;
    });
  } catch (error) {
    // Only a pointer this switch moved is moved back: another tab's restore may have moved it.
    if (pointed) pointAt(from.name);
    await Dexie.delete(restored.name).catch(() => undefined);
    throw error;
  }
  openDatabaseNamed(restored.name);
  // Deleting 200 MB takes a while, and waits for other tabs to let go: nothing waits for it. A
  // database left behind is deleted later (`tidyRestoredDatabases`).
  Dexie.delete(from.name).catch(() => undefined);
}
