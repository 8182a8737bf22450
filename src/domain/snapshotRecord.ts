/**
 * Reading a closed quarter's record. A snapshot is read only through `readSnapshot`, which first
 * checks its content against the SHA-256 taken when the quarter closed, then checks its shape, then
 * upgrades an older version of the content in memory (the stored record is never rewritten).
 * A record that fails is never shown as figures: the reader says it has been altered. It uses zod,
 * so the app's first screen loads it on demand (`import()`), not up front.
 */
import { z } from './zod';
import { ACTION_STATUSES } from './actions';
import { hashOf, hashOfInSlices, SLICE, type SliceOptions } from './canonical';
import { RAG_STATUSES } from './rag';
import { RESPONSE_STATUSES } from './recommendations';
import { SNAPSHOT_CONTENT_VERSION, type SnapshotContent } from './snapshot';
import type { QuarterSnapshot } from './updates';

const quarterKey = z.string().regex(/^\d{4}-Q[1-4]$/);
const snapshotAction = z.object({
  action: z.looseObject({
    id: z.string(),
    ref: z.string(),
    bodyId: z.string(),
    title: z.string(),
    status: z.enum(ACTION_STATUSES),
    dueDate: z.string(),
    primaryRow: z.string(),
    archived: z.union([z.literal(0), z.literal(1)]),
    recommendationNumbers: z.array(z.number()),
    swotIds: z.array(z.string()),
    themeIds: z.array(z.string()),
  }),
  update: z
    .looseObject({ rag: z.enum(RAG_STATUSES).nullable(), state: z.enum(['draft', 'done']) })
    .nullable(),
  direction: z.enum(['improved', 'same', 'worse', 'new']).nullable(),
});
const recommendationEntry = z.looseObject({
  number: z.number().int().min(1).max(24),
  response: z.enum(RESPONSE_STATUSES),
  responseNote: z.string(),
  delivery: z.looseObject({
    status: z.enum(['no-actions', 'planned', 'in-progress', 'delivered']),
    total: z.number(),
    complete: z.number(),
  }),
});
const common = {
  quarter: quarterKey,
  comparedWith: quarterKey.nullable(),
  actions: z.array(snapshotAction),
  recommendations: z.array(recommendationEntry),
};
const contentV1 = z.looseObject({ ...common, indicatorValues: z.array(z.unknown()) });
const contentV2 = z.looseObject({ ...common, version: z.literal(2) });

export const SNAPSHOT_ALTERED_MESSAGE =
  'This quarter’s record has been altered since it was closed, so its figures are not shown: they may not be what was reported. Restore the workspace from a backup made before the change, or reopen the quarter, giving a reason, and close it again.';

export type SnapshotReading =
  | { readonly ok: true; readonly content: SnapshotContent }
  | { readonly ok: false; readonly message: string };

/** Checks a closed quarter's record against its SHA-256 and its shape, and upgrades old content. */
export function readSnapshot(snapshot: Pick<QuarterSnapshot, 'content' | 'hash'>): SnapshotReading {
  if (hashOf(snapshot.content) !== snapshot.hash)
    return { ok: false, message: SNAPSHOT_ALTERED_MESSAGE };
  const v2 = contentV2.safeParse(snapshot.content);
  if (v2.success) return { ok: true, content: snapshot.content as SnapshotContent };
  const v1 = contentV1.safeParse(snapshot.content);
  if (!v1.success) return { ok: false, message: SNAPSHOT_ALTERED_MESSAGE };
  // Version 1: the frozen indicator values were never read; everything else is as recorded.
  const rest = Object.fromEntries(
    Object.entries(snapshot.content as Record<string, unknown>).filter(
      ([key]) => key !== 'indicatorValues',
    ),
  );
  return {
    ok: true,
    content: { ...rest, version: SNAPSHOT_CONTENT_VERSION } as unknown as SnapshotContent,
  };
}

/** A closed quarter's record that failed its check: shown to people as the message, never as figures. */
export class SnapshotAlteredError extends Error {
  constructor(readonly quarter: string) {
    super(SNAPSHOT_ALTERED_MESSAGE);
    this.name = 'SnapshotAlteredError';
  }
}

/** The content of a record that must be intact to be used at all (the app's own reads). */
export function snapshotContentOf(
  snapshot: Pick<QuarterSnapshot, 'content' | 'hash' | 'quarter'>,
): SnapshotContent {
  const reading = readSnapshot(snapshot);
  if (!reading.ok) throw new SnapshotAlteredError(snapshot.quarter);
  return reading.content;
}

const actionSlice = z.array(snapshotAction);

/**
 * `snapshotContentOf`, a slice of actions at a time with `pause` awaited between slices, for a
 * record of thousands of actions: the same checks (its SHA-256, then its shape), never holding the
 * page's thread for long. A version 1 record is checked whole, as before. `options` as for
 * `hashOfInSlices`.
 */
export async function snapshotContentInSlices(
  snapshot: Pick<QuarterSnapshot, 'content' | 'hash' | 'quarter'>,
  pause: () => Promise<unknown>,
  options: Omit<SliceOptions, 'slice'> = {},
): Promise<SnapshotContent> {
  const content = snapshot.content as unknown as Record<string, unknown>;
  const { actions } = content;
  if (!Array.isArray(actions) || !contentV2.safeParse({ ...content, actions: [] }).success)
    return snapshotContentOf(snapshot);
  if ((await hashOfInSlices(content, pause, options)) !== snapshot.hash)
    throw new SnapshotAlteredError(snapshot.quarter);
  for (let start = 0; start < actions.length; start += SLICE) {
    if (!actionSlice.safeParse(actions.slice(start, start + SLICE)).success)
      throw new SnapshotAlteredError(snapshot.quarter);
    await pause();
  }
  return snapshot.content as SnapshotContent;
}
