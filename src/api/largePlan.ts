/**
 * Whether a piece of work is worth a worker: a large plan's reads and workings out keep the
 * page's thread busy for hundreds of milliseconds, while a worker takes tens to start and its
 * code is fetched on first use. The seeded report's plan (about 40 actions) never needs one.
 */
import { database } from '../db/connection';

/** Below this many actions the work is done on the page. */
const WORKER_FROM_ACTIONS = 2_000;

/**
 * Whether the plan is large enough. `sizeBefore`, its size before the latest writes, is trusted
 * only when it says large: a plan that was large costs at worst a worker's start for nothing,
 * while one that was small may just have had thousands of actions imported or restored, so it is
 * looked at. Not counted: IndexedDB counts by walking every key (38-49 ms at 20,000 actions, on
 * the way to a restored plan's first figures), while the first 2,000 keys answer the question.
 */
export async function worthAWorker(sizeBefore?: number | null): Promise<boolean> {
  if (typeof Worker === 'undefined') return false;
  if ((sizeBefore ?? 0) >= WORKER_FROM_ACTIONS) return true;
  const first = await database().actions.limit(WORKER_FROM_ACTIONS).primaryKeys();
  return first.length >= WORKER_FROM_ACTIONS;
}
