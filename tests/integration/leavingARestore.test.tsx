/**
 * A restore being written (over a minute for a large plan) is not stopped by a click elsewhere:
 * moving to another page asks first; staying lets it finish, leaving stops it and the workspace
 * stays as it was. The app asks through one guard, so a form not saved on the same page (the
 * workspace's settings) still asks in its own words, and with the restore's when both hold.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup } from '../../src/api/backups';
import type { BackupFile } from '../../src/db/backup';
import { loadDemoPlan } from '../../src/db/commands/actions';
import { database } from '../../src/db/connection';
import { workspaceDatabases } from '../../src/db/workspaceDatabase';
import { holdTheRestoredAnswer, startInProcessWorkers } from './inProcessWorker';
import { freshWorkspace, renderApp } from './renderApp';

const beforeUnloadCancelled = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

/**
 * The settings page with the backup chosen and checked, and "Replace" clicked; `name` typed into
 * the workspace's name first, and not saved, if given.
 */
async function replaceWith(file: BackupFile, name?: string) {
  const view = renderApp('/settings');
  const { user } = view;
  if (name) await user.type(await screen.findByLabelText('Workspace name'), name);
  await user.upload(
    await screen.findByLabelText('Backup file'),
    new File([file.blob], 'safetynet-backup.json', { type: 'application/json' }),
  );
  await screen.findByText('The backup is complete and unaltered', {}, { timeout: 10_000 });
  await user.click(screen.getByRole('button', { name: 'Replace the workspace with this backup' }));
  return view;
}

let workers: Awaited<ReturnType<typeof startInProcessWorkers>>;
let file: BackupFile;
beforeEach(async () => {
  await freshWorkspace();
  workers = await startInProcessWorkers('backupWorker');
  // The backup holds the seeded workspace; the workspace then gains the demo plan.
  file = await makeBackup();
  await loadDemoPlan('2026-05-01');
});
afterEach(() => vi.unstubAllGlobals());

describe('leaving a restore being written', () => {
  it('asks first; staying lets the restore finish', async () => {
    const answer = holdTheRestoredAnswer();
    const { user, router } = await replaceWith(file);
    await waitFor(() => expect(answer.written()).toBe(true), { timeout: 10_000 });
    expect(beforeUnloadCancelled()).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop the restore?' });
    expect(dialog).toHaveTextContent(
      'If you leave this page now, the restore stops and the workspace stays as it was.',
    );
    await user.click(screen.getByRole('button', { name: 'Stay until it finishes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    answer.release();
    await screen.findByText('Workspace restored', {}, { timeout: 10_000 });
    expect(router.state.location.pathname).toBe('/settings');
    expect(await database().actions.count()).toBe(file.header.counts.actions);
    expect(beforeUnloadCancelled()).toBe(false);
  }, 30_000);

  it('leaving stops the restore: the workspace stays as it was', async () => {
    const before = database().name;
    const actions = await database().actions.count();
    expect(actions).toBeGreaterThan(file.header.counts.actions);
    const answer = holdTheRestoredAnswer();
    const { user } = await replaceWith(file);
    await waitFor(() => expect(answer.written()).toBe(true), { timeout: 10_000 });

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await user.click(await screen.findByRole('button', { name: 'Stop the restore and leave' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    expect(workers.at(-1)?.terminated).toBe(true);

    // The worker's answer, had it come after all, is not heard: nothing is switched to, and the
    // database it wrote is deleted.
    answer.release();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(database().name).toBe(before);
    expect(await database().actions.count()).toBe(actions);
    expect(await workspaceDatabases(before)).toEqual([before]);
    expect(beforeUnloadCancelled()).toBe(false);
  }, 30_000);

  it('a form not saved while the restore is written: the dialog says both, and names neither', async () => {
    const answer = holdTheRestoredAnswer();
    const { user } = await replaceWith(file, ' (draft)');
    await waitFor(() => expect(answer.written()).toBe(true), { timeout: 10_000 });

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave this page?' });
    expect(dialog).toHaveTextContent('You have changes on this page that are not saved.');
    expect(dialog).toHaveTextContent('If you leave this page now, the restore stops');
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await user.click(await screen.findByRole('button', { name: 'Leave anyway' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    expect(workers.at(-1)?.terminated).toBe(true);
    answer.release();
  }, 30_000);

  it('a form not saved on the same page still asks in its own words', async () => {
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Workspace name'), ' (draft)');
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
  }, 30_000);
});
