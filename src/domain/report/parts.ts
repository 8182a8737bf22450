/** What the quarterly summary is built from, and the small pieces every section uses. */
import type { ReportIndicator } from '../indicators';
import { bodyDisplayName, type Body } from '../bodies';
import { quarterKeyLabel } from '../quarters';
import { RAG, type RagStatus } from '../rag';
import type { Recommendation } from '../recommendations';
import { headlineValuesOf, headlinesOf, type TrendPoint } from '../scrutiny';
import { type SnapshotAction, type SnapshotContent } from '../snapshot';
import type { SwotItem } from '../swot';
import { type QuarterSnapshot } from '../updates';
import {
  dateColumn,
  numberColumn,
  textColumn,
  type ReportBlock,
  type ReportCell,
  type ReportChart,
  type ReportTable,
} from './model';

/** An outcome indicator as the summary reports it for the quarter. */
export interface ReportInputs {
  readonly partnership: { readonly name: string; readonly fullName: string };
  readonly content: SnapshotContent;
  /** Closed quarters before this one, newest first. */
  readonly earlier: readonly SnapshotContent[];
  readonly trend: readonly TrendPoint[];
  /** The live snapshot when the quarter is closed; null for a draft preview. */
  readonly snapshot: Pick<QuarterSnapshot, 'hash' | 'version' | 'closedAt' | 'closedBy'> | null;
  readonly bodies: readonly Body[];
  readonly swot: readonly SwotItem[];
  readonly recommendations: readonly Pick<Recommendation, 'number' | 'text'>[];
  readonly indicators: readonly ReportIndicator[];
  /** ISO timestamp. */
  readonly producedAt: string;
}

export const text = textColumn;
export const number = (heading: string, width = 10) => numberColumn(heading, width);
export const date = dateColumn;

export const ragText = (rag: RagStatus | null | undefined) => (rag ? RAG[rag].label : 'No update');
export const paragraph = (value: string): ReportBlock => ({ kind: 'paragraph', text: value });
export { plural } from '../words';

export const labelOf = quarterKeyLabel;

function seriesTable(
  caption: string,
  category: string,
  chart: Pick<ReportChart, 'categories' | 'series'>,
): ReportTable {
  return {
    caption,
    columns: [text(category, 34), ...chart.series.map((s) => number(s.label, 12))],
    rows: chart.categories.map((c) => [c.name, ...chart.series.map((s) => c.values[s.key] ?? 0)]),
  };
}

export function chartBlock(chart: ReportChart, caption: string, category: string): ReportBlock {
  return { kind: 'chart', chart, table: seriesTable(caption, category, chart) };
}

export function bodyNamer(bodies: readonly Body[]): (id: string) => string {
  const names = new Map(bodies.map((b) => [b.id, bodyDisplayName(b)]));
  return (id) => names.get(id) ?? id;
}

/** The scrutiny view's headline figures as table rows: counts as numbers. */
export const headlineRows = (content: SnapshotContent): ReportCell[][] =>
  headlineValuesOf(headlinesOf(content));

/** What a document's list of actions says when it stops short (`committeeList`). */
export const EVERY_ACTION_IN_THE_WORKBOOK =
  'The quarter’s Excel workbook lists every action, with its update.';

export const ACTION_COLUMNS = [text('Ref', 10), text('Action', 40), text('Body', 24)];
export const actionCells = (e: SnapshotAction, bodyName: (id: string) => string) => [
  e.action.ref,
  e.action.title,
  bodyName(e.action.bodyId),
];
