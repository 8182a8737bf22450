/**
 * Draws a report chart as SVG for documents: horizontal bars, stacked (or grouped), in the same
 * palette as the charts on screen, with a legend in words; bars wide enough carry their number,
 * and the table after every chart gives them all.
 * Plain string building, so it runs anywhere and its output can be tested; `chartImage.ts`
 * rasterises it at print resolution in the browser.
 */
import type { ReportChart } from '../../domain/report/model';

const CHART_WIDTH = 600;
const FONT = 'Arial, Helvetica, sans-serif';
const LABEL_WIDTH = 190;
const RIGHT = 24;
const LEGEND_ROW = 22;
const BAR = 22;
const GAP = 14;
const AXIS = 28;

const escapeXml = (value: string) =>
  value.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

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

export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export function chartSvg(chart: ReportChart): ChartSvg {
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
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<title>${escapeXml(chart.title)}</title>`,
  ];
  series.forEach((s, index) => {
    const lx = (index % legendPerRow) * 200;
    const ly = 16 + Math.floor(index / legendPerRow) * LEGEND_ROW;
    parts.push(
      `<rect x="${lx}" y="${ly - 11}" width="14" height="14" fill="${s.colour}"/>`,
      `<text x="${lx + 20}" y="${ly}" font-size="12" fill="#1b1b1b">${escapeXml(s.label)}</text>`,
    );
  });
  for (let tick = 0; tick <= 5; tick += 1) {
    const value = (max / 5) * tick;
    const tx = x(value);
    parts.push(
      `<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${height - AXIS}" stroke="#d0d4d9"/>`,
      `<text x="${tx}" y="${height - AXIS + 16}" font-size="11" text-anchor="middle" fill="#3d4650">${Number.isInteger(value) ? value : value.toFixed(1)}</text>`,
    );
  }
  categories.forEach((category, row) => {
    const y = top + row * rowHeight;
    const centre = y + (rowHeight - GAP) / 2;
    const name = labelLines(category.name);
    name.forEach((line, index) =>
      parts.push(
        `<text x="${LABEL_WIDTH - 8}" y="${centre + 4 + (index - (name.length - 1) / 2) * 14}" font-size="12" text-anchor="end" fill="#1b1b1b">${escapeXml(line)}</text>`,
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
      parts.push(
        `<rect x="${x0}" y="${barY}" width="${w}" height="${BAR - 2}" fill="${s.colour}"><title>${escapeXml(`${category.name}, ${s.label}: ${value}`)}</title></rect>`,
      );
      if (w >= 18)
        parts.push(
          `<text x="${x0 + w / 2}" y="${barY + BAR / 2 + 3}" font-size="11" font-weight="700" text-anchor="middle" fill="#ffffff">${value}</text>`,
        );
      start += value;
    });
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width: CHART_WIDTH, height };
}
