import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RAG_SERIES } from '../../domain/chartSeries';
import StackedBars from './StackedBars';

describe('a stacked bar chart’s legend', () => {
  it('names every series in its own order, in a box of the chart’s whole height', () => {
    const { container } = render(
      <StackedBars
        data={[{ name: 'All bodies', red: 2, amber: 1, green: 3, blue: 0, none: 1 }]}
        categoryKey="name"
        series={RAG_SERIES}
        height={320}
      />,
    );
    const legend = screen.getByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Red', 'Amber', 'Green', 'Blue (complete)', 'No update']);
    // The drawing takes what the legend leaves: the page below never moves when it wraps.
    expect(container.querySelector('.chart-box')).toHaveStyle({ height: '320px' });
  });
});
