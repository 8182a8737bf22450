/** The scrutiny view's lists of actions stop at a committee's length; the counts stay complete. */
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action } from '../../../tests/fixtures/actions';
import type { Body } from '../../domain/bodies';
import { buildSnapshotContent } from '../../domain/snapshot';
import { figuresOf } from '../../domain/quarterFigures';
import type { QuarterlyUpdate } from '../../domain/updates';
import { ExceptionsView } from './lists';

const GYV: Body = {
  id: 'GYV',
  name: 'Gangs',
  kind: 'subgroup',
  description: '',
  duties: [],
  order: 1,
};

describe('the exceptions on screen', () => {
  it('list the first 50 red actions by reference, and say how many there are and where the rest are', () => {
    const actions = Array.from({ length: 61 }, (_, i) =>
      action({ id: `a${i}`, ref: `GYV-${String(i + 1).padStart(2, '0')}`, dueDate: '2027-03-01' }),
    );
    const updates = actions.map(
      (a) =>
        ({
          id: `${a.id}@2026-Q1`,
          actionId: a.id,
          quarter: '2026-Q1',
          rag: 'red',
          narrative: '',
          correctiveAction: '',
          state: 'done',
        }) as unknown as QuarterlyUpdate,
    );
    const content = buildSnapshotContent({
      quarter: '2026-Q1',
      actions,
      updates,
      recommendations: [],
      previous: null,
    });
    render(
      <MantineProvider>
        <ExceptionsView figures={figuresOf(content, null)} bodies={[GYV]} />
      </MantineProvider>,
    );
    expect(screen.getByText(/^61 actions red or amber, 0 overdue/)).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Red and amber actions: the first 50 of 61, by reference. The action plans list them all, with filters.',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(50);
    expect(rows[0]).toHaveTextContent('GYV-01');
    expect(rows[49]).toHaveTextContent('GYV-50');
  });
});
