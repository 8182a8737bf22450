/**
 * When to remind the user to back up. Kept apart from the backup file's code, which is loaded
 * only when a backup is made or restored.
 */
import type { Problem } from './problems';

export const DEFAULT_REMINDER_DAYS = 7;
export const DEFAULT_REMINDER_CHANGES = 50;

export interface BackupReminderInput {
  /** When the last backup was made, or when the workspace was created if it never was. */
  readonly since: string;
  readonly everBackedUp: boolean;
  /** Changes since then (possibly counted only up to `changesThreshold`). */
  readonly changes: number;
  readonly now: Date;
  readonly days: number;
  readonly changesThreshold: number;
}

export interface BackupReminder {
  readonly due: boolean;
  readonly daysSince: number;
  readonly message: string;
}

/**
 * A backup is due when there are changes no backup holds and either enough days have passed or
 * enough changes have built up. With nothing changed there is nothing to lose, so no reminder.
 */
export function backupReminder(input: BackupReminderInput): BackupReminder {
  const daysSince = Math.max(
    0,
    Math.floor((input.now.getTime() - Date.parse(input.since)) / 86_400_000),
  );
  const due =
    input.changes > 0 && (daysSince >= input.days || input.changes >= input.changesThreshold);
  const changes =
    input.changes >= input.changesThreshold
      ? `${input.changesThreshold} or more changes`
      : `${input.changes} ${input.changes === 1 ? 'change' : 'changes'}`;
  const message = input.everBackedUp
    ? `The last backup was ${daysSince === 0 ? 'today' : `${daysSince} ${daysSince === 1 ? 'day' : 'days'} ago`}; ${changes} since then ${input.changes === 1 ? 'is' : 'are'} in no backup.`
    : `No backup has been downloaded from this browser yet; ${changes} ${input.changes === 1 ? 'is' : 'are'} in no backup.`;
  return { due, daysSince, message };
}

export function checkReminderSettings(days: string, changes: string): Problem[] {
  const problems: Problem[] = [];
  if (!/^\d{1,3}$/.test(days.trim()) || Number(days) < 1 || Number(days) > 365)
    problems.push({ field: 'days', message: 'Enter a number of days from 1 to 365' });
  if (!/^\d{1,6}$/.test(changes.trim()) || Number(changes) < 1 || Number(changes) > 100000)
    problems.push({ field: 'changes', message: 'Enter a number of changes from 1 to 100,000' });
  return problems;
}
