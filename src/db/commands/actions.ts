/** Creating, editing, archiving and restoring actions. */
import type { Action } from '../../domain/actions';
import type { IsoDate } from '../../domain/dates';
import { quarterOfDate } from '../../domain/quarters';
import { statusSetterAfterEdit } from '../../domain/lifecycle';
import { checkActionInput, type ActionContext, type ActionInput } from '../../domain/actionRules';
import { nextReference, normaliseReference, referencesInUse } from '../../domain/references';
import type { Problem } from '../../domain/problems';
import { refuseNoChange, runCommand, ValidationError, type CommandContext } from '../command';
import { writeInSlices } from '../writeInSlices';

async function actionContext(
  context: CommandContext,
  ref: string,
  ownRef?: string,
): Promise<ActionContext> {
  const { db } = context;
  const [bodies, themes, objectives, swotItems, clash] = await Promise.all([
    db.bodies.toArray(),
    db.themes.toArray(),
    db.objectives.toArray(),
    db.swotItems.toArray(),
    db.actions.where('ref').equals(normaliseReference(ref)).first(),
  ]);
  return {
    bodyIds: new Set(bodies.map((body) => body.id)),
    existingRefs: referencesInUse(clash ? [clash.ref] : []),
    ownRef,
    themeRows: new Map(themes.map((theme) => [theme.id, theme.rowId])),
    objectiveIds: new Set(objectives.map((objective) => objective.id)),
    swotIds: new Set(swotItems.map((item) => item.id)),
  };
}

