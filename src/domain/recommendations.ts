/**
 * The 24 recommendations of Andell (2023), ordered by the report "from strategic to practice
 * levels of intervention" (R L103). The level is derived from the ordinal: the report gives the
 * order but no cut-points, so the split below is the domain brief's judgement (1–6 strategic,
 * 7–17 partnership, 18–24 practice).
 */
import type { Problem } from './problems';
import type { FourPRowId } from './strategicTool';

export const RECOMMENDATION_LEVELS = ['strategic', 'partnership', 'practice'] as const;
export type RecommendationLevel = (typeof RECOMMENDATION_LEVELS)[number];

export const LEVEL_LABEL: Record<RecommendationLevel, string> = {
  strategic: 'Strategic',
  partnership: 'Partnership',
  practice: 'Practice',
};

export function levelOfRecommendation(number: number): RecommendationLevel {
  if (!Number.isInteger(number) || number < 1 || number > 24) {
    throw new RangeError(`There is no recommendation ${number}`);
  }
  if (number <= 6) return 'strategic';
  if (number <= 17) return 'partnership';
  return 'practice';
}

export const RESPONSE_STATUSES = [
  'awaiting-response',
  'under-consideration',
  'accepted',
  'accepted-in-part',
  'not-accepted',
] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const RESPONSE_LABEL: Record<ResponseStatus, string> = {
  'awaiting-response': 'No response recorded',
  'under-consideration': 'Under consideration',
  accepted: 'Accepted',
  'accepted-in-part': 'Accepted in part',
  'not-accepted': 'Not accepted',
};

interface SourceReference {
  /** Where in the report the recommendation emerges ("Youth Work"). */
  readonly section: string;
  /** First and last line of the passage in the report text. */
  readonly lines: readonly [number, number];
  /** The passage quoted, verbatim. */
  readonly quote: string;
}

export interface Recommendation {
  readonly number: number;
  /** The recommendation as the report's summary list gives it, verbatim. */
  readonly text: string;
  readonly sourceLine: number;
  readonly level: RecommendationLevel;
  readonly emergesFrom: readonly SourceReference[];
  /** A suggestion, not the report's: the body that might own it. */
  readonly suggestedOwnerId: string;
  readonly suggestedOwnerNote: string;
  /** A suggestion, not the report's: the Figure 8 rows it mostly sits in, primary first. */
  readonly suggestedRows: readonly FourPRowId[];
  readonly response: ResponseStatus;
  readonly responseNote: string;
  readonly respondedAt?: string;
}

export const RESPONSE_NOTE_MAX = 2000;

/**
 * Checks a board response before it is saved. A note is required when the board has not accepted
 * the recommendation in full, because scrutiny will ask why.
 */
export function checkResponse(response: string, note: string): Problem[] {
  const problems: Problem[] = [];
  if (!(RESPONSE_STATUSES as readonly string[]).includes(response)) {
    problems.push({ field: 'response', message: 'Select the board’s response' });
  }
  const trimmed = note.trim();
  if (trimmed.length > RESPONSE_NOTE_MAX) {
    problems.push({
      field: 'responseNote',
      message: `The note must be ${RESPONSE_NOTE_MAX} characters or fewer`,
    });
  } else if ((response === 'accepted-in-part' || response === 'not-accepted') && trimmed === '') {
    problems.push({
      field: 'responseNote',
      message: 'Enter a note saying which parts are not accepted and why',
    });
  }
  return problems;
}

export interface RecommendationFilter {
  readonly search?: string;
  readonly level?: RecommendationLevel | '';
  readonly ownerId?: string;
  readonly row?: FourPRowId | '';
  readonly response?: ResponseStatus | '';
}

/** The recommendations that match every criterion given; search looks in the number and text. */
export function filterRecommendations<T extends Recommendation>(
  recommendations: readonly T[],
  filter: RecommendationFilter,
): T[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return recommendations.filter(
    (r) =>
      (!filter.level || r.level === filter.level) &&
      (!filter.ownerId || r.suggestedOwnerId === filter.ownerId) &&
      (!filter.row || r.suggestedRows.includes(filter.row)) &&
      (!filter.response || r.response === filter.response) &&
      words.every((word) => String(r.number) === word || r.text.toLowerCase().includes(word)),
  );
}
