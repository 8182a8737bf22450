/**
 * Resolving a change the shared plan did not take. Each resolution is a command (so it is audited
 * and synced like any other): keep the shared plan's version, keep this browser's, or keep both
 * texts, one after the other, to edit into one; an update refused because its quarter was closed
 * meanwhile can be kept as a draft for the first quarter still open.
 */
import type { EntityType } from '../../domain/audit';
import { mergeTexts, refusedUpdates, type ConflictChoice } from '../../domain/conflicts';
import {
  nextQuarter,
  parseQuarterKey,
  quarterKey,
  quarterKeyLabel,
  type QuarterKey,
} from '../../domain/quarters';
import { storedKey, type SyncedTable } from '../../domain/sync';
import type { SyncConflict } from '../../domain/syncRecords';
import { checkUpdate, updateKey, type UpdateInput } from '../../domain/updates';
import { runCommand, ValidationError, type CommandContext } from '../command';
import { writeUpdate } from './quarters';
import { liveRecordKeys } from '../quarterFigures';

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
  draft: 'kept as a draft for the next open quarter',
};

/** The quarter itself if it was reopened, else the first one after it that is not closed. */
async function firstOpenQuarter(context: CommandContext, from: QuarterKey): Promise<QuarterKey> {
  let quarter = parseQuarterKey(from);
  if (!quarter)
    throw new ValidationError([{ field: 'conflict', message: `${from} is not a quarter` }]);
  // From the records' indexes: a closed quarter's record is about 15 MB at 20,000 actions.
  const closed = new Set((await liveRecordKeys(context.db)).map((key) => key.quarter));
  for (let i = 0; i < 40 && closed.has(quarterKey(quarter)); i += 1) {
    quarter = nextQuarter(quarter);
  }
  return quarterKey(quarter);
}

const also = (kept: string, mine: string) =>
  kept && mine && kept !== mine
    ? `${kept}\n\n[Also written for a closed quarter:]\n${mine}`
    : kept || mine;

/** Each refused update written again, as a draft, into the first open quarter (merged with any there). */
async function keepAsDrafts(context: CommandContext, conflict: SyncConflict): Promise<void> {
  const updates = refusedUpdates(conflict);
  if (updates.length === 0) {
    throw new ValidationError([
      { field: 'conflict', message: 'This change holds no quarterly update to keep as a draft.' },
    ]);
  }
  for (const mine of updates) {
    const quarter = await firstOpenQuarter(context, mine.quarter);
    const there = await context.db.updates.get(updateKey(quarter, mine.actionId));
    const kept = there ?? mine;
    const text = (field: 'narrative' | 'evidence' | 'nextSteps' | 'correctiveAction') =>
      also(there?.[field] ?? '', mine[field]);
    const input: UpdateInput = {
      rag: kept.rag ?? '',
      percentComplete: kept.percentComplete === null ? '' : String(kept.percentComplete),
      narrative: text('narrative'),
      evidence: text('evidence'),
      nextSteps: text('nextSteps'),
      correctiveAction: text('correctiveAction'),
      onTrack: kept.forecast.onTrack,
      revisedDate: kept.forecast.onTrack ? '' : kept.forecast.revisedDate,
      state: 'draft',
    };
    const problems = checkUpdate(input);
    if (problems.length > 0) throw new ValidationError(problems);
    const from = quarterKeyLabel(mine.quarter);
    await writeUpdate(
      context,
      mine.actionId,
      quarter,
      input,
      `, kept from a change not accepted for ${from}`,
    );
  }
}

export function resolveConflict(id: string, choice: ConflictChoice): Promise<void> {
  return runCommand('resolve conflict', async (context) => {
    const { db, audit } = context;
    const conflict = await db.conflicts.get(id);
    if (!conflict) {
      throw new ValidationError([
        {
          field: 'conflict',
          message: 'This conflict has already been resolved, perhaps in another tab.',
        },
      ]);
    }
    if (conflict.kind === 'refused' && choice !== 'theirs' && choice !== 'draft') {
      throw new ValidationError([
        {
          field: 'conflict',
          message:
            'The server refused this change; it can only be set aside. Copy its text first if you need it.',
        },
      ]);
    }
    if (choice === 'draft') await keepAsDrafts(context, conflict);
    for (const change of conflict.mine) {
      const table = db.table(change.table);
      const key = storedKey(change.table, change.key);
      const current = (await table.get(key)) as Record<string, unknown> | undefined;
      if (choice === 'draft') {
        // The drafts above are the record; this change itself is set aside.
      } else if (choice === 'mine') {
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
        summary: `${conflict.kind === 'conflict' ? 'Conflict resolved' : choice === 'draft' ? 'Refused change kept as a draft' : 'Refused change set aside'}: “${first}”; ${conflict.kind === 'refused' ? conflict.message : CHOICE_WORDS[choice]}`,
        before: current ?? null,
        after: choice === 'theirs' ? (current ?? null) : ((await table.get(key)) ?? null),
      });
    }
    await db.conflicts.delete(id);
  });
}
