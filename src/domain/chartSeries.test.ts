import { describe, expect, it } from 'vitest';
import { DELIVERY_SERIES, RAG_SERIES } from './chartSeries';

describe('chart series', () => {
  it('list RAG as Red, Amber, Green, Blue (complete), No update, everywhere', () => {
    expect(RAG_SERIES.map((s) => s.label)).toEqual([
      'Red',
      'Amber',
      'Green',
      'Blue (complete)',
      'No update',
    ]);
  });

  it('give "Planned" a colour no RAG status uses, so it never looks delivered', () => {
    const planned = DELIVERY_SERIES.find((s) => s.key === 'planned');
    expect(RAG_SERIES.map((s) => s.colour)).not.toContain(planned?.colour);
  });
});
