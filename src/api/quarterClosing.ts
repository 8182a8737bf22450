/**
 * Closing a quarter from the page. The command runs in a worker (`closeWorker.ts`) with the
 * database the page has open and the person signed in, so the page answers throughout; the page
 * then announces the change, as for a command of its own. Where there are no workers (the Node
 * tests) the command runs on this thread.
 */
import { signedInActorNow, StaleConnectionError } from '../db/command';
import { announceChange, database, isConnectionStale } from '../db/connection';
import type { PreparedRecord } from '../db/commands/closingRecord';
import type { QuarterKey } from '../domain/quarters';
import { closedFactsOf, type ClosedQuarterFacts } from '../domain/quarterFigures';
import { askWorker } from './workerCall';
import type { WorkerFailure } from './workerFailure';

export interface CloseRequest {
  readonly quarter: QuarterKey;
  readonly database: string;
  readonly actor: ReturnType<typeof signedInActorNow>;
}

/**
 * Sent as the confirmation opens: the worker loads the close's code and works out the quarter's
 * record while the person reads, for the close to use if nothing is written meanwhile.
 */
export interface PrepareToClose {
  readonly prepare: true;
  readonly quarter: QuarterKey;
  readonly database: string;
}

export type CloseReply =
  | { readonly kind: 'closed'; readonly closed: ClosedQuarterFacts }
  | { readonly kind: 'failed'; readonly failure: WorkerFailure };

/**
 * Closes `quarter` on this thread: the worker's, or the page's where there are no workers, with
 * the record `prepared` if it still stands. The command's code (building and hashing the record)
 * is loaded here, not with the page. Answers what is said of the closed quarter (who, when,
 * version, SHA-256), as committed.
 */
export async function closeQuarterHere(
  quarter: QuarterKey,
  prepared: PreparedRecord | null = null,
): Promise<ClosedQuarterFacts> {
  const { closeQuarter } = await import('../db/commands/closeQuarter');
  return closedFactsOf(await closeQuarter(quarter, prepared));
}

/**
 * `quarter`'s record worked out on this thread (the worker's) ahead of its close, the close's own
 * code loaded meanwhile.
 */
export async function prepareCloseHere(quarter: QuarterKey): Promise<PreparedRecord | null> {
  const [{ prepareClose }] = await Promise.all([
    import('../db/commands/closingRecord'),
    import('../db/commands/closeQuarter'),
  ]);
  return prepareClose(quarter);
}

const startWorker = () =>
  new Worker(new URL('./closeWorker.ts', import.meta.url), { type: 'module' });

/** A worker started as the confirmation opened, working out the record while the person reads. */
let preparedWorker: Worker | null = null;

/**
 * Starts the close's worker as the confirmation opens, and has it work out `quarter`'s record
 * while the person reads: at 20,000 actions reading the quarter and hashing its record is about a
 * second of the close's work, which confirming then finds done (decision 0013). Answers how to let
 * the worker go if the person does not confirm; once a close has taken it, that does nothing.
 */
export function prepareToClose(quarter: QuarterKey): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  preparedWorker?.terminate();
  const worker = startWorker();
  const letGo = () => {
    if (preparedWorker !== worker) return;
    preparedWorker = null;
    worker.terminate();
  };
  // A worker that could not start is not kept: the close starts its own, and says why it failed.
  worker.onerror = letGo;
  const request: PrepareToClose = { prepare: true, quarter, database: database().name };
  worker.postMessage(request);
  preparedWorker = worker;
  return letGo;
}

export async function closeQuarterOffPage(quarter: QuarterKey): Promise<ClosedQuarterFacts> {
  if (typeof Worker === 'undefined') return closeQuarterHere(quarter);
  // This tab must reload before it writes, wherever the writing would run.
  if (isConnectionStale()) throw new StaleConnectionError();
  const worker = preparedWorker ?? startWorker();
  preparedWorker = null;
  try {
    const request: CloseRequest = { quarter, database: database().name, actor: signedInActorNow() };
    const closed = await askWorker<CloseReply, ClosedQuarterFacts>(
      worker,
      request,
      (reply) => reply.closed,
    );
    announceChange();
    return closed;
  } finally {
    worker.terminate();
  }
}
