/**
 * Removing this browser's copy of a shared plan, for a shared or lent computer: the plan stays on
 * the server, and nothing is lost, because the copy is removed only when every change made here
 * has reached the server and no refused change waits in the inbox with someone's text.
 */
import { ValidationError } from '../command';
import { baseName, pointAt } from '../workspaceDatabase';
import { database } from '../connection';

export async function removeBrowserCopy(): Promise<void> {
  const db = database();
  const [waiting, inbox] = await Promise.all([db.outbox.count(), db.conflicts.count()]);
  const problem =
    waiting > 0
      ? `${waiting === 1 ? 'A change' : `${waiting} changes`} made in this browser ${waiting === 1 ? 'has' : 'have'} not reached the shared plan yet. Connect, let it sync, then remove this browser’s copy.`
      : inbox > 0
        ? `${inbox === 1 ? 'A change' : `${inbox} changes`} not accepted by the shared plan ${inbox === 1 ? 'is' : 'are'} kept here with your text. Resolve ${inbox === 1 ? 'it' : 'them'} on the Shared plan page first.`
        : null;
  if (problem) throw new ValidationError([{ field: 'workspace', message: problem }]);
  await db.delete();
  // The next visit starts a new copy under the workspace's first name, not a restore's.
  pointAt(baseName(db.name));
}
