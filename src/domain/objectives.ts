/** Board objectives, refreshed every financial year (R L1095). */
export const OBJECTIVE_STATUSES = ['draft', 'agreed', 'retired'] as const;
type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export interface Objective {
  readonly id: string;
  readonly code: string;
  /** Calendar year in which the financial year starts. */
  readonly financialYear: number;
  readonly title: string;
  readonly description: string;
  readonly bodyId: string;
  readonly status: ObjectiveStatus;
  /** Where a draft came from, e.g. the aims stated in the report. */
  readonly derivation: string;
}
