/**
 * An action's status is a consequence of its quarterly updates (decision 0009):
 *
 * - a Blue update means Complete: the action has been delivered, and leaves later rounds unless a
 *   manager reopens it;
 * - a Red, Amber or Green update means In progress: progress has been recorded;
 * - no update with a RAG yet leaves the status as it was (Not started for a new action);
 * - Deferred and Cancelled are a manager's decisions, with a reason: updates do not change them;
 * - a manager may still set any status by hand, with a reason; it stands until the next update is
 *   recorded, and every page shows it beside the update that contradicts it.
 *
 * A recommendation's delivery follows its actions' statuses (`coverage.ts`), so it follows the
 * updates too. Every view and export reads these functions.
 */
import { ACTION_STATUS_LABEL, type Action, type ActionStatus, type StatusSetBy } from './actions';
import { RAG, type RagStatus } from './rag';

/** Statuses that are a manager's decision, which updates never change. */
const DECISION_STATUSES: readonly ActionStatus[] = ['deferred', 'cancelled'];

const isDecision = (status: ActionStatus) => DECISION_STATUSES.includes(status);

/** The status an update's RAG implies, or null when it implies none. */
export function statusFromRag(rag: RagStatus | null): ActionStatus | null {
  if (rag === null) return null;
  return rag === 'blue' ? 'complete' : 'in-progress';
}

/** The status after an update is recorded, given the RAG of the action's latest update. */
export function statusAfterUpdate(
  action: Pick<Action, 'status' | 'statusSetBy' | 'statusNote'>,
  latestRag: RagStatus | null,
): Pick<Action, 'status' | 'statusSetBy' | 'statusNote'> {
  const implied = statusFromRag(latestRag);
  if (isDecision(action.status) || implied === null) return action;
  return { status: implied, statusSetBy: 'updates', statusNote: '' };
}

/** Who set a status a person has just saved: unchanged keeps its setter, a change is the manager's. */
export function statusSetterAfterEdit(
  before: Pick<Action, 'status' | 'statusSetBy'> | undefined,
  status: ActionStatus,
): StatusSetBy {
  if (before && before.status === status) return before.statusSetBy;
  return before === undefined && status === 'not-started' ? 'updates' : 'manager';
}

/**
 * Where the status and the latest update disagree (a status set by hand), in words for the page;
 * null when they agree or there is no update with a RAG.
 */
export function statusContradiction(action: Pick<Action, 'status' | 'latestRag'>): string | null {
  const implied = statusFromRag(action.latestRag);
  if (implied === null || implied === action.status || action.latestRag === null) return null;
  return `The status was set by hand to ${ACTION_STATUS_LABEL[action.status]}; the latest update is ${RAG[action.latestRag].label}, which would make it ${ACTION_STATUS_LABEL[implied]}.`;
}

/** A manager's reason is needed for a decision, or for a hand-set status the updates contradict. */
export function statusNeedsReason(
  status: ActionStatus,
  latestRag: RagStatus | null,
  changed: boolean,
): boolean {
  if (!changed) return false;
  if (isDecision(status)) return true;
  const implied = statusFromRag(latestRag);
  return implied !== null && implied !== status;
}

/** Upgrades an action written before status followed the updates (schema version 4). */
export function upgradeActionStatus(
  action: Pick<Action, 'status' | 'latestRag'>,
): Pick<Action, 'status' | 'statusSetBy' | 'statusNote'> {
  const implied = statusFromRag(action.latestRag);
  if (isDecision(action.status))
    return { status: action.status, statusSetBy: 'manager', statusNote: '' };
  // Complete by hand while the updates say otherwise: the manager's word is kept, and shown.
  if (action.status === 'complete' && implied !== 'complete')
    return { status: 'complete', statusSetBy: 'manager', statusNote: '' };
  return { status: implied ?? action.status, statusSetBy: 'updates', statusNote: '' };
}

/** The status with who set it, the reason and any contradiction, for the action's page. */
export function statusInWords(
  action: Pick<Action, 'status' | 'statusSetBy' | 'statusNote' | 'latestRag'>,
): string {
  const label = ACTION_STATUS_LABEL[action.status];
  const how =
    action.statusSetBy === 'updates'
      ? `${label}, following the quarterly updates.`
      : `${label}, set by a manager${action.statusNote ? `: ${action.statusNote}` : '.'}`;
  const contradiction = action.statusSetBy === 'manager' ? statusContradiction(action) : null;
  return contradiction ? `${how} ${contradiction}` : how;
}
