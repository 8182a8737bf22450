/**
 * The plan table's filters and sorting, as plain rules over actions.
 */
import { isOverdue, type Action, type ActionStatus } from './actions';
import { byBodyThenReference, compareReferences, compareText } from './references';
import { isDateInQuarter, type Quarter } from './quarters';
import type { IsoDate } from './dates';
import { RAG_STATUSES, ragRank, type RagStatus } from './rag';
import type { FourPRowId } from './strategicTool';

export interface PlanFilter {
  readonly search?: string;
  readonly bodyId?: string;
  readonly row?: FourPRowId | '';
  readonly themeId?: string;
  readonly status?: ActionStatus | '';
  /** A RAG status, or "none" for actions with no update yet. */
  readonly rag?: RagStatus | 'none' | '';
  readonly recommendation?: number | null;
  readonly overdue?: boolean;
  readonly dueThisQuarter?: boolean;
  readonly archived?: boolean;
}

export type PlanSortKey = 'ref' | 'title' | 'body' | 'dueDate' | 'status' | 'rag';
export interface PlanSort {
  readonly key: PlanSortKey;
  readonly direction: 'ascending' | 'descending';
}

/** Lower-cased text an action is searched by, computed once per action. */
export function searchText(
  action: Pick<Action, 'ref' | 'title' | 'description' | 'leadAgency' | 'leadOfficer'>,
): string {
  return `${action.ref} ${action.title} ${action.description} ${action.leadAgency} ${action.leadOfficer}`.toLowerCase();
}

export function filterActions<T extends Action>(
  actions: readonly T[],
  filter: PlanFilter,
  context: { today: IsoDate; quarter: Quarter; searchIndex?: ReadonlyMap<string, string> },
): T[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const archived = filter.archived ? 1 : 0;
  return actions.filter((action) => {
    if (action.archived !== archived) return false;
    if (filter.bodyId && action.bodyId !== filter.bodyId) return false;
    if (filter.row && action.primaryRow !== filter.row) return false;
    if (filter.themeId && !action.themeIds.includes(filter.themeId)) return false;
    if (filter.status && action.status !== filter.status) return false;
    if (filter.rag && (action.latestRag ?? 'none') !== filter.rag) return false;
    if (filter.recommendation && !action.recommendationNumbers.includes(filter.recommendation))
      return false;
    if (filter.overdue && !isOverdue(action, context.today)) return false;
    if (filter.dueThisQuarter && !isDateInQuarter(action.dueDate, context.quarter)) return false;
    if (words.length > 0) {
      const text = context.searchIndex?.get(action.id) ?? searchText(action);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** Red first, then Amber, Green, Blue; actions with no update last. */
const ragOrder = (rag: RagStatus | null) => (rag ? ragRank(rag) : RAG_STATUSES.length);

export function sortActions<T extends Action>(
  actions: readonly T[],
  sort: PlanSort,
  bodyOrder: ReadonlyMap<string, number>,
): T[] {
  const compare: (a: T, b: T) => number = {
    ref: (a: T, b: T) => compareReferences(a.ref, b.ref),
    title: (a: T, b: T) => compareText(a.title, b.title),
    body: byBodyThenReference(bodyOrder),
    dueDate: (a: T, b: T) => a.dueDate.localeCompare(b.dueDate) || compareReferences(a.ref, b.ref),
    status: (a: T, b: T) => a.status.localeCompare(b.status) || compareReferences(a.ref, b.ref),
    rag: (a: T, b: T) =>
      ragOrder(a.latestRag) - ragOrder(b.latestRag) || compareReferences(a.ref, b.ref),
  }[sort.key];
  const sorted = [...actions].sort(compare);
  return sort.direction === 'descending' ? sorted.reverse() : sorted;
}
