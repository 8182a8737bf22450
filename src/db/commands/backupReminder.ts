/** The backup reminder's settings (read with the backup's status, `db/backupStatus.ts`). */
import { checkReminderSettings } from '../../domain/backupReminder';
import { runCommand, ValidationError } from '../command';

/** How many days without a backup, or how many changes, before the app reminds the user. */
export async function setBackupReminder(days: string, changes: string): Promise<void> {
  const problems = checkReminderSettings(days, changes);
  if (problems.length > 0) throw new ValidationError(problems);
  await runCommand('set backup reminder', async (context) => {
    const before = await context.db.settings.get('workspace');
    if (!before) throw new Error('The workspace has not been created yet.');
    const after = {
      ...before,
      backupReminderDays: Number(days),
      backupReminderChanges: Number(changes),
    };
    await context.db.settings.put(after);
    context.audit({
      kind: 'update',
      entityType: 'settings',
      entityId: 'workspace',
      summary: `Backup reminder set to ${days} days or ${changes} changes`,
      before,
      after,
    });
  });
}
