/**
 * Conflicts between this browser's change and the shared plan's: what differs, field by field,
 * and how two texts are kept together so a person can edit them into one.
 */
import { changedFields, fieldLabel } from './audit';

export type ConflictChoice = 'theirs' | 'mine' | 'both';

/** Fields a person reads and writes; bookkeeping fields are left out of the comparison. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'reportedAt', 'respondedAt']);

export interface ConflictField {
  readonly field: string;
  readonly label: string;
  readonly theirs: string;
  readonly mine: string;
}

const shown = (value: unknown): string =>
  value === null || value === undefined
    ? '(empty)'
    : typeof value === 'string'
      ? value || '(empty)'
      : Array.isArray(value)
        ? value.map(String).join(', ') || '(none)'
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);

/** The fields that differ between the shared plan's row and this browser's, in words. */
export function conflictFields(theirs: unknown, mine: unknown): ConflictField[] {
  return changedFields(theirs, mine)
    .filter((change) => !BOOKKEEPING.has(change.field))
    .map((change) => ({
      field: change.field,
      label: fieldLabel(change.field),
      theirs: shown(change.before),
      mine: shown(change.after),
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
    if (BOOKKEEPING.has(change.field)) continue;
    if (typeof change.before === 'string' && typeof change.after === 'string') {
      merged[change.field] = change.before
        ? `${change.before}\n\n[Also written in a conflicting change:]\n${change.after}`
        : change.after;
    }
  }
  return merged;
}
