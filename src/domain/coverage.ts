/**
 * Where the partnership's effort sits on the strategic tool, and where it is missing: the matrix
 * of 4P rows against bodies, actions per theme, recommendations with no action, weaknesses and
 * threats no action responds to, and each recommendation's delivery derived from its actions.
 *
 * Live actions are those not archived and not cancelled. An action counts in the row of its
 * primary 4P row.
 */
import type { Action } from './actions';
import { formatFigure } from './figures';
import type { RagStatus } from './rag';
import { FOUR_P_ROWS, type FourPRowId } from './strategicTool';
import { isConcern, type SwotItem } from './swot';
import { plural } from './words';

type CoverageAction = Pick<
  Action,
  | 'bodyId'
  | 'primaryRow'
  | 'themeIds'
  | 'recommendationNumbers'
  | 'swotIds'
  | 'status'
  | 'archived'
  | 'latestRag'
>;

export function isLive(action: Pick<Action, 'archived' | 'status'>): boolean {
  return action.archived === 0 && action.status !== 'cancelled';
}

export type RagMix = Record<RagStatus | 'none', number>;

export const emptyRagMix = (): RagMix => ({ red: 0, amber: 0, green: 0, blue: 0, none: 0 });

interface MatrixCell {
  readonly row: FourPRowId;
  readonly bodyId: string;
  readonly count: number;
  readonly rag: RagMix;
}

export interface StrategicMatrix {
  readonly cells: readonly MatrixCell[];
  readonly rowTotals: Record<FourPRowId, number>;
  readonly bodyTotals: Record<string, number>;
  readonly gaps: number;
}

/** A cell's live actions, by (4P row, body): what the matrix is drawn from, and all it needs. */
export interface CellTally {
  readonly row: string;
  readonly bodyId: string;
  readonly count: number;
  readonly rag: RagMix;
}

/** Live actions counted into their cells, with their RAG; only cells that hold any. */
export function tallyCells(
  actions: readonly Pick<
    CoverageAction,
    'bodyId' | 'primaryRow' | 'status' | 'archived' | 'latestRag'
  >[],
): CellTally[] {
  const index = new Map<string, { row: string; bodyId: string; count: number; rag: RagMix }>();
  for (const action of actions) {
    if (!isLive(action)) continue;
    const key = `${action.primaryRow}|${action.bodyId}`;
    let cell = index.get(key);
    if (!cell) {
      cell = { row: action.primaryRow, bodyId: action.bodyId, count: 0, rag: emptyRagMix() };
      index.set(key, cell);
    }
    cell.count += 1;
    cell.rag[action.latestRag ?? 'none'] += 1;
  }
  return [...index.values()];
}

export function strategicMatrix(
  actions: readonly CoverageAction[],
  bodyIds: readonly string[],
): StrategicMatrix {
  return matrixOfTally(tallyCells(actions), bodyIds);
}

/** The matrix of the given bodies from a tally of cells (a cell not in the tally is a gap). */
export function matrixOfTally(
  tally: readonly CellTally[],
  bodyIds: readonly string[],
): StrategicMatrix {
  const index = new Map(tally.map((cell) => [`${cell.row}|${cell.bodyId}`, cell]));
  const cells: MatrixCell[] = [];
  const rowTotals = Object.fromEntries(FOUR_P_ROWS.map((row) => [row, 0])) as Record<
    FourPRowId,
    number
  >;
  const bodyTotals: Record<string, number> = Object.fromEntries(bodyIds.map((body) => [body, 0]));
  for (const row of FOUR_P_ROWS) {
    for (const bodyId of bodyIds) {
      const cell = index.get(`${row}|${bodyId}`);
      const count = cell?.count ?? 0;
      cells.push({ row, bodyId, count, rag: cell ? { ...cell.rag } : emptyRagMix() });
      rowTotals[row] += count;
      bodyTotals[bodyId] = (bodyTotals[bodyId] ?? 0) + count;
    }
  }
  return { cells, rowTotals, bodyTotals, gaps: cells.filter((cell) => cell.count === 0).length };
}

/** Live actions per intervention theme. */
export function actionsPerTheme(actions: readonly CoverageAction[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const action of actions) {
    if (!isLive(action)) continue;
    for (const theme of action.themeIds) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return counts;
}

export function recommendationsWithoutAction(
  actions: readonly CoverageAction[],
  numbers: readonly number[],
): number[] {
  const covered = new Set(actions.filter(isLive).flatMap((action) => action.recommendationNumbers));
  return numbers.filter((number) => !covered.has(number));
}

export function concernsWithoutAction<T extends Pick<SwotItem, 'id' | 'quadrant'>>(
  actions: readonly CoverageAction[],
  items: readonly T[],
): T[] {
  const answered = new Set(actions.filter(isLive).flatMap((action) => action.swotIds));
  return items.filter((item) => isConcern(item) && !answered.has(item.id));
}

export type DeliveryStatus = 'no-actions' | 'planned' | 'in-progress' | 'delivered';

export const DELIVERY_LABEL: Record<DeliveryStatus, string> = {
  'no-actions': 'No actions yet',
  planned: 'Planned',
  'in-progress': 'In progress',
  delivered: 'Delivered',
};

export interface RecommendationDelivery {
  readonly status: DeliveryStatus;
  readonly total: number;
  readonly complete: number;
  /** Percentage of its live actions that are complete. */
  readonly progress: number;
  /** The rule, in words, for the page. */
  readonly explanation: string;
}

/**
 * A recommendation's delivery, derived from its live actions: delivered when all are complete,
 * in progress when any has started or finished, planned when none has, "no actions yet" when
 * there are none.
 */
export function recommendationDelivery(
  actions: readonly Pick<Action, 'status' | 'archived'>[],
): RecommendationDelivery {
  const live = actions.filter(isLive);
  const total = live.length;
  const complete = live.filter((action) => action.status === 'complete').length;
  const started = live.some(
    (action) => action.status === 'in-progress' || action.status === 'complete',
  );
  const status: DeliveryStatus =
    total === 0
      ? 'no-actions'
      : complete === total
        ? 'delivered'
        : started
          ? 'in-progress'
          : 'planned';
  const explanation =
    total === 0
      ? 'No live action is linked to this recommendation.'
      : `${formatFigure(complete)} of ${plural(total, 'action')} complete.`;
  // In key order, as a closed quarter's record holds it (`snapshot.ts`).
  return {
    complete,
    explanation,
    progress: total === 0 ? 0 : Math.round((complete / total) * 100),
    status,
    total,
  };
}
