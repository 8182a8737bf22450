/**
 * A form stays true to the record it edits while that record is saved elsewhere (a partner's
 * change arriving through the shared plan, or another tab): untouched, it shows the new version;
 * with the person's edits, it keeps them, says what changed, and saves over the other change
 * only once the person has chosen to.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerDatabase } from '../../src/db/database';
import { setRecommendationResponse } from '../../src/db/commands/recommendations';
import { createAction, updateAction } from '../../src/db/commands/actions';
import { saveUpdate } from '../../src/db/commands/quarters';
import { actionInput } from '../fixtures/actions';
import { updateInput } from '../fixtures/quarters';
import { freshWorkspace, renderApp } from './renderApp';

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
});

/** Another tab (or the shared plan's sync) saves a response; this page refreshes as on hearing it. */
async function savedElsewhere(client: ReturnType<typeof renderApp>['client'], note: string) {
  await setRecommendationResponse(9, 'accepted-in-part', note);
  await client.invalidateQueries();
}

const notice = () =>
  screen.queryByRole('alert', { name: 'Changed elsewhere while you were editing' });

async function openRecommendation9() {
  const app = renderApp('/recommendations/9');
  const note = await screen.findByLabelText(/^Note/);
  return { ...app, note, response: screen.getByLabelText('Board response') };
}

describe('a form whose record is saved elsewhere', () => {
  it('shows the new version when the person has not edited it', async () => {
    const { client, note, response } = await openRecommendation9();
    await savedElsewhere(client, 'Agreed at the board in another tab.');
    await waitFor(() => expect(note).toHaveValue('Agreed at the board in another tab.'));
    expect(response).toHaveValue('accepted-in-part');
    expect(notice()).not.toBeInTheDocument();
  });

  it('keeps the edits, says what changed, and saves over it only once the person chooses', async () => {
    const { client, user, note, response } = await openRecommendation9();
    await user.selectOptions(response, 'accepted');
    await user.type(note, 'Training booked.');
    await savedElsewhere(client, 'Agreed at the board in another tab.');

    const alert = await screen.findByRole('alert', {
      name: 'Changed elsewhere while you were editing',
    });
    expect(alert).toHaveTextContent(
      'Someone saved a change to this response after you started editing (on the shared plan, or in another tab): Board response and Note.',
    );
    expect(note).toHaveValue('Training booked.');
    expect(response).toHaveValue('accepted');

    // Saving now would silently replace the other change: the notice takes focus instead.
    await user.click(screen.getByRole('button', { name: 'Save response' }));
    await waitFor(() => expect(alert).toHaveFocus());
    expect((await db.recommendations.get(9))?.responseNote).toBe(
      'Agreed at the board in another tab.',
    );

    await user.click(within(alert).getByRole('button', { name: /Keep my edits/ }));
    expect(notice()).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save response' }));
    await screen.findByText('Response saved');
    const saved = await db.recommendations.get(9);
    expect([saved?.response, saved?.responseNote]).toEqual(['accepted', 'Training booked.']);
    expect(notice()).not.toBeInTheDocument();
  });

  it('takes the saved version when the person discards their edits', async () => {
    const { client, user, note, response } = await openRecommendation9();
    await user.type(note, 'Training booked.');
    await savedElsewhere(client, 'Agreed at the board in another tab.');
    const alert = await screen.findByRole('alert', {
      name: 'Changed elsewhere while you were editing',
    });
    expect(alert).toHaveTextContent('in another tab): Board response and Note.');
    await user.click(within(alert).getByRole('button', { name: /Discard my edits/ }));
    expect(note).toHaveValue('Agreed at the board in another tab.');
    expect(response).toHaveValue('accepted-in-part');
    expect(notice()).not.toBeInTheDocument();
  });

  it('does not take its own save, stored trimmed, for a change made elsewhere', async () => {
    const { user, note, response } = await openRecommendation9();
    await user.selectOptions(response, 'accepted');
    await user.type(note, '  Training booked.  ');
    await user.click(screen.getByRole('button', { name: 'Save response' }));
    await screen.findByText('Response saved');
    await waitFor(() => expect(note).toHaveValue('Training booked.'));
    expect(notice()).not.toBeInTheDocument();
  });

  it('keeps an action’s edits over a change elsewhere, and takes that change when asked', async () => {
    const { id } = await createAction(actionInput({ ref: 'GYV-01' }));
    const { user, client } = renderApp('/actions/GYV-01');
    const edit = await screen.findByRole('button', { name: 'Edit action' });
    await waitFor(() => expect(edit).toBeEnabled());
    await user.click(edit);
    const title = screen.getByLabelText('Title', { exact: true });
    await user.clear(title);
    await user.type(title, 'Gang Intervention Team, co-located');
    await updateAction(
      id,
      actionInput({ ref: 'GYV-01', status: 'in-progress', leadOfficer: 'Team manager' }),
    );
    await client.invalidateQueries();

    const alert = await screen.findByRole('alert', {
      name: 'Changed elsewhere while you were editing',
    });
    expect(alert).toHaveTextContent('this action after you started editing');
    expect(alert).toHaveTextContent('another tab): Lead officer and Status.');
    expect(title).toHaveValue('Gang Intervention Team, co-located');
    await user.click(within(alert).getByRole('button', { name: /Discard my edits/ }));
    expect(screen.getByLabelText('Title', { exact: true })).toHaveValue(
      'Establish a co-located Gang Intervention Team',
    );
    expect(screen.getByLabelText('Lead officer (optional)')).toHaveValue('Team manager');
    expect(notice()).not.toBeInTheDocument();
  });

  it('shows a quarter’s update saved elsewhere in the open, untouched update form', async () => {
    const { id } = await createAction(actionInput({ ref: 'GYV-01' }));
    const { client } = renderApp('/updates/2026-Q3/GYV-01');
    const narrative = await screen.findByLabelText(/^Narrative/);
    expect(narrative).toHaveValue('');
    await saveUpdate(
      id,
      '2026-Q3',
      updateInput({ percentComplete: '40', narrative: 'Team recruited; first referrals taken.' }),
    );
    await client.invalidateQueries();
    await waitFor(() => expect(narrative).toHaveValue('Team recruited; first referrals taken.'));
    expect(screen.getByLabelText('Percentage complete')).toHaveValue('40');
    expect(notice()).not.toBeInTheDocument();
  });
});
