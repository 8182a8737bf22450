/**
 * Starting a new financial year (R L1095: objectives are refreshed annually). The board's
 * objectives are copied as drafts for the new year, actions still to be delivered carry forward,
 * and completed actions leave the plan (archived, so nothing is lost).
 */
import type { Action } from './actions';
import type { Objective } from './objectives';
import { financialYearLabel } from './quarters';

export interface NewYearPlan {
  readonly fyStart: number;
  readonly label: string;
  readonly objectivesToCopy: readonly Objective[];
  readonly actionsToCarry: readonly Action[];
  readonly actionsToArchive: readonly Action[];
  /** Set when the year cannot be started, with the reason. */
  readonly refusal: string | null;
}

export function planNewYear(
  fyStart: number,
  objectives: readonly Objective[],
  actions: readonly Action[],
): NewYearPlan {
  const previousYear = objectives.filter(
    (o) => o.financialYear === fyStart - 1 && o.status !== 'retired',
  );
  const already = objectives.some((o) => o.financialYear === fyStart);
  const live = actions.filter((action) => action.archived === 0);
  return {
    fyStart,
    label: financialYearLabel(fyStart),
    objectivesToCopy: already
      ? []
      : previousYear.map((o) => ({
          ...o,
          id: `${fyStart}-${o.code}`,
          financialYear: fyStart,
          status: 'draft' as const,
          derivation: `Copied from ${financialYearLabel(fyStart - 1)} to be refreshed.`,
        })),
    actionsToCarry: live.filter(
      (action) => action.status !== 'complete' && action.status !== 'cancelled',
    ),
    actionsToArchive: live.filter(
      (action) => action.status === 'complete' || action.status === 'cancelled',
    ),
    refusal: already
      ? `Financial year ${financialYearLabel(fyStart)} has already been started: its objectives exist.`
      : null,
  };
}
