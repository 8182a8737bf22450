/**
 * What scrutiny sees for a quarter, computed from its snapshot (or, for a draft preview, from
 * a snapshot built from today's data): headline figures, the chart data, exceptions and the
 * sentences that sum each chart up. Every chart and table takes its numbers from here.
 */
import { plural } from './words';
import { formatFigure } from './figures';
import {
  emptyRagMix,
  strategicMatrix,
  type DeliveryStatus,
  type RagMix,
  type StrategicMatrix,
} from './coverage';
import { parseQuarterKey, quarterEnd, quarterLabel } from './quarters';
import {
  RECOMMENDATION_LEVELS,
  levelOfRecommendation,
  type RecommendationLevel,
} from './recommendations';
import type { FiguresContent, FiguresEntry, SnapshotAction, SnapshotContent } from './snapshot';
import { ragNeedsCorrectiveAction } from './rag';
import { FIGURE_8_ROWS } from './strategicTool';
import { overallDirection } from './updates';

/** Lists of actions for a committee stop at this many rows; the counts beside them are complete. */
const LIST_LIMIT = 50;

/**
 * A committee's list of actions, on screen or in a document: the first `LIST_LIMIT` by reference,
 * and what its caption adds when it stops short (`whereAll` says where every one is listed).
 */
export function committeeList<T>(
  entries: readonly T[],
  whereAll: string,
): { readonly rows: readonly T[]; readonly stopsShort: string } {
  return shortList(listHead(entries), entries.length, whereAll);
}

/** The rows a committee's list shows: the first `LIST_LIMIT`. */
export const listHead = <T>(entries: readonly T[]): T[] => entries.slice(0, LIST_LIMIT);

/** `committeeList` of a list kept as its first rows (`listHead`) and its full count. */
export function shortList<T>(
  head: readonly T[],
  total: number,
  whereAll: string,
): { readonly rows: readonly T[]; readonly stopsShort: string } {
  return {
    rows: head,
    stopsShort:
      total <= LIST_LIMIT
        ? ''
        : `: the first ${LIST_LIMIT} of ${formatFigure(total)}, by reference. ${whereAll}`,
  };
}

/**
 * Worked out once per record: a record never changes, and its figures, the documents' sections and
 * the lines of enquiry each ask for its reportable actions and its exceptions (at 20,000 actions,
 * each asking is a pass over all of them).
 */
function onceFor<T>(work: (content: FiguresContent) => T): (content: FiguresContent) => T {
  const done = new WeakMap<FiguresContent, T>();
  return (content) => {
    if (!done.has(content)) done.set(content, work(content));
    return done.get(content) as T;
  };
}

/**
 * A record whose actions are entries of kind `E`: a closed record's whole rows, or a draft's kept
 * fields (`FiguresContent`). What is picked out of it is of the same kind.
 */
type ContentOf<E extends FiguresEntry> = FiguresContent & { readonly actions: readonly E[] };

/** Whether an action counts for scrutiny: every action in the record but a cancelled one. */
export const isReportable = (entry: FiguresEntry): boolean => entry.action.status !== 'cancelled';

const reportableOf = onceFor((content) => content.actions.filter(isReportable));

/** Actions that count for scrutiny: in the snapshot and not cancelled. */
export const reportable = <E extends FiguresEntry = SnapshotAction>(
  content: ContentOf<E>,
): readonly E[] =>
  // The memo is shared by every kind of record: what it holds are this content's own entries.
  reportableOf(content) as unknown as readonly E[];

export function ragMixOf(entries: readonly FiguresEntry[]): RagMix {
  const mix = emptyRagMix();
  for (const entry of entries) mix[entry.update?.rag ?? 'none'] += 1;
  return mix;
}

export function ragMixByBody(
  content: FiguresContent,
  bodyIds: readonly string[],
): { bodyId: string; mix: RagMix }[] {
  const mixes = new Map(bodyIds.map((bodyId) => [bodyId, emptyRagMix()]));
  for (const { action, update } of reportable(content)) {
    const mix = mixes.get(action.bodyId);
    if (mix) mix[update?.rag ?? 'none'] += 1;
  }
  return bodyIds.map((bodyId) => ({ bodyId, mix: mixes.get(bodyId) ?? emptyRagMix() }));
}

export type DeliveryByLevel = Record<RecommendationLevel, Record<DeliveryStatus, number>>;

/** The recommendations' delivery, from a record or from a quarter's figures. */
type WithRecommendations = Pick<SnapshotContent, 'recommendations'>;

export function deliveryByLevel(content: WithRecommendations): DeliveryByLevel {
  const empty = () => ({ 'no-actions': 0, planned: 0, 'in-progress': 0, delivered: 0 });
  const result = Object.fromEntries(
    RECOMMENDATION_LEVELS.map((level) => [level, empty()]),
  ) as DeliveryByLevel;
  for (const r of content.recommendations)
    result[levelOfRecommendation(r.number)][r.delivery.status] += 1;
  return result;
}