async function checked(context: CommandContext, input: ActionInput, before?: Action) {
  const problems = checkActionInput(input, {
    ...(await actionContext(context, input.ref, before?.ref)),
    statusChange: { from: before?.status ?? null, latestRag: before?.latestRag ?? null },
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return { ...input, ref: normaliseReference(input.ref), title: input.title.trim() };
}

export function createAction(
  input: ActionInput,
  options: { demo?: boolean } = {},
): Promise<Action> {
  return runCommand('create action', async (context) => {
    const valid = await checked(context, input);
    const action: Action = {
      ...valid,
      id: crypto.randomUUID(),
      archived: 0,
      demo: options.demo ? 1 : 0,
      latestRag: null,
      statusSetBy: statusSetterAfterEdit(undefined, valid.status),
      createdAt: context.now,
      updatedAt: context.now,
    };
    await context.db.actions.add(action);
    context.audit({
      kind: 'create',
      entityType: 'action',
      entityId: action.id,
      summary: `Action ${action.ref} created: ${action.title}`,
      before: null,
      after: action,
    });
    return action;
  });
}

async function existing(context: CommandContext, id: string): Promise<Action> {
  const action = await context.db.actions.get(id);
  if (!action)
    throw new ValidationError([
      {
        field: 'ref',
        message: 'This action no longer exists: it may have been removed in another tab',
      },
    ]);
  return action;
}

/** Saves an edited action; when nothing changed, nothing is written and the action (with its old `updatedAt`) comes back. */
export function updateAction(id: string, input: ActionInput): Promise<Action> {
  return runCommand('update action', async (context) => {
    const before = await existing(context, id);
    const valid = await checked(context, input, before);
    const after: Action = {
      ...before,
      ...valid,
      statusSetBy: statusSetterAfterEdit(before, valid.status),
      updatedAt: context.now,
    };
    // A save that changes nothing writes nothing: the action comes back as it was.
    refuseNoChange(before, after, before);
    await context.db.actions.put(after);
    context.audit({
      kind: 'update',
      entityType: 'action',
      entityId: id,
      summary: `Action ${after.ref} changed`,
      before,
      after,
    });
    return after;
  });
}

function setArchived(id: string, archived: 0 | 1): Promise<Action> {
  return runCommand(archived ? 'archive action' : 'restore action', async (context) => {
    const before = await existing(context, id);
    if (before.archived === archived) {
      throw new ValidationError([
        {
          field: 'ref',
          message: `Action ${before.ref} is already ${archived ? 'archived' : 'in the plan'}`,
        },
      ]);
    }
    const after: Action = { ...before, archived, updatedAt: context.now };
    await context.db.actions.put(after);
    context.audit({
      kind: archived ? 'archive' : 'restore',
      entityType: 'action',
      entityId: id,
      summary: `Action ${after.ref} ${archived ? 'archived' : 'restored'}`,
      before,
      after,
    });
    return after;
  });
}

/** Archives an action: it leaves the plan and the strategic tool, and can be restored. */
export const archiveAction = (id: string) => setArchived(id, 1);

/** Restores an archived action; also the undo of archiving. */
export const restoreAction = (id: string) => setArchived(id, 0);

/**
 * Adds the demo action plan in one step: one audit entry for the whole load. References continue
 * each body's numbering; every demo action is marked as demo data.
 */
export async function loadDemoPlan(today: IsoDate): Promise<number> {
  // Loaded before the transaction: awaiting a module load inside it would let it commit early.
  const { DEMO_PLAN } = await import('../seed/demoPlan');
  const fy = quarterOfDate(today).fyStart;
  return runCommand('load demo plan', async (context) => {
    const { db } = context;
    if ((await db.actions.filter((action) => action.demo === 1).count()) > 0) {
      throw new ValidationError([
        {
          field: 'demo',
          message: 'The demo plan is already loaded. Remove it first to load it again.',
        },
      ]);
    }
    const refs = (await db.actions.orderBy('ref').keys()) as string[];
    const actions: Action[] = DEMO_PLAN.map((demo, index) => {
      const ref = nextReference(demo.bodyId, refs);
      refs.push(ref);
      return {
        id: crypto.randomUUID(),
        ref,
        bodyId: demo.bodyId,
        title: demo.title,
        description: `Demo action drawn from the report (${demo.source}).`,
        leadAgency: '',
        leadOfficer: '',
        partners: [],
        startDate: `${fy}-04-01`,
        dueDate: index % 3 === 0 ? `${fy}-12-31` : `${fy + 1}-03-31`,
        milestones: [],
        successMeasure: '',
        status: demo.existing ? 'in-progress' : 'not-started',
        statusSetBy: demo.existing ? 'manager' : 'updates',
        statusNote: demo.existing ? 'Already under way when the plan was written.' : '',
        recommendationNumbers: [...(demo.recommendationNumbers ?? [])].sort((a, b) => a - b),
        objectiveIds: [],
        swotIds: [...(demo.swotIds ?? [])],
        primaryRow: demo.primaryRow,
        secondaryRows: [...(demo.secondaryRows ?? [])],
        themeIds: [...(demo.themeIds ?? [])],
        archived: 0,
        demo: 1,
        latestRag: null,
        createdAt: context.now,
        updatedAt: context.now,
      };
    });
    await db.actions.bulkAdd(actions);
    context.audit({
      kind: 'import',
      entityType: 'action',
      entityId: 'demo-plan',
      summary: `Demo action plan loaded: ${actions.length} actions`,
      before: null,
      after: { refs: actions.map((action) => action.ref) },
    });
    return actions.length;
  });
}

/** Removes every demo action, and its updates, in one step. */
export function removeDemoPlan(): Promise<number> {
  return runCommand('remove demo plan', async (context) => {
    const { db } = context;
    const demo = await db.actions.filter((action) => action.demo === 1).toArray();
    if (demo.length === 0)
      throw new ValidationError([{ field: 'demo', message: 'There is no demo plan to remove.' }]);
    const ids = demo.map((action) => action.id);
    await db.updates.where('actionId').anyOf(ids).delete();
    await db.actions.bulkDelete(ids);
    context.audit({
      kind: 'delete',
      entityType: 'action',
      entityId: 'demo-plan',
      summary: `Demo action plan removed: ${demo.length} actions`,
      before: { refs: demo.map((action) => action.ref) },
      after: null,
    });
    return demo.length;
  });
}

/**
 * Adds every row of an import, or none. The rows were read and checked before (so the user saw
 * every problem); they are checked again here against the workspace as it is now, in case another
 * tab added a reference meanwhile. Each action gets its own audit entry, naming the file.
 */
export function importActions(
  rows: readonly { readonly row: number; readonly input: ActionInput }[],
  fileName: string,
): Promise<number> {
  return runCommand('import actions', async (context) => {
    const { db } = context;
    if (rows.length === 0)
      throw new ValidationError([{ field: 'file', message: 'There are no rows to import.' }]);
    const base = await actionContext(context, '');
    const inUse = referencesInUse((await db.actions.orderBy('ref').keys()) as string[]);
    const problems: Problem[] = [];
    const actions: Action[] = [];
    for (const { row, input } of rows) {
      for (const problem of checkActionInput(input, { ...base, existingRefs: inUse }))
        problems.push({ ...problem, row, message: `Row ${row}: ${problem.message}` });
      inUse.add(normaliseReference(input.ref));
      actions.push({
        ...input,
        ref: normaliseReference(input.ref),
        id: crypto.randomUUID(),
        archived: 0,
        demo: 0,
        latestRag: null,
        statusSetBy: statusSetterAfterEdit(undefined, input.status),
        statusNote:
          input.statusNote || (input.status === 'not-started' ? '' : `As recorded in ${fileName}`),
        createdAt: context.now,
        updatedAt: context.now,
      });
    }
    if (problems.length > 0) throw new ValidationError(problems);
    await writeInSlices(actions, (slice) => db.actions.bulkAdd(slice));
    for (const action of actions) {
      context.audit({
        kind: 'import',
        entityType: 'action',
        entityId: action.id,
        summary: `Action ${action.ref} imported from ${fileName}: ${action.title}`,
        before: null,
        after: action,
      });
    }
    return actions.length;
  });
}
