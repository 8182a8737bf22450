/**
 * Quarterly updates on actions, and the snapshot frozen when a quarter closes.
 */
import { isIsoDate, type IsoDate } from './dates';
import { formatFigure } from './figures';
import type { Problem } from './problems';
import type { QuarterKey } from './quarters';
import { isRagStatus, ragNeedsCorrectiveAction, ragRank, type RagStatus } from './rag';

export interface QuarterlyUpdate {
  /** `${actionId}@${quarter}` */
  readonly id: string;
  readonly actionId: string;
  readonly quarter: QuarterKey;
  /** Null only on a draft not yet given a RAG. */
  readonly rag: RagStatus | null;
  readonly percentComplete: number | null;
  readonly narrative: string;
  readonly evidence: string;
  readonly nextSteps: string;
  readonly correctiveAction: string;
  readonly forecast:
    { readonly onTrack: true } | { readonly onTrack: false; readonly revisedDate: IsoDate };
  readonly state: 'draft' | 'done';
  readonly carriedForward: boolean;
  readonly reportedBy: string;
  readonly reportedAt: string;
}

/** An update's id, the same in the browser, on the server and in a backup. */
export const updateId = (actionId: string, quarter: string): string => `${actionId}@${quarter}`;

/**
 * The key the browser stores an update under: its quarter first, so that a quarter's updates lie
 * together and are read as one range (`db/database.ts`, version 9).
 */
export type UpdateKey = [quarter: string, actionId: string];

export const updateKey = (quarter: string, actionId: string): UpdateKey => [quarter, actionId];

/** The stored key of the update with this id (`updateId`; a quarter holds no "@"). */
export function updateKeyOfId(id: string): UpdateKey {
  const at = id.lastIndexOf('@');
  return [id.slice(at + 1), id.slice(0, at)];
}

export interface QuarterSnapshot {
  readonly id: string;
  readonly quarter: QuarterKey;
  readonly version: number;
  readonly closedAt: string;
  readonly closedBy: string;
  /** SHA-256 of the canonical content. */
  readonly hash: string;
  readonly content: unknown;
  /** Set when the quarter was reopened: the snapshot stays, marked as superseded. */
  readonly supersededAt: string | null;
  readonly reopenReason: string | null;
}

/** What is said of a version superseded by a reopening: all but its content. */
export type SupersededRecord = Omit<QuarterSnapshot, 'content'>;

/** The record a closed quarter stands by: the version no reopening has superseded. */
export const isLiveRecord = (snapshot: Pick<QuarterSnapshot, 'supersededAt'>): boolean =>
  snapshot.supersededAt === null;

export type UpdateState = 'missing' | 'draft' | 'done';

export const UPDATE_STATE_LABEL: Record<UpdateState, string> = {
  missing: 'Missing',
  draft: 'Draft',
  done: 'Done',
};

/** What a person enters for an update; the rest is added by the command. */
export interface UpdateInput {
  readonly rag: RagStatus | '';
  readonly percentComplete: string;
  readonly narrative: string;
  readonly evidence: string;
  readonly nextSteps: string;
  readonly correctiveAction: string;
  readonly onTrack: boolean;
  readonly revisedDate: IsoDate;
  readonly state: 'draft' | 'done';
}

const NARRATIVE_MAX = 5000;

/**
 * The rules for an update. A draft may be incomplete, but what it holds must be valid; a finished
 * update needs a RAG, a percentage and a narrative. Red and Amber need a corrective action; Blue
 * means complete, so 100%.
 */
