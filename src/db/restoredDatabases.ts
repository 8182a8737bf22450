/**
 * The databases restores leave behind (decision 0016): one a restore was still writing when its tab
 * closed, or an old one whose deletion did not finish, is deleted later; and a workspace whose
 * pointer was lost (the browser's `localStorage` cleared on its own) is found again rather than
 * seeded afresh over it.
 */
import { Dexie } from 'dexie';
import { database, openDatabaseNamed } from './connection';
import { PlannerDatabase } from './database';
import { baseName, pointAt, unlessRestoring, workspaceDatabases } from './workspaceDatabase';

/**
 * What a database holds: a whole workspace (a restore writes its settings row last), half of one,
 * or cannot be told (a newer version of the app wrote it): that one is left alone.
 */
async function workspaceIn(name: string): Promise<'whole' | 'half' | 'unknown'> {
  const db = new PlannerDatabase(name);
  try {
    return (await db.settings.get('workspace')) ? 'whole' : 'half';
  } catch {
    return 'unknown';
  } finally {
    db.close();
  }
}

/**
 * Deletes the databases of this workspace that are not its own: those a restore did not finish,
 * and those older than the one in use. A complete newer one is left (it may be another tab's
 * restore, about to be switched to). Nothing is deleted while a restore is writing.
 */
export async function tidyRestoredDatabases(): Promise<string[]> {
  const current = database().name;
  const base = baseName(current);
  const deleted: string[] = [];
  await unlessRestoring(async () => {
    for (const name of await workspaceDatabases(base)) {
      if (name === current) continue;
      // Names sort by when they were made: `base` first, then each restore's.
      if (name < current || (name !== base && (await workspaceIn(name)) === 'half')) {
        await Dexie.delete(name);
        deleted.push(name);
      }
    }
  });
  return deleted;
}

/**
 * When the workspace's database is empty and no restore is pointed at, opens the newest complete
 * database a restore wrote, if there is one. Returns whether it did.
 */
export async function findRestoredWorkspace(): Promise<boolean> {
  const current = database().name;
  if (current !== baseName(current)) return false;
  for (const name of (await workspaceDatabases(current)).reverse()) {
    if (name !== current && (await workspaceIn(name)) === 'whole') {
      pointAt(name);
      openDatabaseNamed(name);
      return true;
    }
  }
  return false;
}
