/**
 * What the quarterly round and its update pages show of a closed quarter's record: the round's
 * lines, or one action's update. The record is read and checked against its SHA-256 first, and
 * for a large plan that is done in a worker (`recordWorker.ts`): at 20,000 actions the record is
 * about 15 MB, and reading it on the page held a click up for 110-190 ms. The page is sent only
 * what it shows. The worker stays a minute after its last answer, with the record it checked.
 */
import { database } from '../db/connection';
import type { RecordKey } from '../domain/quarterFigures';
import type { QuarterKey } from '../domain/quarters';
import { roundOfRecord, type RoundLine } from '../domain/round';
import type { SnapshotContent } from '../domain/snapshot';
import type { QuarterlyUpdate } from '../domain/updates';
import { checks } from './draftFigures';
import { worthAWorker } from './largePlan';
import type { WorkerFailure } from './workerFailure';

/** Why a record cannot be shown: it fails its check (altered, or missing). */
interface Unreadable {
  readonly ok: false;
  readonly message: string;
}

export type ClosedRound =
  | {
      readonly ok: true;
      /** The closed quarter its directions of travel compare with, if any. */
      readonly comparedWith: QuarterKey | null;
      readonly lines: readonly RoundLine[];
    }
  | Unreadable;

/** One action's update as the record froze it: null if it had none that quarter. */
export type ClosedUpdate =
  { readonly ok: true; readonly update: QuarterlyUpdate | null } | Unreadable;

interface RoundRequest {
  readonly kind: 'round';
  readonly database: string;
  readonly key: RecordKey;
}

interface UpdateRequest {
  readonly kind: 'update';
  readonly database: string;
  readonly key: RecordKey;
  readonly actionId: string;
}

export type RecordRequest = RoundRequest | UpdateRequest;

export type RecordReply =
  | { readonly kind: 'shown'; readonly shown: ClosedRound | ClosedUpdate }
  | { readonly kind: 'failed'; readonly failure: WorkerFailure };

/** The record, read and checked a slice at a time, or why it cannot be shown. */
export async function checkedContent(key: RecordKey): Promise<SnapshotContent | Unreadable> {
  const [{ checkedRecord }, { SnapshotAlteredError }] = await Promise.all([
    checks(),
    import('../domain/snapshotRecord'),
  ]);
  try {
    return (await checkedRecord(key)).content;
  } catch (error) {
    if (error instanceof SnapshotAlteredError) return { ok: false, message: error.message };
    throw error;
  }
}

/** What the request asks for, of the record as checked. */
export function shown(
  request: RecordRequest,
  content: SnapshotContent | Unreadable,
): ClosedRound | ClosedUpdate {
  if ('ok' in content) return content;
  if (request.kind === 'round')
    return { ok: true, comparedWith: content.comparedWith, lines: roundOfRecord(content) };
  const entry = content.actions.find(({ action }) => action.id === request.actionId);
  return { ok: true, update: entry?.update ?? null };
}

/**
 * How long the record worker stays after its last answer, with the record it last checked: for
 * someone going through a closed round's updates one by one, each shown at once rather than after
 * the record is read and checked again (most of a second at 20,000 actions).
 */
const STAY_MS = 60_000;

interface StandingWorker {
  readonly worker: Worker;
  /** The asking underway: one at a time, as `askWorker` hears one answer at a time. */
  queue: Promise<unknown>;
  leave?: ReturnType<typeof setTimeout>;
}

let standing: StandingWorker | null = null;

function dismiss(current: StandingWorker) {
  current.worker.terminate();
  if (standing === current) standing = null;
}

async function show(request: RoundRequest): Promise<ClosedRound>;
async function show(request: UpdateRequest): Promise<ClosedUpdate>;
async function show(request: RecordRequest): Promise<ClosedRound | ClosedUpdate> {
  if (!(await worthAWorker())) return shown(request, await checkedContent(request.key));
  const { askWorker } = await import('./workerCall');
  const current: StandingWorker = (standing ??= {
    worker: new Worker(new URL('./recordWorker.ts', import.meta.url), { type: 'module' }),
    queue: Promise.resolve(),
  });
  clearTimeout(current.leave);
  const asking = current.queue
    .catch(() => undefined)
    .then(() =>
      askWorker<RecordReply, ClosedRound | ClosedUpdate>(
        current.worker,
        request,
        (reply) => reply.shown,
      ),
    );
  current.queue = asking;
  try {
    return await asking;
  } catch (error) {
    dismiss(current); // a worker that failed is not asked again
    throw error;
  } finally {
    if (standing === current && current.queue === asking)
      current.leave = setTimeout(() => dismiss(current), STAY_MS);
  }
}

/** A closed quarter's round, from its live record `key`, checked. */
export const closedRound = (key: RecordKey) =>
  show({ kind: 'round', database: database().name, key });

/** One action's update in a closed quarter's live record `key`, checked. */
export const closedUpdate = (key: RecordKey, actionId: string) =>
  show({ kind: 'update', database: database().name, key, actionId });
