/**
 * Closing a quarter from its round: the round says the quarter is closed as soon as the close has
 * committed, from the facts of the record the close stored, and the close is done, without
 * waiting for what it made stale to be read again (a quarter of a second at 20,000 actions).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import * as closedFigures from '../../src/api/closedFigures';
import { freshWorkspace, renderApp } from './renderApp';

afterEach(() => vi.restoreAllMocks());

it('says the quarter is closed, with its record’s facts, and is done before anything is read again', async () => {
  const db = await freshWorkspace();
  const { user } = renderApp('/updates/2026-Q1');
  await user.click(await screen.findByRole('button', { name: 'Close Q1 2026/27…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Close Q1 2026/27?' });

  // From here on, reading whether the quarter is closed never answers.
  vi.spyOn(closedFigures, 'closedFactsOfQuarter').mockReturnValue(new Promise(() => undefined));
  await user.click(within(dialog).getByRole('button', { name: 'Close the quarter' }));

  const status = await screen.findByText(
    'Q1 2026/27 is closed (version 1)',
    {},
    { timeout: 10_000 },
  );
  const [record] = await db.snapshots.toArray();
  if (!record) throw new Error('the closed record expected');
  expect(status.closest('[role=alert], .mantine-Alert-root')).toHaveTextContent(record.hash);
  // And the close is done then: the dialog closes and says so while the rest is read again.
  await screen.findByText('Version 1 frozen.');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
});
