/**
 * An indicator's values by quarter as bars, with its target as a dashed line (Recharts, loaded
 * on demand). Colour is not the only cue: the legend names both, and the table beside the chart
 * gives every value, target and RAG in words.
 */
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { INDICATOR_SERIES } from '../../domain/chartSeries';
import { ChartBox, FILL_THE_BOX, type LegendEntry } from './ChartLegend';

const { value, target } = INDICATOR_SERIES;
const LEGEND: readonly LegendEntry[] = [value, { ...target, dashed: true }];

export interface ValueTrendProps {
  readonly points: readonly { label: string; value: number | null; target: number | null }[];
  readonly unit: string;
}

export default function ValueTrend({ points, unit }: ValueTrendProps) {
  return (
    <ChartBox height={300} legend={LEGEND}>
      <ComposedChart {...FILL_THE_BOX} data={[...points]} accessibilityLayer margin={{ right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis
          tick={{ fontSize: 12 }}
          label={{ value: unit, angle: -90, position: 'insideLeft' }}
        />
        <Tooltip />
        <Bar
          dataKey={value.key}
          name={value.label}
          fill={value.colour}
          maxBarSize={72}
          isAnimationActive={false}
        />
        <Line
          dataKey={target.key}
          name={target.label}
          type="linear"
          stroke={target.colour}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartBox>
  );
}
