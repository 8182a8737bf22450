import { createAction } from '../../src/db/commands/actions';
import { openDatabaseNamed } from '../../src/db/connection';
import { ensureWorkspaceSeeded } from '../../src/db/openWorkspace';
import { actionInput } from '../fixtures/actions';
import { watchReads, type WatchedRead } from './watchReads';

/**
 * A seeded workspace of its own with two actions, GYV-01 and ASB-01 (two bodies), every read it
 * sends to IndexedDB told to `seen`.
 */
export async function workspaceOfTwoActions(name: string, seen: (read: WatchedRead) => void) {
  const db = openDatabaseNamed(name);
  watchReads(db, seen);
  await ensureWorkspaceSeeded();
  const gyv = (await createAction(actionInput({ ref: 'GYV-01' }))).id;
  const asb = (await createAction(actionInput({ ref: 'ASB-01', bodyId: 'ASB' }))).id;
  return { db, gyv, asb };
}
