/**
 * The backup worker: makes a backup file, checks one, and writes a checked one into a new database
 * for the page to switch to (decision 0016), off the page's thread (a workspace of 20,000 actions
 * is a file of about 200 MB). A checked backup stays here, rows and all, until the page has
 * restored it or ends the worker; the page is told only what it shows (the header, or the
 * problems).
 */
import { makeBackupFile, writeRestoredDatabase } from '../db/backup';
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
        // The page makes the new database the workspace's (it holds the pointer to it).
        return say({ kind: 'restored', restored: await writeRestoredDatabase(checked) });
      }
    }
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
