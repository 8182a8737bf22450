import type { ReactElement, Ref } from 'react';

/** One line of a chart's legend: a series' name beside its colour. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  /** Drawn as a dashed line (a target), not a bar. */
  readonly dashed?: boolean;
}

/**
 * A chart's legend as a plain list below its drawing, in the series' own order (Red, Amber,
 * Green…). Not Recharts' own: that one measures itself once the chart has drawn and has the chart
 * drawn again around it, two fifths of a chart's longest task (issue 20).
 */
function ChartLegend({ entries }: { readonly entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span
            aria-hidden="true"
            className={entry.dashed ? 'chart-legend-line' : 'chart-legend-swatch'}
            style={entry.dashed ? { borderTopColor: entry.colour } : { background: entry.colour }}
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * How every chart is sized, spread into its Recharts chart: the whole of its box, measured by
 * Recharts (`responsive`) as the chart is put on the page, so the chart is drawn before the first
 * paint. Recharts' `ResponsiveContainer` put its box on the page empty, measured it in an effect
 * after the paint, and drew the chart only then (issue 20).
 */
export const FILL_THE_BOX = { responsive: true, style: { width: '100%', height: '100%' } } as const;

/**
 * A chart of a fixed height in all: the drawing takes what the legend leaves, so a legend that
 * wraps on a phone does not push the page below down. `ref` is the drawing's box.
 */
export function ChartBox({
  height,
  legend,
  ref,
  children,
}: {
  readonly height: number;
  readonly legend: readonly LegendEntry[];
  readonly ref?: Ref<HTMLDivElement>;
  readonly children: ReactElement;
}) {
  return (
    <div className="chart-box" style={{ height }}>
      <div className="chart-box-plot">
        <div className="chart-box-fill" ref={ref}>
          {children}
        </div>
      </div>
      <ChartLegend entries={legend} />
    </div>
  );
}
