/**
 * The demo plan is offered in three places (the overview's getting started, an empty plan, the
 * settings), and loading it is said the same way in each: how many demo actions came, or why none
 * did, with nothing changed. Where the button goes with the empty plan, the focus goes to the
 * page's title.
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDemoPlan } from '../../src/db/commands/actions';
import type { PlannerDatabase } from '../../src/db/database';
import { todayIso } from '../../src/domain/dates';
import { freshWorkspace, renderApp } from './renderApp';

let db: PlannerDatabase;

beforeEach(async () => {
  db = await freshWorkspace();
});

const demoActions = () => db.actions.filter((action) => action.demo === 1).count();

describe('loading the demo plan', () => {
  it('from an empty plan: says how many demo actions came, and the title takes the focus', async () => {
    const { user } = renderApp('/plans');
    await user.click(await screen.findByRole('button', { name: 'Load the demo action plan' }));

    expect(await screen.findByText('Demo plan loaded')).toBeVisible();
    const count = await demoActions();
    expect(count).toBeGreaterThan(0);
    expect(screen.getByText(`${count} demo actions, each labelled “Demo”.`)).toBeVisible();
    expect(await screen.findByText(/^Showing 1–\d+ of \d+ actions$/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Action plans' })).toHaveFocus();
  });

  it('refused when it is loaded already (elsewhere, since this page was drawn): nothing changes', async () => {
    const { user } = renderApp('/plans');
    const button = await screen.findByRole('button', { name: 'Load the demo action plan' });
    const count = await loadDemoPlan(todayIso());

    await user.click(button);
    expect(await screen.findByText('Demo plan not loaded')).toBeVisible();
    expect(
      screen.getByText('The demo plan is already loaded. Remove it first to load it again.'),
    ).toBeVisible();
    expect(await demoActions()).toBe(count);
    expect(await db.actions.count()).toBe(count);
  });

  it('from the settings: said the same way, the button renamed in place', async () => {
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Load the demo action plan' }));

    expect(await screen.findByText('Demo plan loaded')).toBeVisible();
    const count = await demoActions();
    expect(screen.getByText(`${count} demo actions, each labelled “Demo”.`)).toBeVisible();
    expect(
      await screen.findByRole('button', { name: 'Remove the demo action plan' }),
    ).toBeVisible();
  });
});
