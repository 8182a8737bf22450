/**
 * Opening the workspace, on every start: the first screen's only step that may write. Whether the
 * workspace exists is one read; only when it does not are the seed and the command that writes
 * it (`commands/workspace.ts`, with the audit chain and its hashing) needed.
 */
import { database } from './connection';
import { findRestoredWorkspace } from './restoredDatabases';

/**
 * Seeds the SafetyNet workspace from the report, once. Safe to call on every start: when the
 * workspace exists it does nothing.
 */
export async function ensureWorkspaceSeeded(): Promise<'seeded' | 'existing'> {
  // The writing code and the seed's are fetched while the database opens, not after it is found
  // empty: a first visit waits one round trip less. A later visit fetches them for nothing (from
  // the cache), after the first screen's code.
  const writing = import('./commands/workspace');
  const seed = import('./seed');
  // Needed only for an empty database: a failure to fetch them matters only then (below).
  writing.catch(() => undefined);
  seed.catch(() => undefined);
  if (await database().settings.get('workspace')) return 'existing';
  // Empty: unless a restore's database holds the workspace and only its pointer was lost.
  if (await findRestoredWorkspace()) return 'existing';
  const { seedWorkspace } = await writing;
  return seedWorkspace(new Date(), seed);
}
