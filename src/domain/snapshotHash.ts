/**
 * A snapshot's SHA-256 (`snapshot.ts`), apart from its content so that showing a draft picture
 * does not load the hashing.
 */
import { hashOf, hashOfInSlices, type SliceOptions } from './canonical';
import type { SnapshotContent } from './snapshot';

export function snapshotHash(content: SnapshotContent): string {
  return hashOf(content);
}

/**
 * `snapshotHash`, a slice of actions at a time, with `pause` awaited between slices; `options` as
 * for `hashOfInSlices`.
 */
export const snapshotHashInSlices = (
  content: SnapshotContent,
  pause: () => Promise<unknown>,
  options: Omit<SliceOptions, 'slice'> = {},
) => hashOfInSlices(content as unknown as Record<string, unknown>, pause, options);
