/**
 * Starting the draft worker (`draftWorker.ts`), and starting it ahead. A worker takes 50-60 ms to
 * fetch, run its code and open the database (at 100x, on this project's 2-core machine), and it was
 * started only once a page had asked for a draft and found its figures not kept. When the last
 * draft was worked out in a worker (a large plan: this browser remembers it), one is started as the
 * workspace opens, its database opened, and the first draft asked for is handed to it.
 */
import { storage } from '../db/workspaceDatabase';
import type { DraftWarm } from './draftFigures';

/** Remembers, for the next start, which database's drafts were last worked out in a worker. */
const LARGE_PLAN_KEY = 'safetynet-planner:draft-worker';

/** A worker started ahead and not asked for within this is stopped: its plan may have shrunk. */
const WARM_FOR_MS = 60_000;

interface Warm {
  readonly worker: Worker;
  readonly database: string;
  readonly timer: ReturnType<typeof setTimeout>;
}

let warm: Warm | null = null;

export const newDraftWorker = () =>
  new Worker(new URL('./draftWorker.ts', import.meta.url), { type: 'module' });

/** Remembers whether `database`'s latest draft was worked out in a worker (its plan is large). */
export function rememberDraftWorker(database: string, inWorker: boolean): void {
  const local = storage();
  try {
    if (inWorker) local?.setItem(LARGE_PLAN_KEY, database);
    else if (local?.getItem(LARGE_PLAN_KEY) === database) local.removeItem(LARGE_PLAN_KEY);
  } catch {
    // A full or refused storage: no worker is started ahead next time.
  }
}

/**
 * Starts the draft worker ahead, with `database` open in it, if that database's latest draft was
 * worked out in one. Called once the page has opened (and, if need be, upgraded) the database.
 */
export function warmDraftWorker(database: string): void {
  if (warm || typeof Worker === 'undefined' || storage()?.getItem(LARGE_PLAN_KEY) !== database)
    return;
  const worker = newDraftWorker();
  const message: DraftWarm = { warm: database };
  worker.postMessage(message);
  // The page's side of asking it, fetched and run now too (if it cannot be, the asking says so).
  void import('./workerCall').catch(() => undefined);
  const letGo = () => {
    if (warm?.worker !== worker) return;
    clearTimeout(warm.timer);
    warm = null;
    worker.terminate();
  };
  // One whose code could not be run is let go: the draft starts its own, whose failure it hears.
  worker.onerror = letGo;
  warm = { worker, database, timer: setTimeout(letGo, WARM_FOR_MS) };
}

/** The worker started ahead, for a draft of `database`; none if there is none (or not for it). */
export function takeWarmDraftWorker(database: string): Worker | null {
  const taken = warm;
  if (!taken) return null;
  warm = null;
  clearTimeout(taken.timer);
  if (taken.database === database) return taken.worker;
  taken.worker.terminate();
  return null;
}
