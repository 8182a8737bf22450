/** The last backup this browser made, whether another is due, and the reminder's settings. */
import {
  backupReminder,
  DEFAULT_REMINDER_CHANGES,
  DEFAULT_REMINDER_DAYS,
  type BackupReminder,
} from '../domain/backupReminder';
import { database } from './connection';

/** This browser's record of its last backup. Not part of a backup: it describes the device. */
export const LAST_BACKUP_KEY = 'lastBackup';

export interface LastBackup {
  readonly at: string;
  readonly sha256: string;
  /** The last audit entry the backup holds: changes after it are not in any backup. */
  readonly auditSeq: number;
}

export interface BackupStatus {
  readonly lastBackup: LastBackup | null;
  readonly reminder: BackupReminder;
  readonly reminderDays: number;
  readonly reminderChanges: number;
}

/** Whether a backup is due. Two reads, bounded however long the audit log is. */
export async function backupStatus(now: Date = new Date()): Promise<BackupStatus | null> {
  const db = database();
  const [settings, record] = await Promise.all([
    db.settings.get('workspace'),
    db.meta.get(LAST_BACKUP_KEY),
  ]);
  if (!settings) return null;
  const lastBackup = (record?.value as LastBackup | undefined) ?? null;
  const reminderDays = settings.backupReminderDays ?? DEFAULT_REMINDER_DAYS;
  const reminderChanges = settings.backupReminderChanges ?? DEFAULT_REMINDER_CHANGES;
  // Exports and the seeding change nothing a backup would need to hold.
  const changes = await db.audit
    .where('seq')
    .above(lastBackup?.auditSeq ?? 0)
    .filter((entry) => entry.kind !== 'export' && entry.kind !== 'seed')
    .limit(reminderChanges)
    .count();
  return {
    lastBackup,
    reminderDays,
    reminderChanges,
    reminder: backupReminder({
      since: lastBackup?.at ?? settings.createdAt,
      everBackedUp: lastBackup !== null,
      changes,
      now,
      days: reminderDays,
      changesThreshold: reminderChanges,
    }),
  };
}
