/**
 * Backup and restore over an in-memory IndexedDB: the round trip is exact, a refused file changes
 * nothing, an older backup is upgraded, and a full disk leaves the workspace as it was.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBackup,
  readWorkspaceTables,
  restoreBackup,
  workspaceHash,
} from '../../src/db/backup';
import { backupStatus } from '../../src/db/backupStatus';
import { setBackupReminder } from '../../src/db/commands/backupReminder';
import { ValidationError } from '../../src/db/command';
import { loadDemoPlan } from '../../src/db/commands/actions';
import { saveUpdate } from '../../src/db/commands/quarters';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import { resetWorkspace } from '../../src/db/commands/workspace';
import { CURRENT_SCHEMA_VERSION, type PlannerDatabase } from '../../src/db/database';
import { readBackupFile } from '../../src/api/backupFile';
import { messageOf, problemsOf } from '../../src/api/errors';
import { checkBackupFile, makeBackup, RESTORE_STOPPED } from '../../src/api/backups';
import { errorOf, failureOf } from '../../src/api/workerFailure';
import { tablesHash, type Backup } from '../../src/domain/backup';
import { verifyChain } from '../../src/domain/audit';
import type { UpdateInput } from '../../src/domain/updates';
import { database, onChangeElsewhere, onCommitted } from '../../src/db/connection';
import { workspaceDatabases } from '../../src/db/workspaceDatabase';
import { holdTheRestoredAnswer, startInProcessWorkers } from './inProcessWorker';
import { freshWorkspace } from './renderApp';
import { JOINED } from '../fixtures/sharedPlan';

const green: UpdateInput = {
  rag: 'green',
  percentComplete: '40',
  narrative: 'Sessions running in four schools.',
  evidence: 'Attendance registers',
  nextSteps: '',
  correctiveAction: '',
  onTrack: true,
  revisedDate: '',
  state: 'done',
};

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
  await loadDemoPlan('2026-05-01');
  const [first, second] = await db.actions.orderBy('ref').toArray();
  if (!first || !second) throw new Error('the demo plan did not load');
  await saveUpdate(first.id, '2026-Q1', green);
  await saveUpdate(second.id, '2026-Q1', {
    ...green,
    rag: 'red',
    correctiveAction: 'Escalated to the board',
  });
  await closeQuarter('2026-Q1');
});

async function restoreFrom(blob: Blob): Promise<Backup> {
  const result = await readBackupFile(blob);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  await restoreBackup(result.backup);
  return result.backup;
}

describe('backup and restore', () => {
  it('round trip: backup, reset, restore, and every table is identical', async () => {
    const before = await workspaceHash();
    const file = await createBackup(new Date('2026-11-22T10:15:00Z'));
    expect(file.fileName).toBe('safetynet-backup-2026-11-22T10-15.json');
    expect(file.header.sha256).toBe(before);
    expect(file.header.counts.actions).toBe(43);
    expect(file.header.counts.updates).toBe(2);
    expect(file.header.counts.snapshots).toBe(1);

    await resetWorkspace('reset');
    expect(await db.actions.count()).toBe(0);

    await restoreFrom(file.blob);
    const tables = await readWorkspaceTables();
    const restoreEntry = tables.audit.at(-1);
    expect(restoreEntry).toMatchObject({ kind: 'restore', entityType: 'workspace' });
    // Everything the backup held is back, byte for byte; the restore added its own audit entry.
    expect(await tablesHash({ ...tables, audit: tables.audit.slice(0, -1) })).toBe(before);
    expect(verifyChain(tables.audit)).toMatchObject({ intact: true });
  });

  it('records the backup in the audit trail and resets the reminder', async () => {
    await setBackupReminder('7', '3');
    let status = await backupStatus(new Date());
    expect(status?.lastBackup).toBeNull();
    expect(status?.reminder.due).toBe(true);
    await createBackup();
    status = await backupStatus(new Date());
    expect(status?.lastBackup).not.toBeNull();
    expect(status?.reminder.due).toBe(false);
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ kind: 'export', entityId: 'backup' });
    expect(last?.summary).toMatch(/43 actions, 2 quarterly updates/);
  });

  it('refuses a file whose content was changed after it was made, changing nothing', async () => {
    const file = await createBackup();
    const text = (await file.blob.text()).replace(
      'Sessions running in four schools.',
      'Sessions running in five schools.',
    );
    const before = await workspaceHash();
    const result = await readBackupFile(new Blob([text]));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/SHA-256/);
    expect(await workspaceHash()).toBe(before);
  });

  it('refuses a backup from a newer version of the app', async () => {
    const file = await createBackup();
    const text = (await file.blob.text()).replace(
      `"schemaVersion":${CURRENT_SCHEMA_VERSION}`,
      `"schemaVersion":${CURRENT_SCHEMA_VERSION + 1}`,
    );
    const result = await readBackupFile(new Blob([text]));
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/newer version of the app/);
  });

  it('upgrades a backup written by database version 1 through the same row upgrades', async () => {
    const file = await createBackup();
    const text = (await file.blob.text()).replace(
      `"schemaVersion":${CURRENT_SCHEMA_VERSION}`,
      '"schemaVersion":1',
    );
    const result = await readBackupFile(new Blob([text]));
    expect(result.ok && result.backup.upgradedFrom).toBe(1);
    if (!result.ok) return;
    await restoreBackup(result.backup);
    expect(await database().actions.count()).toBe(43);
  });

  it('leaves the workspace as it was when the disk is full part-way through a restore', async () => {
    const file = await createBackup();
    const result = await readBackupFile(file.blob);
    if (!result.ok) throw new Error('backup did not read');
    await resetWorkspace('reset');
    const before = await workspaceHash();
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'updates')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const error = await restoreBackup(result.backup).catch((e: unknown) => e);
    spy.mockRestore();
    expect(messageOf(error)).toMatch(/run out of space/);
    expect(database()).toBe(db);
    expect(await workspaceHash()).toBe(before);
    expect(await db.actions.count()).toBe(0);
    // The restore's own database, half written, is gone.
    expect(await workspaceDatabases(db.name)).toEqual([db.name]);
  });

  it('from the page: made and recorded, checked, then restored only when asked', async () => {
    const before = await workspaceHash();
    const file = await makeBackup();
    expect(file.header.sha256).toBe(before);
    expect((await db.audit.orderBy('seq').last())?.summary).toMatch(/^Backup downloaded: /);
    expect((await backupStatus())?.lastBackup?.sha256).toBe(file.header.sha256);
    await resetWorkspace('reset');
    const checked = await checkBackupFile(file.blob);
    if (!checked.ok) throw new Error('the backup was refused');
    expect(checked.backup.header.counts).toEqual(file.header.counts);
    expect(await db.actions.count()).toBe(0);
    await checked.backup.restore();
    expect(await database().actions.count()).toBe(file.header.counts.actions);
    const tables = await readWorkspaceTables();
    expect(tables.audit.at(-1)).toMatchObject({ kind: 'restore', entityType: 'workspace' });
    expect(await tablesHash({ ...tables, audit: tables.audit.slice(0, -1) })).toBe(before);
    const damaged = await checkBackupFile(new Blob([(await file.blob.text()).slice(0, -40)]));
    expect(damaged.ok).toBe(false);
  });

  it('in its worker: made, checked and restored, the restore announced by the page once', async () => {
    const before = await workspaceHash();
    const workers = await startInProcessWorkers('backupWorker');
    try {
      const file = await makeBackup();
      expect(file.header.sha256).toBe(before);
      await resetWorkspace('reset');
      const committed = vi.fn();
      const elsewhere = vi.fn();
      const stopCommitted = onCommitted(committed);
      const stopElsewhere = onChangeElsewhere(elsewhere);
      const checked = await checkBackupFile(file.blob);
      if (!checked.ok) throw new Error('the backup was refused');
      await checked.backup.restore();
      await new Promise((resolve) => setTimeout(resolve, 50));
      stopCommitted();
      stopElsewhere();
      expect(await database().actions.count()).toBe(file.header.counts.actions);
      expect(committed).toHaveBeenCalledTimes(1);
      // The worker's own announcement would reach this page as if from another tab.
      expect(elsewhere).not.toHaveBeenCalled();
      expect(workers.map((worker) => worker.terminated)).toEqual([true, true]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('in its worker: the rows are written ahead as the file is checked, and kept only if asked', async () => {
    await startInProcessWorkers('backupWorker');
    try {
      const file = await makeBackup();
      const before = await workspaceHash();
      const checked = await checkBackupFile(file.blob);
      if (!checked.ok) throw new Error('the backup was refused');
      // Written apart from the moment the file opened: the workspace has not changed.
      await vi.waitFor(async () => expect(await workspaceDatabases(db.name)).toHaveLength(2));
      expect(database()).toBe(db);
      expect(await workspaceHash()).toBe(before);
      // Let go (another file chosen, the page left): the rows written ahead are deleted.
      checked.backup.discard();
      await vi.waitFor(async () => expect(await workspaceDatabases(db.name)).toEqual([db.name]));
      expect(await workspaceHash()).toBe(before);

      // A file that opens but was altered: refused, and its rows written ahead deleted.
      const altered = (await file.blob.text()).replace(
        'Sessions running in four schools.',
        'Sessions running in five schools.',
      );
      const refused = await checkBackupFile(new Blob([altered]));
      expect(refused.ok ? '' : refused.problems[0]?.message).toMatch(/SHA-256/);
      // Time for rows still being written to show (the refusal itself waits for them to go).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await workspaceDatabases(db.name)).toEqual([db.name]);

      // Restored when asked: the rows written ahead become the workspace, exactly the backup's.
      await resetWorkspace('reset');
      const again = await checkBackupFile(file.blob);
      if (!again.ok) throw new Error('the backup was refused');
      await again.backup.restore();
      const tables = await readWorkspaceTables();
      expect(tables.audit.at(-1)).toMatchObject({ kind: 'restore', entityType: 'workspace' });
      expect(await tablesHash({ ...tables, audit: tables.audit.slice(0, -1) })).toBe(
        file.header.sha256,
      );
      expect(await workspaceDatabases(db.name)).toEqual([database().name]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('in its worker: a full disk while the rows are written ahead changes nothing', async () => {
    const workers = await startInProcessWorkers('backupWorker');
    const add = IDBObjectStore.prototype.add;
    try {
      const file = await makeBackup();
      await resetWorkspace('reset');
      const before = await workspaceHash();
      // Only the rows written ahead go through `add` straight to IndexedDB.
      vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['add']>
      ) {
        if (this.name === 'audit')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.apply(this, args);
      });
      const checked = await checkBackupFile(file.blob);
      if (!checked.ok) throw new Error('the backup was refused');
      const error = await checked.backup.restore().catch((e: unknown) => e);
      expect(messageOf(error)).toMatch(/run out of space/);
      expect(database()).toBe(db);
      expect(await workspaceHash()).toBe(before);
      expect(await workspaceDatabases(db.name)).toEqual([db.name]);
      expect(workers).toHaveLength(2);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    }
  });

  it('in its worker: let go while the restore is written, the restore stops and nothing changes', async () => {
    const workers = await startInProcessWorkers('backupWorker');
    try {
      const file = await makeBackup();
      await resetWorkspace('reset');
      const before = await workspaceHash();
      const checked = await checkBackupFile(file.blob);
      if (!checked.ok) throw new Error('the backup was refused');
      const answer = holdTheRestoredAnswer();
      const restoring = checked.backup.restore();
      // The page is left (the restore panel unmounted) before the worker's answer is heard.
      await vi.waitFor(() => expect(answer.written()).toBe(true));
      checked.backup.discard();
      await expect(restoring).rejects.toThrow(RESTORE_STOPPED);
      expect(workers.at(-1)?.terminated).toBe(true);
      // Its answer, had it come after all, is not heard.
      answer.release();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(database()).toBe(db);
      expect(await workspaceHash()).toBe(before);
      // The database it was writing is deleted.
      expect(await workspaceDatabases(db.name)).toEqual([db.name]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('in its worker: a browser that shares its plan writes nothing ahead, and cannot restore', async () => {
    await startInProcessWorkers('backupWorker');
    try {
      const file = await makeBackup();
      await db.syncState.put(JOINED);
      const before = await workspaceHash();
      const checked = await checkBackupFile(file.blob);
      if (!checked.ok) throw new Error('the backup was refused');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await workspaceDatabases(db.name)).toEqual([db.name]);
      const error = await checked.backup.restore().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(await workspaceHash()).toBe(before);
      expect(await workspaceDatabases(db.name)).toEqual([db.name]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('words a failure from a worker as the page would have: problems, a full disk', () => {
    const refused = errorOf(
      failureOf(new ValidationError([{ field: 'workspace', message: 'Not in a shared plan.' }])),
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect(problemsOf(refused)).toEqual([{ field: 'workspace', message: 'Not in a shared plan.' }]);
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    expect(messageOf(errorOf(failureOf(wrapped)))).toMatch(/run out of space/);
  });

  it('refuses reminder settings that are not whole numbers in range', async () => {
    await expect(setBackupReminder('0', '50')).rejects.toBeInstanceOf(ValidationError);
    await expect(setBackupReminder('7', 'lots')).rejects.toBeInstanceOf(ValidationError);
  });
});
