/**
 * Whether a piece of work is worth a worker: a large plan's reads and workings out keep the
 * page's thread busy for hundreds of milliseconds, while a worker takes tens to start and its
 * code is fetched on first use. The seeded report's plan (about 40 actions) never needs one.
 */
import { database } from '../db/connection';

/** Below this many actions the work is done on the page. */
const WORKER_FROM_ACTIONS = 2_000;

/** Whether the plan is large enough: of `actions` if known (near enough), else counted. */
export async function worthAWorker(actions?: number | null): Promise<boolean> {
  return (
    typeof Worker !== 'undefined' &&
    (actions ?? (await database().actions.count())) >= WORKER_FROM_ACTIONS
  );
}
