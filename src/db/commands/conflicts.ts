/**
 * Resolving a change the shared plan did not take. Each resolution is a command (so it is audited
 * and synced like any other): keep the shared plan's version, keep this browser's, or keep both
 * texts, one after the other, to edit into one.
 */
import type { EntityType } from '../../domain/audit';
import { mergeTexts, type ConflictChoice } from '../../domain/conflicts';
import { storedKey, type SyncedTable } from '../../domain/sync';
import { runCommand, ValidationError } from '../command';

const ENTITY: Record<SyncedTable, EntityType> = {
  bodies: 'body',
  objectives: 'objective',
  recommendations: 'recommendation',
  swotItems: 'swot-item',
  fourPRows: 'workspace',
  themes: 'workspace',
  actions: 'action',
  updates: 'update',
  snapshots: 'snapshot',
  indicators: 'indicator',
  indicatorValues: 'indicator-value',
};

const CHOICE_WORDS: Record<ConflictChoice, string> = {
  theirs: 'kept the shared plan’s version',
  mine: 'kept this browser’s version',
  both: 'kept both texts, one after the other',
};

export function resolveConflict(id: string, choice: ConflictChoice): Promise<void> {
  return runCommand('resolve conflict', async ({ db, audit }) => {
    const conflict = await db.conflicts.get(id);
    if (!conflict) {
      throw new ValidationError([
        {
          field: 'conflict',
          message: 'This conflict has already been resolved, perhaps in another tab.',
        },
      ]);
    }
    if (conflict.kind === 'refused' && choice !== 'theirs') {
      throw new ValidationError([
        {
          field: 'conflict',
          message:
            'The server refused this change; it can only be set aside. Copy its text first if you need it.',
        },
      ]);
    }
    for (const change of conflict.mine) {
      const table = db.table(change.table);
      const key = storedKey(change.table, change.key);
      const current = (await table.get(key)) as Record<string, unknown> | undefined;
      if (choice === 'mine') {
        if (change.row === null) await table.delete(key);
        else await table.put(change.row);
      } else if (choice === 'both' && change.row !== null) {
        await table.put(current ? mergeTexts(current, change.row) : change.row);
      }
      const first = conflict.audit[0]?.content.summary ?? conflict.name;
      audit({
        kind: 'update',
        entityType: ENTITY[change.table],
        entityId: change.key,
        summary: `${conflict.kind === 'refused' ? 'Refused change set aside' : 'Conflict resolved'}: “${first}”; ${conflict.kind === 'refused' ? conflict.message : CHOICE_WORDS[choice]}`,
        before: current ?? null,
        after: choice === 'theirs' ? (current ?? null) : ((await table.get(key)) ?? null),
      });
    }
    await db.conflicts.delete(id);
  });
}
