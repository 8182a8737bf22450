/** Reading a backup file the user chose: checked in full against this version of the app. */
import { BACKUP_MAX_BYTES, readBackup, type BackupResult } from '../domain/backup';
import { CURRENT_SCHEMA_VERSION, upgradeRows } from '../db/database';

/** Reads and checks a chosen file; refuses one too large before reading it. */
export async function readBackupFile(file: Blob): Promise<BackupResult> {
  if (file.size > BACKUP_MAX_BYTES) {
    return {
      ok: false,
      problems: [
        {
          field: 'file',
          message: `The file is ${Math.round(file.size / 1024 ** 2)} MB; a backup can be at most ${BACKUP_MAX_BYTES / 1024 ** 2} MB. Choose a backup made by this app.`,
        },
      ],
    };
  }
  return readBackup(await file.text(), CURRENT_SCHEMA_VERSION, upgradeRows);
}
