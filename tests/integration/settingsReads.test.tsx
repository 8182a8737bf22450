/**
 * Settings reads no action list unless asked: the demo plan's status is a count, and the new
 * financial year's preview reads the plan's actions only when it is opened.
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDemoPlan } from '../../src/db/commands/actions';
import type { PlannerDatabase } from '../../src/db/database';
import { todayIso } from '../../src/domain/dates';
import { freshWorkspace, renderApp } from './renderApp';
import { watchReads } from './watchReads';

let db: PlannerDatabase;
/** Reads of the actions table that return rows (a count reads none). */
let actionListReads = 0;

beforeEach(async () => {
  db = await freshWorkspace();
  await loadDemoPlan(todayIso());
  actionListReads = 0;
  // A middleware joins the stack when the database opens.
  db.close();
  watchReads(db, (read) => {
    // The whole list, in one go (a count row by row is not one).
    const listed = read.kind === 'getMany' || (read.kind === 'query' && read.rows);
    if (read.table === 'actions' && listed) actionListReads += 1;
  });
  await db.open();
});

describe('settings', () => {
  it('says whether the demo plan is loaded without reading the plan', async () => {
    const { user } = renderApp('/settings');
    expect(
      await screen.findByText(/It is loaded: \d+ demo actions are in the plans\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove the demo action plan' })).toBeVisible();
    await screen.findByRole('button', { name: /^Preview starting financial year / });
    expect(actionListReads).toBe(0);

    await user.click(screen.getByRole('button', { name: /^Preview starting financial year / }));
    expect(
      await screen.findByText(/^carry forward \d+ actions still to be delivered;$/),
    ).toBeVisible();
    expect(actionListReads).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /^Start financial year / })).toBeVisible();
  });

  it('offers to load the demo plan once it is removed', async () => {
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Remove the demo action plan' }));
    expect(await screen.findByText(/It is not loaded\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load the demo action plan' })).toBeVisible();
    expect(await db.actions.count()).toBe(0);
  });
});
