/**
 * The action form over a real (in-memory) IndexedDB: each bad input gets its message in the error
 * summary and beside its field, and nothing is written; archiving can be undone.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAction } from '../../src/db/commands/actions';
import type { PlannerDatabase } from '../../src/db/database';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace, renderApp } from './renderApp';

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
});

async function openNewActionForm() {
  const app = renderApp('/actions/new?body=GYV');
  await screen.findByRole('heading', { level: 1, name: 'New action' });
  await screen.findByRole('button', { name: 'Create action' });
  return app;
}

async function fillDate(
  user: ReturnType<typeof renderApp>['user'],
  legend: string,
  day: string,
  month: string,
  year: string,
) {
  const group = screen.getByRole('group', { name: legend });
  await user.type(within(group).getByLabelText('Day'), day);
  await user.type(within(group).getByLabelText('Month'), month);
  await user.type(within(group).getByLabelText('Year'), year);
}

const summaryMessages = async () => {
  const summary = await screen.findByRole('alert', { name: /There is a problem/ });
  return within(summary)
    .getAllByRole('link')
    .map((link) => link.textContent);
};

describe('the action form refuses bad input and writes nothing', () => {
  it('lists every missing field in the summary, in the order of the form', async () => {
    const { user } = await openNewActionForm();
    await user.click(screen.getByRole('button', { name: 'Create action' }));
    expect(await summaryMessages()).toEqual([
      'Enter a title for the action',
      'Enter the start date',
      'Enter the due date',
      'Select the primary 4P row the action sits in',
    ]);
    expect(screen.getByLabelText('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await db.actions.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
  });

  it('refuses a due date before the start date, and a date that does not exist', async () => {
    const { user } = await openNewActionForm();
    await user.type(screen.getByLabelText('Title', { exact: true }), 'Gang exit mentoring');
    await user.click(
      screen.getByLabelText('Protect (4P: social prevention)', { selector: '#action-row-protect' }),
    );
    await fillDate(user, 'Start date', '1', '6', '2026');
    await fillDate(user, 'Due date', '31', '5', '2026');
    await user.click(screen.getByRole('button', { name: 'Create action' }));
    expect(await summaryMessages()).toEqual([
      'The due date must be the same as or after the start date',
    ]);

    const due = screen.getByRole('group', { name: 'Due date' });
    await user.clear(within(due).getByLabelText('Day'));
    await user.type(within(due).getByLabelText('Day'), '31');
    await user.clear(within(due).getByLabelText('Month'));
    await user.type(within(due).getByLabelText('Month'), '6');
    await user.click(screen.getByRole('button', { name: 'Create action' }));
    expect(await summaryMessages()).toEqual(['The due date must be a real date']);
    expect(await db.actions.count()).toBe(0);
  });

  it('refuses a duplicate reference', async () => {
    await createAction(actionInput({ ref: 'GYV-01' }));
    const { user } = await openNewActionForm();
    const reference = screen.getByLabelText('Reference', { exact: true });
    expect(reference).toHaveValue('GYV-02');
    await user.clear(reference);
    await user.type(reference, 'gyv-01');
    await user.type(screen.getByLabelText('Title', { exact: true }), 'Another');
    await user.click(
      screen.getByLabelText('Pursue (4P: enforcement)', { selector: '#action-row-pursue' }),
    );
    await fillDate(user, 'Start date', '1', '4', '2026');
    await fillDate(user, 'Due date', '31', '3', '2027');
    await user.click(screen.getByRole('button', { name: 'Create action' }));
    expect(await summaryMessages()).toEqual([
      'The reference GYV-01 is already used by another action: choose another',
    ]);
    expect(await db.actions.count()).toBe(1);
  });

  it('saves a valid action with one audit entry and opens it', async () => {
    const { user, router } = await openNewActionForm();
    await user.type(screen.getByLabelText('Title', { exact: true }), 'Gang exit mentoring');
    await user.click(
      screen.getByLabelText('Protect (4P: social prevention)', { selector: '#action-row-protect' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Gang exit' }));
    await fillDate(user, 'Start date', '1', '4', '2026');
    await fillDate(user, 'Due date', '31', '3', '2027');
    await user.click(screen.getByRole('button', { name: 'Create action' }));
    await screen.findByRole(
      'heading',
      { level: 1, name: 'GYV-01: Gang exit mentoring' },
      { timeout: 10_000 },
    );
    expect(router.state.location.pathname).toBe('/actions/GYV-01');
    const [saved] = await db.actions.toArray();
    expect(saved).toMatchObject({
      ref: 'GYV-01',
      bodyId: 'GYV',
      primaryRow: 'protect',
      themeIds: ['protect.gang-exit'],
      startDate: '2026-04-01',
      dueDate: '2027-03-31',
    });
    expect(await db.audit.count()).toBe(2);
  });
});

describe('archiving', () => {
  it('takes the action out of the plan, and undo brings it back, both audited', async () => {
    const action = await createAction(actionInput({ ref: 'GYV-05' }));
    const { user } = renderApp('/actions/GYV-05');
    await user.click(await screen.findByRole('button', { name: 'Archive action' }));
    await screen.findByText('This action is archived');
    expect((await db.actions.get(action.id))?.archived).toBe(1);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Archive action' });
    expect((await db.actions.get(action.id))?.archived).toBe(0);
    const kinds = (
      await db.audit.where('[entityType+entityId]').equals(['action', action.id]).sortBy('seq')
    ).map((e) => e.kind);
    expect(kinds).toEqual(['create', 'archive', 'restore']);
    await waitFor(() =>
      expect(screen.getAllByText(/Action GYV-05 restored/).length).toBeGreaterThan(0),
    );
  });
});
