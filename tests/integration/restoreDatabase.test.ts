/**
 * A restore writes the backup into a database of its own and then makes it the workspace's in one
 * step (decision 0016): all of the backup, or nothing changes; the old database is deleted; a tab
 * still holding it cannot write into it; a lost pointer finds the workspace again; and what a
 * restore leaves behind is tidied away.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../src/api/backupFile';
import { createBackup, restoreBackup, writeRestoredDatabase } from '../../src/db/backup';
import { StaleConnectionError, ValidationError } from '../../src/db/command';
import { createAction } from '../../src/db/commands/actions';
import { updateSettings } from '../../src/db/commands/workspace';
import { database, openDatabaseNamed } from '../../src/db/connection';
import { PlannerDatabase, type PoliceMonth } from '../../src/db/database';
import { ensureWorkspaceSeeded } from '../../src/db/openWorkspace';
import { findRestoredWorkspace, tidyRestoredDatabases } from '../../src/db/restoredDatabases';
import { CHANGED_DURING_RESTORE, switchToRestored } from '../../src/db/switchWorkspace';
import {
  currentDatabaseName,
  pointAt,
  REPLACED_BY_KEY,
  workspaceDatabases,
} from '../../src/db/workspaceDatabase';
import type { Backup } from '../../src/domain/backup';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace } from './renderApp';

let base: string;
let backup: Backup;

const policeMonth = {
  id: 'E05013889|2026-09',
  requests: 1,
  fetchedAt: '2026-10-30T09:00:00.000Z',
} as unknown as PoliceMonth;

beforeEach(async () => {
  base = (await freshWorkspace()).name;
  const settings = await database().settings.get('workspace');
  if (!settings) throw new Error('the workspace was not seeded');
  await updateSettings({ ...settings, userName: 'Ana Diaz' });
  await createAction(actionInput({ ref: 'GYV-01' }));
  const read = await readBackupFile((await createBackup()).blob);
  if (!read.ok) throw new Error('the backup was refused');
  backup = read.backup;
  // After the backup: a second action (the restore takes it away) and the police data fetched
  // (the restore keeps it: a backup does not hold it).
  await createAction(actionInput({ ref: 'ASB-01', bodyId: 'ASB' }));
  await database().policeMonths.put(policeMonth);
});

const refs = async () => (await database().actions.toArray()).map((action) => action.ref).sort();

describe('a restore into a database of its own', () => {
  it('becomes the workspace’s whole, keeps what a backup does not hold, and the old one goes', async () => {
    await restoreBackup(backup);
    const now = database().name;
    expect(now).not.toBe(base);
    expect(currentDatabaseName(base)).toBe(now);
    expect(await refs()).toContain('GYV-01');
    expect(await refs()).not.toContain('ASB-01');
    expect(await database().policeMonths.get(policeMonth.id)).toEqual(policeMonth);
    const last = await database().audit.orderBy('seq').last();
    expect(last).toMatchObject({ kind: 'restore', actor: 'Ana Diaz' });
    await expect.poll(() => workspaceDatabases(base)).toEqual([now]);
    // A second restore replaces the first's database in turn.
    await restoreBackup(backup);
    await expect.poll(() => workspaceDatabases(base)).toEqual([database().name]);
    expect(database().name > now).toBe(true);
  });

  it('changes nothing when the workspace was written to while the backup was written', async () => {
    const restored = await writeRestoredDatabase(backup);
    expect(await workspaceDatabases(base)).toEqual([base, restored.name]);
    await createAction(actionInput({ ref: 'BOARD-01', bodyId: 'BOARD' }));
    const error = await switchToRestored(restored).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(CHANGED_DURING_RESTORE);
    expect(database().name).toBe(base);
    expect(currentDatabaseName(base)).toBe(base);
    expect(await refs()).toEqual(['ASB-01', 'BOARD-01', 'GYV-01']);
    expect(await workspaceDatabases(base)).toEqual([base]);
  });

  it('refuses a command through a connection to the replaced database', async () => {
    await database().meta.put({ key: REPLACED_BY_KEY, value: `${base}@later` });
    await expect(
      createAction(actionInput({ ref: 'BOARD-01', bodyId: 'BOARD' })),
    ).rejects.toBeInstanceOf(StaleConnectionError);
    expect(await refs()).toEqual(['ASB-01', 'GYV-01']);
  });

  it('is found again when its pointer is lost, rather than a new workspace seeded', async () => {
    await restoreBackup(backup);
    const restored = database().name;
    await expect.poll(() => workspaceDatabases(base)).toEqual([restored]);
    // The browser's localStorage cleared on its own; the app opens again.
    pointAt(base);
    openDatabaseNamed(currentDatabaseName(base));
    expect(await ensureWorkspaceSeeded()).toBe('existing');
    expect(database().name).toBe(restored);
    expect(currentDatabaseName(base)).toBe(restored);
    expect(await refs()).toEqual(['GYV-01']);
    expect(await findRestoredWorkspace()).toBe(false);
  });

  it('leaves behind nothing once tidied: half-written and older databases go, newer whole ones stay', async () => {
    const halfWritten = new PlannerDatabase(`${base}@2026-12-01T10:00:00.000Z~aaaaaaaa`);
    await halfWritten.meta.put({ key: 'half', value: 'written' });
    halfWritten.close();
    const another = await writeRestoredDatabase(backup, new Date('2099-01-01T00:00:00Z'));
    expect(await tidyRestoredDatabases()).toEqual([halfWritten.name]);
    expect(await workspaceDatabases(base)).toEqual([base, another.name]);
    await restoreBackup(backup, new Date('2099-02-01T00:00:00Z'));
    await expect.poll(() => tidyRestoredDatabases()).toEqual([]);
    expect(await workspaceDatabases(base)).toEqual([database().name]);
  });
});
