/**
 * An open quarter's figures: those kept while nothing they are made from has been written since
 * (the plan's stamp, decision 0015), else worked out from today's data and kept. A large plan is
 * worked out in a worker (`draftWorker.ts`): at 20,000 actions, reading the draft's sources (as
 * kept, `draftSources.ts`, or from the tables) and building the record and its figures take a
 * quarter of a second to a second, in tasks of up to 150 ms on the page's thread.
 */
import { database } from '../db/connection';
import { keepDraft, keptDraft, type KeptDraft } from '../db/draftFigures';
import { draftRecordSources, draftSources, type KeptSourcesRow } from '../db/draftSources';
import {
  figuresOf,
  type QuarterFigures,
  type QuarterFiguresRecord,
} from '../domain/quarterFigures';
import type { QuarterKey } from '../domain/quarters';
import { buildSnapshotContent, type SnapshotContent } from '../domain/snapshot';
import type { CheckedRecord } from './closedFigures';
import { newDraftWorker, rememberDraftWorker, takeWarmDraftWorker } from './draftWorkerStart';
import { worthAWorker } from './largePlan';
import type { WorkerFailure } from './workerFailure';

/** The record checks' code, with its schema library: loaded only when a quarter has been closed. */
export const checks = () => import('./closedFigures');

/** The record's shape that directions of travel compare with: the previous closed quarter's. */
const comparedWith = (before: CheckedRecord | null) =>
  before ? { quarter: before.closed.quarter, content: before.content } : null;

/**
 * An open quarter's record as it would be closed today, for its documents: today's data, whole,
 * with directions of travel against the previous closed quarter's record (`before`, checked).
 */
export async function draftContent(
  quarter: QuarterKey,
  before: CheckedRecord | null,
): Promise<SnapshotContent> {
  const sources = await draftRecordSources(quarter);
  return buildSnapshotContent(
    { quarter, ...sources, previous: comparedWith(before) },
    sources.plan,
  );
}

/** The closed quarter before the draft, with its figures: as soon as they have been read. */
type Previous = Promise<QuarterFiguresRecord | undefined>;

/**
 * Works the draft's figures out on this thread (the worker's, or the page's). `kept` is what was
 * kept, read before the sources (with the plan's stamp), so the figures are kept only if nothing
 * was written since. The sources are read while the previous quarter's figures (`previous`) may
 * still be arriving. Nothing is kept yet: the figures are shown first, then `keepFigures` and
 * `keepSources` keep them and the sources read (a write of tens of milliseconds, and of a tenth
 * of a second or more, at 100x). `readAhead`: the kept sources as a worker started ahead read them.
 */
export async function workOutDraftHere(
  quarter: QuarterKey,
  previous: Previous,
  kept: KeptDraft,
  readAhead?: Promise<KeptSourcesRow | undefined>,
): Promise<{
  readonly figures: QuarterFigures;
  readonly keepFigures: () => Promise<void>;
  readonly keepSources: () => Promise<void>;
}> {
  const [{ sources, keep }, before, prior] = await Promise.all([
    draftSources(quarter, database(), readAhead),
    previous.then((record) =>
      record ? checks().then(({ comparedWithQuarter }) => comparedWithQuarter(record)) : null,
    ),
    previous,
  ]);
  const content = buildSnapshotContent({ quarter, ...sources, previous: before }, sources.plan);
  const figures = figuresOf(
    content,
    before && prior ? { content: before.content, figures: prior.figures } : null,
  );
  // Figures that cannot be kept (a full disk) are still shown: the next view works them out again.
  const keepFigures = () =>
    keepDraft(figures, prior?.closed.hash ?? null, kept.stamp).catch(() => undefined);
  return { figures, keepFigures, keepSources: keep };
}

/**
 * What the page asks the draft worker, first: it starts reading the draft's sources at once. The
 * previous closed quarter's figures follow (`DraftPrevious`) once the page has read them.
 */
