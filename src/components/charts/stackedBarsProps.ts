/** What a stacked bar chart is given, apart from Recharts, so a page can hold its space before loading it. */
import type { Series } from '../../domain/chartSeries';

export const DEFAULT_CHART_HEIGHT = 280;

export interface StackedBarsProps {
  readonly data: readonly Record<string, string | number>[];
  readonly categoryKey: string;
  readonly series: readonly Series[];
  readonly height?: number;
  readonly layout?: 'horizontal' | 'vertical';
  /** Side by side instead of stacked, for series that overlap. */
  readonly grouped?: boolean;
}

/** The room a bar chart laid out sideways gives its category labels (bodies' names), at most. */
export const CATEGORY_LABEL_WIDTH = 180;

/**
 * The room for the category labels of a sideways chart `chartWidth` pixels wide: 180 px, but on a
 * narrow chart (a phone) no more than 45% of it, so the bars keep more of the width; never below
 * 150 px, where the longest body's name would wrap onto a fourth line. A width not yet known (0)
 * keeps 180.
 */
export function categoryLabelWidth(chartWidth: number): number {
  if (chartWidth <= 0) return CATEGORY_LABEL_WIDTH;
  return Math.round(Math.min(CATEGORY_LABEL_WIDTH, Math.max(150, chartWidth * 0.45)));
}
