/**
 * Closing a quarter from the page. The command runs in a worker (`closeWorker.ts`) with the
 * database the page has open and the person signed in, so the page answers throughout; the page
 * then announces the change, as for a command of its own. Where there are no workers (the Node
 * tests) the command runs on this thread.
 */
import { signedInActorNow, StaleConnectionError } from '../db/command';
import { announceChange, database, isConnectionStale } from '../db/connection';
import type { QuarterKey } from '../domain/quarters';
import { closedFactsOf, type ClosedQuarterFacts } from '../domain/quarterFigures';
import { askWorker } from './workerCall';
import type { WorkerFailure } from './workerFailure';

export interface CloseRequest {
  readonly quarter: QuarterKey;
  readonly database: string;
  readonly actor: ReturnType<typeof signedInActorNow>;
}

/** Sent as the confirmation opens: the worker loads the close's code, and waits. */
export interface PrepareToClose {
  readonly prepare: true;
}

export type CloseReply =
  | { readonly kind: 'closed'; readonly closed: ClosedQuarterFacts }
  | { readonly kind: 'failed'; readonly failure: WorkerFailure };

/**
 * Closes `quarter` on this thread: the worker's, or the page's where there are no workers. The
 * command's code (building and hashing the record) is loaded here, not with the page. Answers
 * what is said of the closed quarter (who, when, version, SHA-256), as committed.
 */
export async function closeQuarterHere(quarter: QuarterKey): Promise<ClosedQuarterFacts> {
  const { closeQuarter } = await import('../db/commands/closeQuarter');
  return closedFactsOf(await closeQuarter(quarter));
}

/** The close's code, loaded on this thread ahead of the close (the worker's, as it is prepared). */
export async function loadCloseCode(): Promise<void> {
  await (await import('../db/commands/closeQuarter')).closeCode();
}

const startWorker = () =>
  new Worker(new URL('./closeWorker.ts', import.meta.url), { type: 'module' });

/** A worker started, its code loaded or loading, while the person reads the confirmation. */
let prepared: Worker | null = null;

/**
 * Starts the close's worker and has it load the close's code while the person reads the
 * confirmation, so that confirming starts the close at once: at 20,000 actions starting the worker
 * and loading its code took about a tenth of a second of every close. Answers how to let the
 * worker go if the person does not confirm; once a close has taken it, that does nothing.
 */
export function prepareToClose(): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  prepared?.terminate();
  const worker = startWorker();
  const letGo = () => {
    if (prepared !== worker) return;
    prepared = null;
    worker.terminate();
  };
  // A worker that could not start is not kept: the close starts its own, and says why it failed.
  worker.onerror = letGo;
  const request: PrepareToClose = { prepare: true };
  worker.postMessage(request);
  prepared = worker;
  return letGo;
}

export async function closeQuarterOffPage(quarter: QuarterKey): Promise<ClosedQuarterFacts> {
  if (typeof Worker === 'undefined') return closeQuarterHere(quarter);
  // This tab must reload before it writes, wherever the writing would run.
  if (isConnectionStale()) throw new StaleConnectionError();
  const worker = prepared ?? startWorker();
  prepared = null;
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
