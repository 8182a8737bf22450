import { describe, expect, it } from 'vitest';
import { RAG_SERIES } from '../../domain/chartSeries';
import type { ReportChart } from '../../domain/report/model';
import { chartSvg, labelLines } from './chartSvg';

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

describe('charts drawn for documents', () => {
  const { svg, width, height } = chartSvg(chart);

  it('draws each non-zero value as a bar in its series colour, in proportion', () => {
    const bars = [
      ...svg.matchAll(
        /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="20" fill="(#[0-9a-f]{6})"/g,
      ),
    ];
    expect(bars.map((b) => b[3])).toEqual(['#b3261e', '#9a6200', '#1e7b34', '#b3261e']);
    const widths = bars.map((b) => Number(b[2]));
    expect(widths[2]).toBeCloseTo((widths[0] ?? 0) * 2);
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(100);
  });

  it('names every series in a legend, and escapes text', () => {
    for (const s of RAG_SERIES) expect(svg).toContain(`>${s.label}</text>`);
    expect(svg).toContain('RAG &lt;mix&gt; &amp; more');
    expect(svg).not.toContain('<mix>');
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
