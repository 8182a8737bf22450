import { describe, expect, it } from 'vitest';
import { RAG_SERIES } from '../../domain/chartSeries';
import type { ReportChart } from '../../domain/report/model';
import { chartDrawing, labelLines, type Shape } from './chartDrawing';

const chart: ReportChart = {
  id: 'rag',
  title: 'RAG <mix> & more',
  alt: 'A chart.',
  categories: [
    { name: 'All bodies', values: { red: 3, amber: 1, green: 6, blue: 0, none: 0 } },
    { name: 'Violence against women and girls subgroup', values: { red: 1 } },
  ],
  series: RAG_SERIES,
};

const ofKind = <K extends Shape['kind']>(shapes: readonly Shape[], kind: K) =>
  shapes.filter((s): s is Extract<Shape, { kind: K }> => s.kind === kind);

describe('charts drawn for documents', () => {
  const { shapes, width, height } = chartDrawing(chart);

  it('draws each non-zero value as a bar in its series colour, in proportion', () => {
    const bars = ofKind(shapes, 'rect').filter((r) => r.height === 20);
    expect(bars.map((b) => b.fill)).toEqual(['#b3261e', '#9a6200', '#1e7b34', '#b3261e']);
    expect(bars[2]?.width).toBeCloseTo((bars[0]?.width ?? 0) * 2);
    // Stacked: each bar of a row starts where the one before it ends.
    expect(bars[1]?.x).toBeCloseTo((bars[0]?.x ?? 0) + (bars[0]?.width ?? 0));
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(100);
    expect(bars.every((b) => b.x + b.width <= width && b.y + b.height <= height)).toBe(true);
  });

  it('names every series in a legend and writes a bar’s number on it when it fits', () => {
    const texts = ofKind(shapes, 'text').map((t) => t.text);
    for (const s of RAG_SERIES) expect(texts).toContain(s.label);
    const onBars = ofKind(shapes, 'text').filter((t) => t.bold);
    expect(onBars.map((t) => t.text)).toEqual(['3', '1', '6', '1']);
    expect(onBars.every((t) => t.fill === '#ffffff' && t.align === 'center')).toBe(true);
  });

  it('writes figures of thousands with separators, on a bar only where they fit', () => {
    const large = chartDrawing({
      ...chart,
      categories: [
        { name: 'All bodies', values: { red: 15_000, amber: 4_000, green: 1_000 } },
        { name: 'Prevent subgroup', values: { red: 120 } },
      ],
    });
    const texts = ofKind(large.shapes, 'text');
    expect(texts.filter((t) => t.size === 11 && !t.bold).map((t) => t.text)).toEqual([
      '0',
      '4,000',
      '8,000',
      '12,000',
      '16,000',
      '20,000',
    ]);
    // 1,000 and 120 of 20,000 are bars too narrow for their figures, which the table beside gives.
    expect(texts.filter((t) => t.bold).map((t) => t.text)).toEqual(['15,000', '4,000']);
  });

  it('wraps long category names onto two lines and shortens what is left', () => {
    expect(labelLines('Violence against women and girls subgroup')).toEqual([
      'Violence against women and',
      'girls subgroup',
    ]);
    expect(
      labelLines('A very long name that goes on and on and on beyond two whole lines'),
    ).toEqual(['A very long name that goes', 'on and on and on beyond t…']);
    expect(labelLines('Prevent subgroup')).toEqual(['Prevent subgroup']);
  });
});
