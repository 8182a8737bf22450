/**
 * The plan's pager sits below the table: choosing another page takes the reader to the line above
 * the table saying which actions are shown, not leaving them at the foot of rows they asked for.
 */
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { importActions } from '../../src/db/commands/actions';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace, renderApp } from './renderApp';

it('takes the reader to the top of the page of actions they chose', async () => {
  const db = await freshWorkspace();
  await importActions(
    Array.from({ length: 60 }, (_, i) => ({
      row: i + 2,
      input: actionInput({
        ref: `GYV-${String(i + 1).padStart(2, '0')}`,
        title: `Action ${i + 1}`,
      }),
    })),
    'tracker.csv',
  );
  const total = await db.actions.count();
  const { user } = renderApp('/plans');

  const first = await screen.findByText(`Showing 1–50 of ${total} actions`);
  expect(first).not.toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Page 2' }));
  expect(await screen.findByText(`Showing 51–${total} of ${total} actions`)).toHaveFocus();
}, 30_000);
