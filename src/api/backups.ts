/**
 * Backups from the page. The file is made, and a chosen file checked and restored, in the backup
 * worker (`backupWorker.ts`), so the page answers throughout however large the workspace; the page
 * records that a backup was made (through `runCommand`, as every write from the page) and hands
 * the file over. Where there are no workers (the Node tests) the same functions run on this thread.
 */
import { Dexie } from 'dexie';
import type { BackupFile } from '../db/backup';
import { switchToRestored, type RestoredDatabase } from '../db/switchWorkspace';
import { announceChange, database } from '../db/connection';
import type { BackupHeader } from '../domain/backup';
import type { Problem } from '../domain/problems';
import { askWorker } from './workerCall';
import type { WorkerFailure } from './workerFailure';

type BackupQuestion =
  | { readonly kind: 'make'; readonly at: string }
  | { readonly kind: 'check'; readonly file: Blob }
  | { readonly kind: 'restore' }
  | { readonly kind: 'discard' };

/** What the page asks the backup worker, with the database the page has open. */
export type BackupRequest = BackupQuestion & { readonly database: string };

type CheckResult =
  | { readonly ok: true; readonly header: BackupHeader; readonly upgradedFrom: number | null }
  | { readonly ok: false; readonly problems: Problem[] };

export type BackupReply =
  | { readonly kind: 'made'; readonly file: BackupFile }
  | { readonly kind: 'checked'; readonly result: CheckResult }
  | { readonly kind: 'writing'; readonly name: string }
  | { readonly kind: 'restored'; readonly restored: RestoredDatabase }
  | { readonly kind: 'discarded' }
  | { readonly kind: 'failed'; readonly failure: WorkerFailure };

/** A backup file checked in full and not yet restored. */
export interface CheckedBackup {
  readonly header: BackupHeader;
  readonly upgradedFrom: number | null;
  /** Replaces the whole workspace with it, in one step: all of it, or nothing changes. */
  restore(): Promise<void>;
  /** Lets it go: another file was chosen, or the page was left. */
  discard(): void;
}

const hasWorkers = () => typeof Worker !== 'undefined';

/** Why a restore let go while being written did not happen. */
export const RESTORE_STOPPED =
  'The restore was stopped before it finished. The workspace is as it was before.';

/** A backup worker, asked one thing at a time. */
function startWorker() {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
  /** Asks, and waits for the `expected` answer; a restore's `writing` on the way is `heard`. */
  const ask = <K extends BackupReply['kind']>(
    request: BackupQuestion,
    expected: K,
    heard: (writing: Extract<BackupReply, { kind: 'writing' }>) => void = () => undefined,
  ) =>
    askWorker<BackupReply, Extract<BackupReply, { kind: K }>>(
      worker,
      { ...request, database: database().name },
      (reply) => {
        if (reply.kind === 'writing') return void heard(reply);
        if (reply.kind !== expected)
          throw new Error(`the backup worker answered ${reply.kind}, not ${expected}`);
        return reply as Extract<BackupReply, { kind: K }>;
      },
    );
  return { ask, end: () => worker.terminate() };
}

/** Makes a backup of the whole workspace and records that it was made. */
export async function makeBackup(): Promise<BackupFile> {
  const { makeBackupFile, recordBackup } = await import('../db/backup');
  let file: BackupFile;
  if (!hasWorkers()) file = await makeBackupFile();
  else {
    const worker = startWorker();
    try {
      ({ file } = await worker.ask({ kind: 'make', at: new Date().toISOString() }, 'made'));
    } finally {
      worker.end();
    }
  }
  await recordBackup(file);
  return file;
}

/** Reads and checks a chosen file in full; nothing changes until the result is restored. */
export async function checkBackupFile(
  file: Blob,
): Promise<{ ok: true; backup: CheckedBackup } | { ok: false; problems: Problem[] }> {
  if (!hasWorkers()) {
    const { readBackupFile } = await import('./backupFile');
    const result = await readBackupFile(file);
    if (!result.ok) return result;
    const { backup } = result;
    return {
      ok: true,
      backup: {
        header: backup.header,
        upgradedFrom: backup.upgradedFrom,
        restore: async () => (await import('../db/backup')).restoreBackup(backup),
        discard: () => undefined,
      },
    };
  }
  const worker = startWorker();
  try {
    const { result } = await worker.ask({ kind: 'check', file }, 'checked');
    if (!result.ok) {
      worker.end();
      return result;
    }
    /** Set while the worker writes the restore's database: stops the restore there. */
    let stopWriting: (() => void) | null = null;
    // Refused or failed, the backup stays checked in its worker, to be tried again or let go. Let
    // go, the worker first deletes the database it was writing the backup's rows into. Let go
    // while the restore is being written (the page was left), the restore stops: the worker is
    // ended mid-write, the workspace stays as it was, and the database it was writing is deleted
    // (once the ended worker's hold on it is gone).
    const discard = () => {
      if (stopWriting) return stopWriting();
      void worker
        .ask({ kind: 'discard' }, 'discarded')
        .catch(() => undefined)
        .finally(worker.end);
    };
    const restore = async () => {
      let writingInto: string | null = null;
      const stopped = new Promise<never>((_, reject) => {
        stopWriting = () => {
          worker.end();
          if (writingInto) void Dexie.delete(writingInto).catch(() => undefined);
          reject(new Error(RESTORE_STOPPED));
        };
      });
      const { restored } = await Promise.race([
        worker.ask({ kind: 'restore' }, 'restored', ({ name }) => (writingInto = name)),
        stopped,
      ]).finally(() => (stopWriting = null));
      // Written in full: the switch is the page's, and goes on whether the panel is shown or not.
      await switchToRestored(restored);
      worker.end();
      announceChange();
    };
    return {
      ok: true,
      backup: {
        header: result.header,
        upgradedFrom: result.upgradedFrom,
        restore,
        discard,
      },
    };
  } catch (error) {
    worker.end();
    throw error;
  }
}
