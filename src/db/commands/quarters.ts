/** The quarterly cycle: updates, closing and reopening a quarter, and the new financial year. */
import { ACTION_STATUS_LABEL, type Action } from '../../domain/actions';
import { statusAfterUpdate } from '../../domain/lifecycle';
import { planNewYear } from '../../domain/newYear';
import { quarterLabel, type QuarterKey } from '../../domain/quarters';
import {
  checkUpdate,
  isStillCarriedForward,
  updateId,
  updateKey,
  type QuarterlyUpdate,
  type UpdateInput,
} from '../../domain/updates';
import {
  NothingToChange,
  runCommand,
  sameRecord,
  ValidationError,
  type CommandContext,
} from '../command';
import { quarterOrRefuse, refuseIfClosed } from './quarterGuards';

/** The RAG of an action's most recent update, across all quarters. */
async function latestRag(context: CommandContext, actionId: string): Promise<Action['latestRag']> {
  const updates = await context.db.updates.where('actionId').equals(actionId).sortBy('quarter');
  return updates.filter((update) => update.rag !== null).at(-1)?.rag ?? null;
}

/**
 * Writes one update inside a command: the action must be in the plan, the quarter open. An update
 * saved again exactly as it was writes and audits nothing (`changed: false`).
 */
export async function writeUpdate(
  context: CommandContext,
  actionId: string,
  quarter: QuarterKey,
  input: UpdateInput,
  how = '',
): Promise<{ update: QuarterlyUpdate; changed: boolean }> {
  const action = await context.db.actions.get(actionId);
  if (!action || action.archived)
    throw new ValidationError([
      { field: 'rag', message: 'This action is not in the plan: restore it before updating it' },
    ]);
  const id = updateId(actionId, quarter);
  const before = (await context.db.updates.get(updateKey(quarter, actionId))) ?? null;
  const previous = (await context.db.updates.where('actionId').equals(actionId).sortBy('quarter'))
    .filter((u) => u.quarter < quarter)
    .at(-1);
  const update: QuarterlyUpdate = {
    id,
    actionId,
    quarter,
    rag: input.rag === '' ? null : input.rag,
    percentComplete: input.percentComplete.trim() === '' ? null : Number(input.percentComplete),
    narrative: input.narrative.trim(),
    evidence: input.evidence.trim(),
    nextSteps: input.nextSteps.trim(),
    correctiveAction: input.correctiveAction.trim(),
    forecast: input.onTrack
      ? { onTrack: true }
      : { onTrack: false, revisedDate: input.revisedDate },
    state: input.state,
    carriedForward: isStillCarriedForward(input, previous),
    reportedBy: context.actor.name,
    reportedAt: context.now,
  };
  if (before && sameRecord(before, update)) return { update: before, changed: false };
  await context.db.updates.put(update);
  const label = quarterLabel(quarterOrRefuse(quarter));
  context.audit({
    kind: before ? 'update' : 'create',
    entityType: 'update',
    entityId: id,
    summary: `${input.state === 'done' ? 'Update' : 'Draft update'} for ${action.ref}, ${label}${how}`,
    before,
    after: update,
  });
  // The action's status follows its latest update (domain/lifecycle.ts).
  const rag = await latestRag(context, actionId);
  const next = statusAfterUpdate(action, rag);
  if (rag !== action.latestRag || next.status !== action.status) {
    const statusChanged = next.status !== action.status;
    const after: Action = {
      ...action,
      latestRag: rag,
      ...next,
      updatedAt: statusChanged ? context.now : action.updatedAt,
    };
    await context.db.actions.put(after);
    if (statusChanged)
      context.audit({
        kind: 'update',
        entityType: 'action',
        entityId: actionId,
        summary: `Action ${action.ref} is now ${ACTION_STATUS_LABEL[after.status]}, following its ${label} update`,
        before: action,
        after,
      });
  }
  return { update, changed: true };
}

/** Records (or replaces) an action's update for a quarter that is not closed. */
export async function saveUpdate(
  actionId: string,
  quarter: QuarterKey,
  input: UpdateInput,
): Promise<QuarterlyUpdate> {
  quarterOrRefuse(quarter);
  const problems = checkUpdate(input);
  if (problems.length > 0) throw new ValidationError(problems);
  return runCommand('save update', async (context) => {
    await refuseIfClosed(context, quarter);
    const { update, changed } = await writeUpdate(context, actionId, quarter, input);
    if (!changed) throw new NothingToChange(update);
    return update;
  });
}

/**
 * Accepts updates from subgroups' returns, all in one step: every update is written, each with its
 * own audit entry naming the return, or (if any is refused) none is.
 */
export async function acceptReturnUpdates(
  quarter: QuarterKey,
  updates: readonly { readonly actionId: string; readonly input: UpdateInput }[],
  fileName: string,
): Promise<number> {
  quarterOrRefuse(quarter);
  const problems = updates.flatMap(({ input }) => checkUpdate(input));
  if (problems.length > 0) throw new ValidationError(problems);
  return runCommand('accept update returns', async (context) => {
    await refuseIfClosed(context, quarter);
    let changed = 0;
    for (const { actionId, input } of updates) {
      const written = await writeUpdate(
        context,
        actionId,
        quarter,
        input,
        ` (from the return ${fileName})`,
      );
      if (written.changed) changed += 1;
    }
    if (changed === 0)
      throw new ValidationError([
        {
          field: 'file',
          message:
            updates.length === 0
              ? 'There are no updates to accept.'
              : 'The app already holds these updates exactly as the return gives them: there is nothing to accept.',
        },
      ]);
    return changed;
  });
}

/** Starts a financial year in one audited step: objectives copied as drafts, completed actions archived. */
export function startFinancialYear(
  fyStart: number,
): Promise<{ objectives: number; carried: number; archived: number }> {
  return runCommand('start financial year', async (context) => {
    const { db } = context;
    const plan = planNewYear(fyStart, await db.objectives.toArray(), await db.actions.toArray());
    if (plan.refusal) throw new ValidationError([{ field: 'year', message: plan.refusal }]);
    await db.objectives.bulkAdd([...plan.objectivesToCopy]);
    for (const action of plan.actionsToArchive)
      await db.actions.update(action.id, { archived: 1, updatedAt: context.now });
    const counts = {
      objectives: plan.objectivesToCopy.length,
      carried: plan.actionsToCarry.length,
      archived: plan.actionsToArchive.length,
    };
    context.audit({
      kind: 'create',
      entityType: 'workspace',
      entityId: `financial-year-${fyStart}`,
      summary: `Financial year ${plan.label} started: ${counts.objectives} objectives copied as drafts, ${counts.carried} actions carried forward, ${counts.archived} completed actions archived`,
      before: null,
      after: { ...counts, archivedRefs: plan.actionsToArchive.map((a) => a.ref) },
    });
    return counts;
  });
}

/** Fixes the reporting quarter, or (with null) lets it follow today's date. */
export async function setReportingQuarter(quarter: QuarterKey | null): Promise<void> {
  if (quarter) quarterOrRefuse(quarter);
  return runCommand('set reporting quarter', async (context) => {
    const before = await context.db.settings.get('workspace');
    if (!before) throw new Error('The workspace has not been created yet.');
    const after = { ...before, reportingQuarter: quarter };
    await context.db.settings.put(after);
    context.audit({
      kind: 'update',
      entityType: 'settings',
      entityId: 'workspace',
      summary: quarter
        ? `Reporting quarter set to ${quarterLabel(quarterOrRefuse(quarter))}`
        : 'Reporting quarter follows today’s date',
      before,
      after,
    });
  });
}
