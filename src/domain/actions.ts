/**
 * Actions in a body's plan: what will be done, by whom, by when, and where it sits on the
 * strategic tool.
 */
import type { IsoDate } from './dates';
import type { FourPRowId } from './strategicTool';

export const ACTION_STATUSES = [
  'not-started',
  'in-progress',
  'complete',
  'deferred',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

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
  readonly recommendationNumbers: readonly number[];
  readonly objectiveIds: readonly string[];
  readonly swotIds: readonly string[];
  readonly primaryRow: FourPRowId;
  readonly secondaryRows: readonly FourPRowId[];
  readonly themeIds: readonly string[];
  /** 1 when archived; a number so that IndexedDB can index it. */
  readonly archived: 0 | 1;
  readonly demo: 0 | 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}
