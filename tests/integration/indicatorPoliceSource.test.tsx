/**
 * The indicator editor's data.police.uk fields, loaded only when that source is chosen (with the
 * API's checks): they arrive with the neighbourhoods and categories from the (stand-in) API, and a
 * polygon that is not one is refused beside its field, with nothing written.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerDatabase } from '../../src/db/database';
import { freshWorkspace, renderApp } from './renderApp';

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
});

async function openTheEditor() {
  const app = renderApp('/indicators/new');
  await screen.findByRole('heading', { level: 1, name: 'New indicator' });
  return app;
}

const chooseThePoliceSource = async (user: ReturnType<typeof renderApp>['user']) =>
  user.click(await screen.findByRole('radio', { name: 'Street-level crime from data.police.uk' }));

describe('an indicator counted from data.police.uk', () => {
  it('shows the area and categories fields once that source is chosen, and not before', async () => {
    const { user } = await openTheEditor();
    expect(screen.queryByLabelText(/Or a polygon/)).toBeNull();

    await chooseThePoliceSource(user);
    // The categories, from the API: the one an indicator of violent crime counts among them.
    expect(
      await screen.findByRole('checkbox', { name: 'Violence and sexual offences' }),
    ).toBeDefined();
    expect(screen.getByLabelText(/Or a polygon/)).toBeDefined();
  });

  it('refuses a polygon that is not one, beside its field, and writes nothing', async () => {
    const before = await db.indicators.count();
    const { user } = await openTheEditor();
    await chooseThePoliceSource(user);
    await user.type(await screen.findByLabelText(/Or a polygon/), '51.58,-0.02{Enter}north');
    await user.click(screen.getByRole('button', { name: 'Create indicator' }));

    const summary = await screen.findByRole('alert', { name: /There is a problem/ });
    const message =
      'Enter the polygon as latitude,longitude pairs, one per line, with at least three points';
    expect(within(summary).getByRole('link', { name: message })).toBeDefined();
    expect(screen.getByLabelText(/Or a polygon/).getAttribute('aria-invalid')).toBe('true');
    expect(await db.indicators.count()).toBe(before);
  });
});
