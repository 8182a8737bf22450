/**
 * Unsaved typing is never lost without warning: moving elsewhere in the app asks in a dialog,
 * staying keeps the text, leaving discards it, and reloading the page brings up the browser's
 * own prompt. Saving never asks.
 */
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerDatabase } from '../../src/db/database';
import { freshWorkspace, renderApp } from './renderApp';

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
});

const beforeUnloadCancelled = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('unsaved changes', () => {
  it('asks before leaving a new action with text typed, and keeps the text on "Stay"', async () => {
    const { user, router } = renderApp('/actions/new?body=GYV');
    const title = await screen.findByLabelText('Title', { exact: true });
    expect(beforeUnloadCancelled()).toBe(false);
    await user.type(title, 'Detached youth work in Leyton');
    expect(beforeUnloadCancelled()).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('If you leave now, they will be lost.');
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/actions/new');
    expect(screen.getByLabelText('Title', { exact: true })).toHaveValue(
      'Detached youth work in Leyton',
    );

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    expect(await db.actions.count()).toBe(0);
    expect(beforeUnloadCancelled()).toBe(false);
  });

  it('does not ask when nothing was typed, or when the change is saved', async () => {
    const { user, router } = renderApp('/recommendations/9');
    await screen.findByRole('heading', { level: 1, name: /Recommendation 9/ });
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });

    await router.navigate('/recommendations/9');
    const note = await screen.findByLabelText(/Note/);
    await user.type(note, 'Training booked for the new municipal year.');
    await user.click(screen.getByRole('button', { name: /Save response/ }));
    await screen.findByText('Response saved');
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
