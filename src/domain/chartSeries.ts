/**
 * Chart series and colours, shared by the charts on screen and the charts drawn for exported
 * documents. Colours: each at least 3:1 against white (WCAG 1.4.11), and always paired with words in
 * the legend, the summary and the table. Amber is darkened for charts: the badge's yellow is too
 * light for a bar on white.
 */
import { DELIVERY_LABEL, type DeliveryStatus } from './coverage';

/** One series of a chart: its key in the data, its name in the legend and table, its colour. */
export interface Series {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

export const RAG_SERIES: Series[] = [
  { key: 'red', label: 'Red', colour: '#b3261e' },
  { key: 'amber', label: 'Amber', colour: '#9a6200' },
  { key: 'green', label: 'Green', colour: '#1e7b34' },
  { key: 'blue', label: 'Blue (complete)', colour: '#1d4f91' },
  { key: 'none', label: 'No update', colour: '#6c757d' },
];

/** "Planned" has a colour no RAG status uses, so a planned recommendation never looks complete. */
const DELIVERY_COLOUR: Record<DeliveryStatus, string> = {
  'no-actions': '#6c757d',
  planned: '#6a3d9a',
  'in-progress': '#9a6200',
  delivered: '#1e7b34',
};

export const DELIVERY_SERIES: Series[] = (
  ['delivered', 'in-progress', 'planned', 'no-actions'] as const
).map((status) => ({
  key: status,
  label: DELIVERY_LABEL[status],
  colour: DELIVERY_COLOUR[status],
}));

/** An indicator's chart: its value by quarter as bars, its target as a dashed line. */
export const INDICATOR_SERIES = {
  value: { key: 'value', label: 'Value', colour: '#1d4f91' },
  target: { key: 'target', label: 'Target', colour: '#b3261e' },
} as const satisfies Record<string, Series>;

export const OVERDUE_SERIES: Series[] = [
  { key: 'overdue', label: 'Overdue', colour: '#b3261e' },
  { key: 'noUpdate', label: 'No finished update', colour: '#6c757d' },
];
