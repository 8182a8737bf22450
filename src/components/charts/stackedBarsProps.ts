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
