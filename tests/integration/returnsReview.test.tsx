/**
 * A large completed return on the returns page: its changes are shown a page at a time (a card
 * for each of 2,000 rows, drawn together, held the page's thread for seconds and could exhaust a
 * tab's memory), and "Accept all" still accepts every one of them.
 */
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { createAction } from '../../src/db/commands/actions';
import { parseQuarterKey, type Quarter } from '../../src/domain/quarters';
import { returnRows } from '../../src/domain/returns';
import { buildReturnWorkbook } from '../../src/lib/returnWorkbook';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace, renderApp } from './renderApp';

const Q2 = parseQuarterKey('2026-Q2') as Quarter;
const COUNT = 30;

it('shows a large return’s changes 25 at a time and accepts all of them at once', async () => {
  const db = await freshWorkspace();
  const actions = [];
  for (let n = 1; n <= COUNT; n += 1) {
    const ref = `GYV-${String(n).padStart(2, '0')}`;
    actions.push(await createAction(actionInput({ ref, title: `Action ${n}` })));
  }
  // Every row filled in, as a subgroup lead would.
  const rows = returnRows(actions, Q2, new Map(), new Map()).map((row, index) => ({
    ...row,
    rag: 'Green',
    percent: 50,
    narrative: `Progress on action ${index + 1}.`,
    onTrack: 'Yes' as const,
  }));
  const bytes = await buildReturnWorkbook({
    workspace: 'SafetyNet',
    bodyName: 'Gangs and Youth Violence subgroup',
    quarterLabel: 'Q2 2026/27',
    createdAt: '2026-10-01T09:00:00Z',
    rows,
  });
  const { user } = renderApp('/updates/2026-Q2/returns');
  await user.upload(
    await screen.findByLabelText('Completed returns'),
    new File([bytes], 'GYV return.xlsx'),
  );

  const review = await screen.findByRole('region', { name: 'GYV return.xlsx' });
  await within(review).findByText(`${COUNT} updates to review.`);
  // Focus stays where it was when the review is first drawn.
  expect(within(review).getByText('Showing changes 1 to 25 of 30.')).not.toHaveFocus();
  expect(within(review).getAllByRole('table')).toHaveLength(25);
  within(review).getByRole('table', { name: /^GYV-01 Action 1 \(row 2\)/ });

  await user.click(within(review).getByRole('button', { name: 'Page 2 of GYV return.xlsx' }));
  // The reader is taken to the top of the page of changes they chose, not left at the pager.
  expect(within(review).getByText('Showing changes 26 to 30 of 30.')).toHaveFocus();
  expect(within(review).getAllByRole('table')).toHaveLength(5);
  within(review).getByRole('table', { name: /^GYV-30 Action 30 \(row 31\)/ });

  await user.click(within(review).getByRole('button', { name: `Accept all ${COUNT}` }));
  await within(review).findByText('Nothing left to accept from this return.', undefined, {
    timeout: 10_000,
  });
  expect(await db.updatesOf('2026-Q2').count()).toBe(COUNT);
}, 60_000);
