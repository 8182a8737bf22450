/**
 * A stacked bar chart (Recharts), loaded on demand by ChartFrame so that Recharts stays out of
 * the first screen's code. Recharts' accessibility layer makes it reachable by keyboard.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Series } from '../../domain/chartSeries';

export interface StackedBarsProps {
  readonly data: readonly Record<string, string | number>[];
  readonly categoryKey: string;
  readonly series: readonly Series[];
  readonly height?: number;
  readonly layout?: 'horizontal' | 'vertical';
  /** Side by side instead of stacked, for series that overlap. */
  readonly grouped?: boolean;
}

export default function StackedBars({
  data,
  categoryKey,
  series,
  height = 280,
  layout = 'horizontal',
  grouped = false,
}: StackedBarsProps) {
  const vertical = layout === 'vertical';
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...data]}
        layout={vertical ? 'vertical' : 'horizontal'}
        accessibilityLayer
        margin={{ left: vertical ? 24 : 0, right: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? (
          <>
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey={categoryKey} width={180} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
          </>
        )}
        <Tooltip />
        {/* The legend in the series' own order (Red, Amber, Green…), not alphabetical. */}
        <Legend itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId={grouped ? undefined : 'stack'}
            fill={s.colour}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
