/**
 * Conflicts between this browser's change and the shared plan's: what differs, field by field,
 * and how two texts are kept together so a person can edit them into one.
 */
import { BOOKKEEPING_FIELDS, changedFields, fieldLabel, SAVE_STAMPS, valueInWords } from './audit';
import type { SyncConflict } from './syncRecords';
import type { QuarterlyUpdate } from './updates';

/**
 * Keep the shared plan's version, this browser's, or both texts; or, for an update refused because
 * its quarter was closed meanwhile, keep it as a draft for the first quarter still open.
 */
export type ConflictChoice = 'theirs' | 'mine' | 'both' | 'draft';

/** Time stamps and ids differ on every save: not what two people disagree about. */
const NOT_COMPARED = new Set([...BOOKKEEPING_FIELDS, ...SAVE_STAMPS]);

/** One field as each side holds it, in words: before is the shared plan's, after this browser's. */
export interface ConflictField {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

/** The fields that differ between the shared plan's row and this browser's, in words. */
export function conflictFields(theirs: unknown, mine: unknown): ConflictField[] {
  return changedFields(theirs, mine)
    .filter((change) => !NOT_COMPARED.has(change.field))
    .map((change) => ({
      field: change.field,
      label: fieldLabel(change.field),
      before: valueInWords(change.before, change.field),
      after: valueInWords(change.after, change.field),
    }));
}

/**
 * The shared plan's row with each text that differs holding both: theirs, then this browser's,
 * marked, so nothing either person wrote is lost and one of them can edit it into one.
 */
export function mergeTexts(
  theirs: Record<string, unknown>,
  mine: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...theirs };
  for (const change of changedFields(theirs, mine)) {
    if (NOT_COMPARED.has(change.field)) continue;
    if (typeof change.before === 'string' && typeof change.after === 'string') {
      merged[change.field] = change.before
        ? `${change.before}\n\n[Also written in a conflicting change:]\n${change.after}`
        : change.after;
    }
  }
  return merged;
}

/** The updates a refused change held: what can be kept as drafts. */
export const refusedUpdates = (conflict: SyncConflict): QuarterlyUpdate[] =>
  conflict.kind === 'refused'
    ? conflict.mine.flatMap((change) =>
        change.table === 'updates' && change.row !== null
          ? [change.row as unknown as QuarterlyUpdate]
          : [],
      )
    : [];
