/** Exports leave the device, so each one is recorded in the audit trail. */
import type { EntityType } from '../../domain/audit';
import { runCommand } from '../command';

/** `what` names the thing exported, `described` says it for people ("the Q3 2026/27 summary as PDF"). */
export function recordExport(
  entityType: EntityType,
  what: string,
  described: string,
  details: Record<string, unknown>,
): Promise<void> {
  return runCommand('record export', async (context) => {
    context.audit({
      kind: 'export',
      entityType,
      entityId: what,
      summary: `Exported ${described}`,
      before: null,
      after: details,
    });
  });
}