export function checkUpdate(input: UpdateInput): Problem[] {
  const problems: Problem[] = [];
  const done = input.state === 'done';
  if (input.rag === '') {
    if (done) problems.push({ field: 'rag', message: 'Select a RAG status' });
  } else if (!isRagStatus(input.rag)) {
    problems.push({ field: 'rag', message: 'Select Red, Amber, Green or Blue' });
  }
  const percentText = input.percentComplete.trim();
  if (percentText === '') {
    if (done)
      problems.push({
        field: 'percentComplete',
        message: 'Enter the percentage complete, from 0 to 100',
      });
  } else if (!/^\d{1,3}$/.test(percentText) || Number(percentText) > 100) {
    problems.push({
      field: 'percentComplete',
      message: 'The percentage complete must be a whole number from 0 to 100',
    });
  } else if (input.rag === 'blue' && Number(percentText) !== 100) {
    problems.push({
      field: 'percentComplete',
      message: 'Blue means complete: the percentage complete must be 100',
    });
  }
  if (done && input.narrative.trim() === '')
    problems.push({
      field: 'narrative',
      message: 'Enter a narrative saying what progress was made this quarter',
    });
  for (const field of ['narrative', 'evidence', 'nextSteps', 'correctiveAction'] as const) {
    if (input[field].length > NARRATIVE_MAX)
      problems.push({ field, message: `Must be ${NARRATIVE_MAX} characters or fewer` });
  }
  if (
    input.rag !== '' &&
    ragNeedsCorrectiveAction(input.rag) &&
    input.correctiveAction.trim() === ''
  )
    problems.push({
      field: 'correctiveAction',
      message: `${input.rag === 'red' ? 'Red' : 'Amber'} needs a corrective action: say what is being done to recover`,
    });
  if (!input.onTrack && !isIsoDate(input.revisedDate))
    problems.push({
      field: 'revisedDate',
      message: 'Enter the revised completion date as a real date',
    });
  return problems;
}

/** The update's state for the round: missing until saved, then draft or done. */
export function updateState(update: Pick<QuarterlyUpdate, 'state'> | undefined): UpdateState {
  return update ? update.state : 'missing';
}

/**
 * "Carry forward from last quarter": the text of the previous update, marked as carried forward
 * until someone edits it. RAG and percentage are not carried: they must be judged afresh.
 */
export function carryForward(previous: QuarterlyUpdate): UpdateInput {
  return {
    rag: '',
    percentComplete: '',
    narrative: previous.narrative,
    evidence: previous.evidence,
    nextSteps: previous.nextSteps,
    correctiveAction: previous.correctiveAction,
    onTrack: previous.forecast.onTrack,
    revisedDate: previous.forecast.onTrack ? '' : previous.forecast.revisedDate,
    state: 'draft',
  };
}

/** Still carried forward: the narrative is word for word last quarter's. */
export function isStillCarriedForward(
  input: Pick<UpdateInput, 'narrative'>,
  previous: QuarterlyUpdate | undefined,
): boolean {
  return (
    Boolean(previous) &&
    input.narrative.trim() !== '' &&
    input.narrative.trim() === previous?.narrative.trim()
  );
}

export type Direction = 'improved' | 'same' | 'worse' | 'new';

export const DIRECTION_LABEL: Record<Direction, string> = {
  improved: 'Improved',
  same: 'No change',
  worse: 'Worse',
  new: 'New this quarter',
};

/** An action's direction of travel between the previous closed quarter and this one. */
export function directionOfTravel(
  previous: RagStatus | null | undefined,
  current: RagStatus | null | undefined,
): Direction | null {
  if (!current) return null;
  if (!previous) return 'new';
  const change = ragRank(current) - ragRank(previous);
  return change > 0 ? 'improved' : change < 0 ? 'worse' : 'same';
}

export interface OverallDirection {
  readonly counts: Record<Direction, number>;
  /** Improved minus worse: above zero, more actions got better than got worse. */
  readonly net: number;
  readonly summary: string;
}

export function overallDirection(directions: readonly (Direction | null)[]): OverallDirection {
  const counts: Record<Direction, number> = { improved: 0, same: 0, worse: 0, new: 0 };
  for (const direction of directions) if (direction) counts[direction] += 1;
  const net = counts.improved - counts.worse;
  const [better, worse] = [formatFigure(counts.improved), formatFigure(counts.worse)];
  const summary =
    net > 0
      ? `Improving overall: ${better} better, ${worse} worse`
      : net < 0
        ? `Worsening overall: ${worse} worse, ${better} better`
        : `No overall change: ${better} better, ${worse} worse`;
  return { counts, net, summary };
}