export function heatmapOf(content: SnapshotContent, bodyIds: readonly string[]): StrategicMatrix {
  return strategicMatrix(
    content.actions.map((entry) => ({ ...entry.action, latestRag: entry.update?.rag ?? null })),
    bodyIds,
  );
}

export interface TrendPoint extends RagMix {
  readonly quarter: string;
  readonly label: string;
}

/** RAG counts per closed quarter, oldest first. */
export function trend(snapshots: readonly SnapshotContent[]): TrendPoint[] {
  return trendOf(
    snapshots.map((content) => ({
      quarter: content.quarter,
      ragMix: ragMixOf(reportable(content)),
    })),
  );
}

/** The trend from each closed quarter's RAG mix (a record's, or its kept figures'), oldest first. */
export function trendOf(
  closed: readonly { readonly quarter: string; readonly ragMix: RagMix }[],
): TrendPoint[] {
  return [...closed]
    .sort((a, b) => a.quarter.localeCompare(b.quarter))
    .map(({ quarter: key, ragMix }) => {
      const quarter = parseQuarterKey(key);
      return { quarter: key, label: quarter ? quarterLabel(quarter) : key, ...ragMix };
    });
}

export interface Exceptions<E extends FiguresEntry = SnapshotAction> {
  readonly redAmber: readonly E[];
  readonly overdue: readonly E[];
  readonly noUpdate: readonly E[];
}

const exceptionsIn = onceFor((content): Exceptions<FiguresEntry> => {
  const quarter = parseQuarterKey(content.quarter);
  const end = quarter ? quarterEnd(quarter) : '9999-12-31';
  const redAmber: FiguresEntry[] = [];
  const overdue: FiguresEntry[] = [];
  const noUpdate: FiguresEntry[] = [];
  // One pass, each list in the actions' order.
  for (const entry of reportable(content)) {
    const { action, update } = entry;
    if (update?.rag && ragNeedsCorrectiveAction(update.rag)) redAmber.push(entry);
    if (action.status === 'complete') continue;
    if (action.dueDate < end && update?.rag !== 'blue') overdue.push(entry);
    if (update?.state !== 'done') noUpdate.push(entry);
  }
  return { redAmber, overdue, noUpdate };
});

/** Overdue means past its due date at the quarter's end and not complete. */
export const exceptionsOf = <E extends FiguresEntry = SnapshotAction>(
  content: ContentOf<E>,
): Exceptions<E> => exceptionsIn(content) as unknown as Exceptions<E>; // its own, as above

export interface Headlines {
  readonly actions: number;
  readonly updated: number;
  readonly red: number;
  readonly overdue: number;
  readonly recommendationsDelivered: number;
  readonly recommendationsWithoutAction: number;
}

export function headlinesOf(content: FiguresContent): Headlines {
  const entries = reportable(content);
  let updated = 0;
  let red = 0;
  for (const { update } of entries) {
    if (update?.state === 'done') updated += 1;
    if (update?.rag === 'red') red += 1;
  }
  return {
    actions: entries.length,
    updated,
    red,
    overdue: exceptionsOf(content).overdue.length,
    recommendationsDelivered: content.recommendations.filter(
      (r) => r.delivery.status === 'delivered',
    ).length,
    recommendationsWithoutAction: content.recommendations.filter(
      (r) => r.delivery.status === 'no-actions',
    ).length,
  };
}

/** The headline figures as scrutiny shows them: label and value, in order. */
export function headlineFigures(content: SnapshotContent): [label: string, value: string][] {
  return headlineFiguresOf(headlinesOf(content));
}

export function headlineFiguresOf(h: Headlines): [label: string, value: string][] {
  return headlineValuesOf(h).map(([label, value]) => [
    label,
    typeof value === 'number' ? formatFigure(value) : value,
  ]);
}

/** The headline figures in order, counts as numbers: a document's table and a workbook's cells. */
export function headlineValuesOf(h: Headlines): [label: string, value: number | string][] {
  return [
    ['Actions reported', h.actions],
    ['With a finished update', h.updated],
    ['Red', h.red],
    ['Overdue', h.overdue],
    ['Recommendations delivered', `${h.recommendationsDelivered} of 24`],
    ['Recommendations with no action', h.recommendationsWithoutAction],
  ];
}

function change(now: number, before: number | undefined): string {
  if (before === undefined) return '';
  const difference = now - before;
  if (difference === 0) return ', the same as last quarter';
  return `, ${formatFigure(Math.abs(difference))} ${difference > 0 ? 'more' : 'fewer'} than last quarter`;
}

