/** Exports leave the device, so each one is recorded in the audit trail. */
import type { EntityType } from '../../domain/audit';
import { runCommand } from '../command';

export function recordExport(
  entityType: EntityType,
  what: string,
  details: Record<string, unknown>,
): Promise<void> {
  return runCommand('record export', async (context) => {
    context.audit({
      kind: 'export',
      entityType,
      entityId: what,
      summary: `Exported ${what}`,
      before: null,
      after: details,
    });
  });
}
