/**
 * A stacked bar chart (Recharts), loaded on demand by ChartFrame so that Recharts stays out of
 * the first screen's code. Recharts' accessibility layer makes it reachable by keyboard.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useLayoutEffect, useRef, useState } from 'react';
import { formatFigure } from '../../domain/figures';
import { ChartBox, FILL_THE_BOX } from './ChartLegend';
import {
  CATEGORY_LABEL_WIDTH,
  categoryLabelWidth,
  DEFAULT_CHART_HEIGHT,
  type StackedBarsProps,
} from './stackedBarsProps';

/** The tooltip's figures, thousands separated as on the axes and in every table. */
const tooltipFigure = (value: unknown) =>
  typeof value === 'number' ? formatFigure(value) : String(value ?? '');

export default function StackedBars({
  data,
  categoryKey,
  series,
  height = DEFAULT_CHART_HEIGHT,
  layout = 'horizontal',
  grouped = false,
}: StackedBarsProps) {
  const vertical = layout === 'vertical';
  // Sideways, the labels' room follows the chart's width: measured before the first paint, so a
  // phone never sees the bars drawn squeezed, and again whenever the chart is resized.
  const box = useRef<HTMLDivElement>(null);
  const [labelWidth, setLabelWidth] = useState(CATEGORY_LABEL_WIDTH);
  useLayoutEffect(() => {
    const node = box.current;
    if (!vertical || !node) return undefined;
    const fit = (width: number) => setLabelWidth(categoryLabelWidth(width));
    fit(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) fit(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [vertical]);
  const roomy = labelWidth === CATEGORY_LABEL_WIDTH;
  return (
    <ChartBox height={height} legend={series} ref={box}>
      <BarChart
        {...FILL_THE_BOX}
        data={[...data]}
        layout={vertical ? 'vertical' : 'horizontal'}
        accessibilityLayer
        margin={{ left: vertical && roomy ? 24 : 0, right: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? (
          <>
            <XAxis type="number" allowDecimals={false} tickFormatter={formatFigure} />
            <YAxis
              type="category"
              dataKey={categoryKey}
              width={labelWidth}
              tick={{ fontSize: roomy ? 12 : 11 }}
            />
          </>
        ) : (
          <>
            <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tickFormatter={formatFigure} />
          </>
        )}
        <Tooltip formatter={tooltipFigure} />
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
    </ChartBox>
  );
}
