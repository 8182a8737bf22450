/**
 * The quarterly round: which actions owe an update for a quarter, where each stands, and the
 * returns received per body.
 */
import { isOpen, type Action } from './actions';
import { byBodyThenReference, compareReferences } from './references';
import { quarterEnd, quarterStart, type Quarter } from './quarters';
import type { SnapshotContent } from './snapshot';
import { updateState, type Direction, type QuarterlyUpdate, type UpdateState } from './updates';

export interface RoundEntry {
  readonly action: Action;
  readonly update: QuarterlyUpdate | undefined;
  readonly state: UpdateState;
}

/** What a round's table shows of an action: an open round's entries are lines too. */
export interface RoundLine {
  readonly action: Pick<Action, 'id' | 'ref' | 'title' | 'bodyId'>;
  readonly update: Pick<QuarterlyUpdate, 'rag'> | undefined;
  readonly state: UpdateState;
  /** A closed quarter's direction of travel, as its record states it. */
  readonly direction?: Direction | null;
}

/**
 * A closed quarter's round, from its record: every action it holds, in reference order, with
 * only what the round shows (a record of 20,000 actions is about 15 MB; its lines about a tenth).
 */
export function roundOfRecord(content: SnapshotContent): RoundLine[] {
  return content.actions
    .map(({ action: { id, ref, title, bodyId }, update, direction }) => ({
      action: { id, ref, title, bodyId },
      update: update ? { rag: update.rag } : undefined,
      state: updateState(update ?? undefined),
      direction,
    }))
    .sort((a, b) => compareReferences(a.action.ref, b.action.ref));
}

/**
 * An action is in a quarter's round when it has started by the quarter's end and is still open,
 * or was completed at or after the quarter began, or already has an update for the quarter.
 */
export function roundFor(
  actions: readonly Action[],
  updates: readonly QuarterlyUpdate[],
  quarter: Quarter,
  bodyOrder: ReadonlyMap<string, number>,
): RoundEntry[] {
  const byAction = new Map(updates.map((update) => [update.actionId, update]));
  const start = quarterStart(quarter);
  const end = quarterEnd(quarter);
  return actions
    .filter((action) => {
      if (byAction.has(action.id)) return action.archived === 0;
      if (action.startDate > end) return false;
      return (
        isOpen(action) ||
        (action.archived === 0 &&
          action.status === 'complete' &&
          action.updatedAt.slice(0, 10) >= start)
      );
    })
    .sort(byBodyThenReference(bodyOrder))
    .map((action) => {
      const update = byAction.get(action.id);
      return { action, update, state: updateState(update) };
    });
}

export interface BodyReturns {
  readonly bodyId: string;
  readonly total: number;
  readonly done: number;
  readonly draft: number;
  readonly missing: number;
}

export function returnsByBody(
  round: readonly Pick<RoundLine, 'action' | 'state'>[],
  bodyIds: readonly string[],
): BodyReturns[] {
  return bodyIds.map((bodyId) => {
    const entries = round.filter((entry) => entry.action.bodyId === bodyId);
    const count = (state: UpdateState) => entries.filter((entry) => entry.state === state).length;
    return {
      bodyId,
      total: entries.length,
      done: count('done'),
      draft: count('draft'),
      missing: count('missing'),
    };
  });
}

/** The next action still owing an update after the given one, for working through the round. */
export function nextOwing(
  round: readonly RoundEntry[],
  afterActionId: string,
): RoundEntry | undefined {
  const index = round.findIndex((entry) => entry.action.id === afterActionId);
  const ordered = [...round.slice(index + 1), ...round.slice(0, Math.max(0, index))];
  return ordered.find((entry) => entry.state !== 'done');
}
