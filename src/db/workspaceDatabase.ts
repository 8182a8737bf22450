/**
 * Which IndexedDB database holds the workspace (decision 0016). It is `safetynet-planner` until a
 * backup is restored: a restore writes the backup into a new database of its own, then points
 * here at it in one step, and the old database is deleted. The pointer is kept in the page's
 * `localStorage` (read synchronously, before the first query); a worker is told the name by the
 * page, and where there is no `localStorage` (Node) it is kept in memory.
 */
const pointerKey = (base: string) => `${base}:database`;

/** Where there is no `localStorage`: the pointers set in this process. */
const inMemory = new Map<string, string>();

/** This page's `localStorage`, or null where there is none or the browser refuses it. */
export function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a browser that refuses storage to this page
  }
}

/** The database a workspace first lived in, before any restore: `base@…` → `base`. */
export const baseName = (name: string): string => name.split('@')[0] ?? name;

/** The database that holds the workspace first created as `base`. */
export function currentDatabaseName(base: string): string {
  return storage()?.getItem(pointerKey(base)) ?? inMemory.get(base) ?? base;
}

/**
 * Points the workspace at `name`, a database made by a restore. Throws when the pointer cannot be
 * written (storage full or refused), so the restore that asked can be undone.
 */
export function pointAt(name: string): void {
  const base = baseName(name);
  const local = storage();
  if (!local) inMemory.set(base, name);
  else if (name === base) local.removeItem(pointerKey(base));
  else local.setItem(pointerKey(base), name);
}

/** A new database's name for a restore of the workspace `base`: newer restores sort later. */
export function restoredDatabaseName(current: string, now: Date): string {
  return `${baseName(current)}@${now.toISOString()}~${crypto.randomUUID().slice(0, 8)}`;
}

/** The databases of the workspace first created as `base`, oldest first: `base`, then restores'. */
export async function workspaceDatabases(base: string): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return [];
  const names = (await indexedDB.databases()).map((info) => info.name ?? '');
  return names.filter((name) => name === base || name.startsWith(`${base}@`)).sort();
}

/**
 * A restore holds this lock while it writes its new database, so that tidying up, in this tab or
 * another, never deletes a database a restore is still writing.
 */
const RESTORE_LOCK = 'safetynet-planner:restore';

/** The browser's Web Locks; none in Node, where each test runs one restore at a time. */
const webLocks = (): LockManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.locks;

/** Runs `body` holding the restore lock (at once where the browser has no Web Locks). */
export function holdingRestoreLock<T>(body: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  return locks ? locks.request(RESTORE_LOCK, body) : body();
}

/** Runs `body` if no restore is writing a database; otherwise does nothing. */
export async function unlessRestoring(body: () => Promise<void>): Promise<void> {
  const locks = webLocks();
  if (!locks) return body();
  await locks.request(RESTORE_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock) await body();
  });
}

/**
 * Written in the old database as a restore makes the new one the workspace's: a command from a tab
 * still holding the old one is refused (it would be lost with it) and that tab is asked to reload.
 */
export const REPLACED_BY_KEY = 'replacedBy';