/** "14 of 52 actions are red, 3 more than last quarter." */
export function ragSummary(content: SnapshotContent, previous?: SnapshotContent): string {
  return ragSummaryOf(
    ragMixOf(reportable(content)),
    previous ? ragMixOf(reportable(previous)).red : undefined,
  );
}

/** `ragSummary` from the quarter's RAG mix and the previous closed quarter's red count. */
export function ragSummaryOf(mix: RagMix, before: number | undefined): string {
  const total = mix.red + mix.amber + mix.green + mix.blue + mix.none;
  if (total === 0) return 'There are no actions to report.';
  const [red, amber, green, blue, none] = [mix.red, mix.amber, mix.green, mix.blue, mix.none].map(
    formatFigure,
  );
  return `${red} of ${plural(total, 'action')} ${mix.red === 1 ? 'is' : 'are'} red${change(mix.red, before)}; ${amber} amber, ${green} green, ${blue} complete and ${none} with no update.`;
}

export function deliverySummary(content: WithRecommendations): string {
  const count = (status: DeliveryStatus) =>
    content.recommendations.filter((r) => r.delivery.status === status).length;
  return `Of the 24 recommendations, ${count('delivered')} delivered, ${count('in-progress')} in progress, ${count('planned')} planned and ${count('no-actions')} with no action yet.`;
}

export function heatmapSummary(
  content: SnapshotContent,
  bodyIds: readonly string[],
  bodyName: (id: string) => string = (id) => id,
): string {
  return heatmapSummaryOf(heatmapOf(content, bodyIds), bodyName);
}

export function heatmapSummaryOf(
  matrix: StrategicMatrix,
  bodyName: (id: string) => string = (id) => id,
): string {
  const busiest = [...matrix.cells].sort((a, b) => b.count - a.count)[0];
  const row = FIGURE_8_ROWS.find((r) => r.id === busiest?.row);
  return `${matrix.gaps} of ${matrix.cells.length} cells of the strategic tool have no action${busiest && busiest.count > 0 ? `; the busiest is ${row?.name ?? busiest.row} for the ${bodyName(busiest.bodyId)}, with ${plural(busiest.count, 'action')}` : ''}.`;
}

export function trendSummary(points: readonly TrendPoint[]): string {
  if (points.length === 0) return 'No quarter has been closed yet.';
  const last = points.at(-1);
  if (!last) return '';
  if (points.length === 1)
    return `One closed quarter so far: ${last.label}, with ${formatFigure(last.red)} red.`;
  const first = points[0];
  return `Across ${points.length} closed quarters, red actions went from ${formatFigure(first?.red ?? 0)} in ${first?.label ?? ''} to ${formatFigure(last.red)} in ${last.label}.`;
}

/** How many actions are in each kind of exception. */
export type ExceptionCounts = Record<keyof Exceptions, number>;

export const exceptionCounts = (exceptions: Exceptions<FiguresEntry>): ExceptionCounts => ({
  redAmber: exceptions.redAmber.length,
  overdue: exceptions.overdue.length,
  noUpdate: exceptions.noUpdate.length,
});

export function exceptionsSummary(counts: ExceptionCounts): string {
  return `${plural(counts.redAmber, 'action')} red or amber, ${formatFigure(counts.overdue)} overdue and ${formatFigure(counts.noUpdate)} with no finished update.`;
}

export function directionSummary(content: FiguresContent): string {
  const overall = overallDirection(reportable(content).map((e) => e.direction));
  const compared = content.comparedWith ? parseQuarterKey(content.comparedWith) : undefined;
  return compared
    ? `Against ${quarterLabel(compared)}: ${overall.summary}.`
    : 'There is no earlier closed quarter to compare with.';
}

export interface BodyExceptions {
  readonly bodyId: string;
  readonly overdue: number;
  readonly noUpdate: number;
}

/** What a list of actions with no finished update says of one: a draft, or nothing at all. */
export const reportedSoFar = (entry: FiguresEntry): string =>
  entry.update ? 'Draft only' : 'Nothing reported';

/** Overdue actions and actions with no finished update, per body. */
export function exceptionsByBody(
  content: FiguresContent,
  bodyIds: readonly string[],
): BodyExceptions[] {
  const { overdue, noUpdate } = exceptionsOf(content);
  const counts = new Map(bodyIds.map((bodyId) => [bodyId, { bodyId, overdue: 0, noUpdate: 0 }]));
  for (const { action } of overdue) {
    const own = counts.get(action.bodyId);
    if (own) own.overdue += 1;
  }
  for (const { action } of noUpdate) {
    const own = counts.get(action.bodyId);
    if (own) own.noUpdate += 1;
  }
  return bodyIds.map((bodyId) => counts.get(bodyId) ?? { bodyId, overdue: 0, noUpdate: 0 });
}
