/**
 * The backup worker: makes a backup file, checks one, and writes a checked one into a new database
 * for the page to switch to (decision 0016), off the page's thread (a workspace of 20,000 actions
 * is a file of about 200 MB). The rows are written from the moment the file opens, while it is
 * checked and while the person reads what it holds: writing 480,000 rows takes IndexedDB over a
 * minute, the check 8 s. A checked backup stays here, rows and all, until the page has restored
 * it or lets it go; the page is told only what it shows (the header, or the problems).
 */
import {
  makeBackupFile,
  restoreRefused,
  writeBackupRows,
  writeRestoredDatabase,
  type RowsWriting,
} from '../db/backup';
import { leaveAnnouncingToThePage, openDatabaseNamed } from '../db/connection';
import type { Backup } from '../domain/backup';
import { readBackupFile } from './backupFile';
import type { BackupReply, BackupRequest } from './backups';
import { failureOf } from './workerFailure';
import { yieldToPage } from '../lib/yieldToPage';

const say = (reply: BackupReply) => self.postMessage(reply);

let opened = false;
let checked: Backup | null = null;
/** The checked backup's rows, being written into its new database (or written). */
let ahead: RowsWriting | null = null;

/** Lets the checked backup go, and deletes the database its rows were going into. */
async function letGo(): Promise<void> {
  const writing = ahead;
  checked = null;
  ahead = null;
  await writing?.abandon();
}

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
        await letGo();
        // A browser that cannot restore (it shares its plan) writes nothing ahead.
        const refused = await restoreRefused();
        const result = await readBackupFile(data.file, {
          rowsAhead: refused ? undefined : (tables) => (ahead = writeBackupRows(tables)),
          // The check lets the writing send its next rows between slices.
          pause: yieldToPage,
        }).catch(async (error: unknown) => {
          await letGo();
          throw error;
        });
        if (result.ok) checked = result.backup;
        else await letGo();
        return say({
          kind: 'checked',
          result: result.ok
            ? { ok: true, header: result.backup.header, upgradedFrom: result.backup.upgradedFrom }
            : result,
        });
      }
      case 'restore': {
        if (!checked) throw new Error('there is no checked backup to restore');
        // Finished or failed, the rows written ahead are used once: a restore tried again (the
        // switch refused) writes them afresh.
        const writing = ahead;
        ahead = null;
        // The page makes the new database the workspace's (it holds the pointer to it).
        const restored = await writeRestoredDatabase(checked, new Date(), {
          ahead: writing,
          writingInto: (name) => say({ kind: 'writing', name }),
        });
        return say({ kind: 'restored', restored });
      }
      case 'discard':
        await letGo();
        return say({ kind: 'discarded' });
    }
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
