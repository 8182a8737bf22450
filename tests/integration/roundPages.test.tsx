/**
 * A body's lines in a quarter's round, a page at a time: 2,000 lines drawn together held the
 * page's thread for seconds, to open and again to leave. The reader is told which lines are shown
 * and taken to that line when they turn a page; the page they are at is kept in the address, so an
 * update opened from the round leads back to it.
 */
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { importActions } from '../../src/db/commands/actions';
import { ROUND_LINES_PER_PAGE } from '../../src/features/updates/BodyRound';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace, renderApp } from './renderApp';

const COUNT = ROUND_LINES_PER_PAGE + 20;

it('shows a body’s lines in the round a page at a time, and every line can be reached', async () => {
  await freshWorkspace();
  await importActions(
    Array.from({ length: COUNT }, (_, i) => ({
      row: i + 2,
      input: actionInput({ ref: `GYV-${1000 + i}`, title: `Outreach session ${i + 1}` }),
    })),
    'tracker.csv',
  );
  const { user, router } = renderApp('/updates/2026-Q2');

  const body = await screen.findByRole(
    'region',
    { name: 'Gangs and youth violence subgroup' },
    { timeout: 10_000 },
  );
  const lines = () => within(body).getAllByRole('row').slice(1);
  const shown = within(body).getByText(`Showing actions 1 to ${ROUND_LINES_PER_PAGE} of ${COUNT}.`);
  // Drawn first, focus stays where it was.
  expect(shown).not.toHaveFocus();
  expect(lines()).toHaveLength(ROUND_LINES_PER_PAGE);
  expect(lines()[0]).toHaveTextContent('GYV-1000 Outreach session 1');

  await user.click(
    within(body).getByRole('button', { name: /^Page 2 of the actions of Gangs and youth/i }),
  );
  // The reader is taken to the top of the lines they asked for, not left at the pager.
  expect(
    within(body).getByText(`Showing actions ${ROUND_LINES_PER_PAGE + 1} to ${COUNT} of ${COUNT}.`),
  ).toHaveFocus();
  expect(lines()).toHaveLength(COUNT - ROUND_LINES_PER_PAGE);
  expect(lines().at(-1)).toHaveTextContent(`GYV-${1000 + COUNT - 1} Outreach session ${COUNT}`);
  // (jsdom's accessible names drop the space that starts the hidden " for …"; Chromium keeps it.)
  const last = within(body).getByRole('link', {
    name: new RegExp(`^Record update\\s?for GYV-${1000 + COUNT - 1}$`),
  });

  // The page is kept in the round's address, and an update opened from it leads back to it.
  expect(router.state.location.search).toBe('?GYV=2');
  await user.click(last);
  await user.click(await screen.findByRole('link', { name: 'Back to the round' }));
  const again = await screen.findByRole('region', { name: 'Gangs and youth violence subgroup' });
  within(again).getByText(`Showing actions ${ROUND_LINES_PER_PAGE + 1} to ${COUNT} of ${COUNT}.`);

  // Hidden and shown again, a body's lines start at their first page.
  const toggle = (name: RegExp) => user.click(within(again).getByRole('button', { name }));
  await toggle(/^Hide the 120 actions/);
  expect(within(again).queryByRole('table')).toBeNull();
  await toggle(/^Show the 120 actions/);
  within(again).getByText(`Showing actions 1 to ${ROUND_LINES_PER_PAGE} of ${COUNT}.`);
}, 60_000);