export interface DraftRequest {
  readonly database: string;
  readonly quarter: QuarterKey;
  readonly kept: KeptDraft;
}

export interface DraftPrevious {
  readonly previous: QuarterFiguresRecord | undefined;
}

/** Sent to a worker started ahead of any draft (`draftWorkerStart.ts`): the database to open. */
export interface DraftWarm {
  readonly warm: string;
}

/** The figures as soon as they are worked out; then word that they are kept (or could not be). */
export type DraftReply =
  | { readonly kind: 'figures'; readonly figures: QuarterFigures }
  | { readonly kind: 'kept' }
  | { readonly kind: 'failed'; readonly failure: WorkerFailure };

/** A draft being worked out: its figures, and their keeping for the next view. */
interface Working {
  readonly figures: Promise<QuarterFigures>;
  readonly keeping: Promise<unknown>;
}

/**
 * Works the draft out in a worker for a large plan, else here (`kept`: as just read here). The
 * worker is started before the previous quarter's figures have been read, and sent them once they
 * are. It sends the figures, then keeps them, then the sources it read, and closes itself.
 */
async function workOutDraft(
  quarter: QuarterKey,
  previous: Previous,
  kept: KeptDraft,
): Promise<Working> {
  const name = database().name;
  const inWorker = await worthAWorker(kept.actionsLastTime);
  rememberDraftWorker(name, inWorker);
  if (!inWorker) {
    const { figures, keepFigures, keepSources } = await workOutDraftHere(quarter, previous, kept);
    return { figures: Promise.resolve(figures), keeping: keepFigures().then(keepSources) };
  }
  // The one started ahead, if any; else started first, so its code is fetched while the page
  // fetches its messaging code (not the first screen's: a seeded plan never needs it).
  const worker = takeWarmDraftWorker(name) ?? newDraftWorker();
  const { askWorker } = await import('./workerCall').catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  const request: DraftRequest = { database: name, quarter, kept };
  let heard: (figures: QuarterFigures) => void = () => undefined;
  const figures = new Promise<QuarterFigures>((resolve) => (heard = resolve));
  const asked = askWorker<DraftReply, 'kept'>(worker, request, (reply) => {
    if (reply.kind === 'kept') return 'kept';
    heard(reply.figures);
    return undefined;
  });
  const handed = previous.then((record) => {
    const message: DraftPrevious = { previous: record };
    worker.postMessage(message);
  });
  // If the previous quarter's figures cannot be read, the worker would wait for them for ever.
  const answered = Promise.all([asked, handed]).catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  // A failure before the figures arrive is the figures' own.
  return { figures: Promise.race([figures, answered.then(() => figures)]), keeping: answered };
}

/** The latest asking for each quarter's draft, until its figures are kept: the next asker waits. */
const underway = new Map<QuarterKey, Promise<unknown>>();

/**
 * The draft's figures: kept, or worked out, one asking at a time per quarter. `previousHash` is the
 * SHA-256 of the live record before the quarter (from the indexes), `previous` that record's
 * figures, which may still be being read. Figures worked out are answered before they are kept;
 * whoever waited for another asking reads what is kept afterwards, so figures are worked out once,
 * and a write made meanwhile (the stamp moved) has them worked out again.
 */
export function draftFigures(
  quarter: QuarterKey,
  previousHash: string | null,
  previous: Previous,
): Promise<QuarterFigures> {
  const before = underway.get(quarter);
  const asking = (async (): Promise<Working> => {
    await before?.catch(() => undefined);
    const kept = await keptDraft(quarter, previousHash);
    if (kept.figures) return { figures: Promise.resolve(kept.figures), keeping: Promise.resolve() };
    return workOutDraft(quarter, previous, kept);
  })();
  const keeping = asking.then((working) => working.keeping);
  underway.set(quarter, keeping);
  const settled = () => {
    if (underway.get(quarter) === keeping) underway.delete(quarter);
  };
  keeping.then(settled, settled);
  return asking.then((working) => working.figures);
}
