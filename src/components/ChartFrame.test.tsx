import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './ChartFrame';

// Recharts' code cannot be fetched (the network gone, no cached copy).
vi.mock('./charts/StackedBars', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a chart whose code cannot be loaded', () => {
  it('says so, and its numbers are still there as a table', async () => {
    render(
      <MantineProvider>
        <ChartFrame
          id="rag"
          title="RAG mix"
          summary="2 of 3 actions are red."
          chart={{ data: [{ name: 'All', red: 2 }], categoryKey: 'name', series: [] }}
          table={<table aria-label="RAG mix as a table" />}
        />
      </MantineProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The chart could not be loaded. Its numbers are in the table',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table', { name: 'RAG mix as a table' })).toBeInTheDocument();
  });
});
