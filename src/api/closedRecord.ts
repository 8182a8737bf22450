/**
 * What the quarterly round and its update pages show of a closed quarter's record: the round's
 * lines, or one action's update. The record is read and checked against its SHA-256 first, and
 * for a large plan that is done in a worker (`recordWorker.ts`): at 20,000 actions the record is
 * about 15 MB, and reading it on the page held a click up for 110-190 ms. The page is sent only
 * what it shows.
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
async function checkedContent(key: RecordKey): Promise<SnapshotContent | Unreadable> {
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

/** On this thread (the worker's, or the page's for a small plan): what the request asks for. */
export async function showHere(request: RoundRequest): Promise<ClosedRound>;
export async function showHere(request: UpdateRequest): Promise<ClosedUpdate>;
export async function showHere(request: RecordRequest): Promise<ClosedRound | ClosedUpdate>;
export async function showHere(request: RecordRequest): Promise<ClosedRound | ClosedUpdate> {
  const content = await checkedContent(request.key);
  if ('ok' in content) return content;
  if (request.kind === 'round')
    return { ok: true, comparedWith: content.comparedWith, lines: roundOfRecord(content) };
  const entry = content.actions.find(({ action }) => action.id === request.actionId);
  return { ok: true, update: entry?.update ?? null };
}

async function show(request: RoundRequest): Promise<ClosedRound>;
async function show(request: UpdateRequest): Promise<ClosedUpdate>;
async function show(request: RecordRequest): Promise<ClosedRound | ClosedUpdate> {
  if (!(await worthAWorker())) return showHere(request);
  const { askWorker } = await import('./workerCall');
  const worker = new Worker(new URL('./recordWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await askWorker<RecordReply, ClosedRound | ClosedUpdate>(
      worker,
      request,
      (reply) => reply.shown,
    );
  } finally {
    worker.terminate();
  }
}

/** A closed quarter's round, from its live record `key`, checked. */
export const closedRound = (key: RecordKey) =>
  show({ kind: 'round', database: database().name, key });

/** One action's update in a closed quarter's live record `key`, checked. */
export const closedUpdate = (key: RecordKey, actionId: string) =>
  show({ kind: 'update', database: database().name, key, actionId });
