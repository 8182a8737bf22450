/**
 * Lays out a report chart for documents: horizontal bars, stacked (or grouped), in the same
 * palette as the charts on screen, with a legend in words; bars wide enough carry their number,
 * and the table after every chart gives them all.
 * Plain data (rectangles, lines and text in CSS pixels), so it runs anywhere, in a worker too, and
 * can be tested; `chartImage.ts` paints it onto a canvas at print resolution.
 */
import { formatFigure } from '../../domain/figures';
import type { ReportChart } from '../../domain/report/model';

const CHART_WIDTH = 600;
const FONT = 'Arial, Helvetica, sans-serif';
const LABEL_WIDTH = 190;
const RIGHT = 24;
const LEGEND_ROW = 22;
const BAR = 22;
const GAP = 14;
const AXIS = 28;
const INK = '#1b1b1b';
const AXIS_INK = '#3d4650';
const GRID = '#d0d4d9';
const WHITE = '#ffffff';

/**
 * A category name on up to two lines of about 26 characters; anything longer is shortened with an
 * ellipsis (the table after the chart gives every name in full).
 */
export function labelLines(value: string, width = 26): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const cut = (l: string) => (l.length > width ? `${l.slice(0, width - 1)}…` : l);
  if (lines.length <= 2) return lines.map(cut);
  return [
    cut(lines[0] ?? ''),
    `${lines
      .slice(1)
      .join(' ')
      .slice(0, width - 1)}…`,
  ];
}

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value / 5) ?? 10;
  return Math.ceil(value / (step * magnitude)) * step * magnitude;
}

export type Shape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      /** The baseline, as in SVG and a canvas's default. */
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly align: 'start' | 'center' | 'end';
      readonly fill: string;
      readonly bold?: boolean;
    };

export interface ChartDrawing {
  readonly width: number;
  readonly height: number;
  readonly font: string;
  /** Painted in order, over a white background. */
  readonly shapes: readonly Shape[];
}

export function chartDrawing(chart: ReportChart): ChartDrawing {
  const { categories, series, grouped = false } = chart;
  const legendPerRow = 3;
  const legendRows = Math.ceil(series.length / legendPerRow);
  // The title is the document's heading above the picture; the picture does not draw it again.
  const top = 18 + legendRows * LEGEND_ROW;
  const rowHeight = grouped ? series.length * BAR + GAP : BAR + GAP;
  const height = top + Math.max(1, categories.length) * rowHeight + AXIS;
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - RIGHT;
  const totals = categories.map((c) =>
    grouped
      ? Math.max(0, ...series.map((s) => c.values[s.key] ?? 0))
      : series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0),
  );
  const max = niceMax(Math.max(0, ...totals));
  const x = (value: number) => LABEL_WIDTH + (value / max) * plotWidth;
  const shapes: Shape[] = [];
  const text = (
    at: { x: number; y: number },
    value: string,
    size: number,
    align: 'start' | 'center' | 'end',
    fill = INK,
    bold = false,
  ) => shapes.push({ kind: 'text', ...at, text: value, size, align, fill, bold });
  series.forEach((s, index) => {
    const lx = (index % legendPerRow) * 200;
    const ly = 16 + Math.floor(index / legendPerRow) * LEGEND_ROW;
    shapes.push({ kind: 'rect', x: lx, y: ly - 11, width: 14, height: 14, fill: s.colour });
    text({ x: lx + 20, y: ly }, s.label, 12, 'start');
  });
  for (let tick = 0; tick <= 5; tick += 1) {
    const value = (max / 5) * tick;
    const tx = x(value);
    shapes.push({ kind: 'line', x1: tx, y1: top - 4, x2: tx, y2: height - AXIS, stroke: GRID });
    const label = formatFigure(Math.round(value * 10) / 10);
    text({ x: tx, y: height - AXIS + 16 }, label, 11, 'center', AXIS_INK);
  }
  categories.forEach((category, row) => {
    const y = top + row * rowHeight;
    const centre = y + (rowHeight - GAP) / 2;
    const name = labelLines(category.name);
    name.forEach((line, index) =>
      text(
        { x: LABEL_WIDTH - 8, y: centre + 4 + (index - (name.length - 1) / 2) * 14 },
        line,
        12,
        'end',
      ),
    );
    let start = 0;
    series.forEach((s, index) => {
      const value = category.values[s.key] ?? 0;
      if (value <= 0) return;
      const barY = grouped ? y + index * BAR : y;
      const from = grouped ? 0 : start;
      const x0 = x(from);
      const w = x(from + value) - x0;
      shapes.push({ kind: 'rect', x: x0, y: barY, width: w, height: BAR - 2, fill: s.colour });
      // A bar's figure is written on it only where it fits (about 7 points a character).
      const figure = formatFigure(value);
      if (w >= Math.max(18, figure.length * 7 + 4))
        text({ x: x0 + w / 2, y: barY + BAR / 2 + 3 }, figure, 11, 'center', WHITE, true);
      start += value;
    });
  });
  return { width: CHART_WIDTH, height, font: FONT, shapes };
}
