/**
 * The backup worker: makes a backup file, and checks and restores one, off the page's thread (a
 * workspace of 20,000 actions is a file of about 200 MB). A checked backup stays here, rows and
 * all, until the page asks for it to be restored or ends the worker; the page is told only what
 * it shows (the header, or the problems).
 */
import { makeBackupFile, restoreBackup } from '../db/backup';
import { leaveAnnouncingToThePage, openDatabaseNamed } from '../db/connection';
import type { Backup } from '../domain/backup';
import { readBackupFile } from './backupFile';
import type { BackupReply, BackupRequest } from './backups';
import { failureOf } from './workerFailure';

const say = (reply: BackupReply) => self.postMessage(reply);

let opened = false;
let checked: Backup | null = null;

self.onmessage = async ({ data }: MessageEvent<BackupRequest>) => {
  try {
    if (!opened) {
      openDatabaseNamed(data.database);
      // The page announces a restore once it has the answer (its own queries refresh once).
      leaveAnnouncingToThePage();
    }
    opened = true;
    switch (data.kind) {
      case 'make':
        return say({ kind: 'made', file: await makeBackupFile(new Date(data.at)) });
      case 'check': {
        const result = await readBackupFile(data.file);
        checked = result.ok ? result.backup : null;
        return say({
          kind: 'checked',
          result: result.ok
            ? { ok: true, header: result.backup.header, upgradedFrom: result.backup.upgradedFrom }
            : result,
        });
      }
      case 'restore': {
        if (!checked) throw new Error('there is no checked backup to restore');
        await restoreBackup(checked);
        checked = null;
        return say({ kind: 'restored' });
      }
    }
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
