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

export async function closeQuarterOffPage(quarter: QuarterKey): Promise<ClosedQuarterFacts> {
  if (typeof Worker === 'undefined') return closeQuarterHere(quarter);
  // This tab must reload before it writes, wherever the writing would run.
  if (isConnectionStale()) throw new StaleConnectionError();
  const worker = new Worker(new URL('./closeWorker.ts', import.meta.url), { type: 'module' });
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
