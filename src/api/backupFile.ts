/** Reading a backup file the user chose: checked in full against this version of the app. */
import {
  BACKUP_MAX_BYTES,
  checkBackup,
  openBackup,
  type BackupResult,
  type OpenedBackup,
  type Pause,
} from '../domain/backup';
import { CURRENT_SCHEMA_VERSION, upgradeRows } from '../db/database';

export interface ReadOptions {
  /**
   * Given the file's tables as soon as it opens as a backup of this database version (its rows
   * need no upgrade), while the rest is checked: a restore writes them ahead (decision 0016). They
   * are not yet checked: whatever is made of them is let go if the check refuses the file.
   */
  readonly rowsAhead?: (tables: OpenedBackup['tables']) => void;
  /** Awaited between slices of the check, so that what `rowsAhead` started can go on. */
  readonly pause?: Pause;
}

/** Reads and checks a chosen file; refuses one too large before reading it. */
export async function readBackupFile(
  file: Blob,
  { rowsAhead, pause }: ReadOptions = {},
): Promise<BackupResult> {
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
  const read = openBackup(await file.text(), CURRENT_SCHEMA_VERSION);
  if (!read.ok) return read;
  if (read.opened.schemaVersion === CURRENT_SCHEMA_VERSION) rowsAhead?.(read.opened.tables);
  return checkBackup(read.opened, CURRENT_SCHEMA_VERSION, upgradeRows, pause);
}
