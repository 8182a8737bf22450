/**
 * Importing a tracker through its page, to the plans page. The rows are checked against the plan
 * as it was before they were added: the plan read again as the import ends holds them, and checked
 * against it every row clashed with itself, drawing a problem for each before the plans page opened.
 */
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { freshWorkspace, renderApp } from './renderApp';

const ROWS = 40;

it('imports a tracker and opens the plans page without ever showing its rows as clashing', async () => {
  const db = await freshWorkspace();
  const lines = Array.from(
    { length: ROWS },
    (_, i) =>
      `IMP-${String(i + 1).padStart(3, '0')},Imported action ${i + 1},ASB,Prevent,31/03/2027`,
  );
  const csv = ['Reference,Title,Body,4P row,Due date', ...lines].join('\r\n');
  const { user, container, router } = renderApp('/actions/import');

  // Everything the page ever draws, not only where it ends.
  const drawn: string[] = [];
  const watcher = new MutationObserver(() => drawn.push(container.textContent ?? ''));
  watcher.observe(container, { subtree: true, childList: true, characterData: true });

  await user.upload(
    await screen.findByLabelText('Spreadsheet'),
    new File([csv], 'tracker.csv', { type: 'text/csv' }),
  );
  await screen.findByText(`All ${ROWS} rows are ready. The first ones:`);
  await user.click(screen.getByRole('button', { name: `Import ${ROWS} actions` }));
  await screen.findByRole('heading', { level: 1, name: 'Action plans' }, { timeout: 10_000 });
  watcher.disconnect();

  expect(router.state.location.pathname).toBe('/plans');
  expect(await db.actions.where('ref').startsWith('IMP-').count()).toBe(ROWS);
  expect(drawn.some((text) => text.includes('Some rows need fixing'))).toBe(false);
  expect(drawn.some((text) => text.includes('already'))).toBe(false);
}, 60_000);

it('counts a large file’s problems as every other count is written, and imports none of it', async () => {
  const db = await freshWorkspace();
  const rows = 1_001;
  const lines = Array.from(
    { length: rows },
    (_, i) => `BAD-${String(i + 1).padStart(4, '0')},Action ${i + 1},ASB,Prevent,31/02/2027`,
  );
  const csv = ['Reference,Title,Body,4P row,Due date', ...lines].join('\r\n');
  const { user } = renderApp('/actions/import');
  await user.upload(
    await screen.findByLabelText('Spreadsheet'),
    new File([csv], 'tracker.csv', { type: 'text/csv' }),
  );
  // The alert that says so (a message left by the test before may be another alert).
  const title = await screen.findByText('Some rows need fixing', {}, { timeout: 20_000 });
  const alert = title.closest('[role="alert"]');
  expect(alert).toHaveTextContent('1,001 problems in 1,001 of 1,001 rows.');
  expect(await db.actions.where('ref').startsWith('BAD-').count()).toBe(0);
}, 60_000);
