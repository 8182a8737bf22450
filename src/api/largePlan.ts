/**
 * Whether a piece of work is worth a worker: a large plan's reads and workings out keep the
 * page's thread busy for hundreds of milliseconds, while a worker takes tens to start and its
 * code is fetched on first use. The seeded report's plan (about 40 actions) never needs one.
 */
import { database } from '../db/connection';
import { pageStorage } from '../db/workspaceDatabase';

/** Below this many actions the work is done on the page. */
const WORKER_FROM_ACTIONS = 2_000;

/**
 * Whether the plan is large enough. `sizeBefore`, its size before the latest writes, is trusted
 * only when it says large: a plan that was large costs at worst a worker's start for nothing,
 * while one that was small may just have had thousands of actions imported or restored, so it is
 * counted.
 */
export async function worthAWorker(sizeBefore?: number | null): Promise<boolean> {
  if (typeof Worker === 'undefined') return false;
  if ((sizeBefore ?? 0) >= WORKER_FROM_ACTIONS) return true;
  return (await database().actions.count()) >= WORKER_FROM_ACTIONS;
}

const hintKey = () => `${database().name}:draft in a worker`;

/**
 * Whether the last draft worked out in this browser, of this database, was a large plan's: read
 * at once, without the database, so that a draft's worker can start as the link to a page with
 * charts is pressed (`draftFigures.ts`). Only a hint: wrong, it costs a worker's start for
 * nothing, or the time it would have saved.
 */
export const wasLargeLastTime = (): boolean => pageStorage()?.getItem(hintKey()) === 'yes';

/** Notes how the last draft was worked out, for `wasLargeLastTime`; nothing where no storage. */
export function rememberDraftSize(large: boolean): void {
  try {
    if (large) pageStorage()?.setItem(hintKey(), 'yes');
    else pageStorage()?.removeItem(hintKey());
  } catch {
    // A full or refused storage: the next draft starts its worker once it knows it needs one.
  }
}
