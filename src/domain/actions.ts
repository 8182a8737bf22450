/**
 * Actions in a body's plan: what will be done, by whom, by when, and where it sits on the
 * strategic tool.
 */
import type { IsoDate } from './dates';
import type { RagStatus } from './rag';
import type { FourPRowId } from './strategicTool';

export const ACTION_STATUSES = [
  'not-started',
  'in-progress',
  'complete',
  'deferred',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type StatusSetBy = 'updates' | 'manager';

export interface Milestone {
  readonly id: string;
  readonly title: string;
  readonly dueDate: IsoDate;
  readonly done: boolean;
}

export interface Action {
  readonly id: string;
  /** Unique in the workspace, e.g. "GYV-03". */
  readonly ref: string;
  readonly bodyId: string;
  readonly title: string;
  readonly description: string;
  readonly leadAgency: string;
  readonly leadOfficer: string;
  readonly partners: readonly string[];
  readonly startDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly milestones: readonly Milestone[];
  readonly successMeasure: string;
  readonly status: ActionStatus;
  /** Who set the status last: the quarterly updates (the rule in `lifecycle.ts`) or a manager. */
  readonly statusSetBy: StatusSetBy;
  /** The manager's reason, when they set the status by hand; empty when it follows the updates. */
  readonly statusNote: string;
  readonly recommendationNumbers: readonly number[];
  readonly objectiveIds: readonly string[];
  readonly swotIds: readonly string[];
  readonly primaryRow: FourPRowId;
  readonly secondaryRows: readonly FourPRowId[];
  readonly themeIds: readonly string[];
  /** 1 when archived; a number so that IndexedDB can index it. */
  readonly archived: 0 | 1;
  readonly demo: 0 | 1;
  /** The RAG of the action's most recent quarterly update; null until its first update. */
  readonly latestRag: RagStatus | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  deferred: 'Deferred',
  cancelled: 'Cancelled',
};

/** Open actions are the ones still to be delivered: they get quarterly updates. */
export function isOpen(action: Pick<Action, 'status' | 'archived'>): boolean {
  return (
    action.archived === 0 &&
    (action.status === 'not-started' ||
      action.status === 'in-progress' ||
      action.status === 'deferred')
  );
}

/** Past its due date and not finished. */
export function isOverdue(
  action: Pick<Action, 'status' | 'archived' | 'dueDate'>,
  today: IsoDate,
): boolean {
  return isOpen(action) && action.dueDate < today;
}
