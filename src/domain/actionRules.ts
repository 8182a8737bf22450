/**
 * The rules an action must meet before it is saved, and the reading of the action form into an
 * action. Messages follow the GOV.UK style: they say what is wrong and how to fix it.
 */
import { ACTION_STATUS_LABEL, ACTION_STATUSES, type Action, type ActionStatus } from './actions';
import { statusNeedsReason } from './lifecycle';
import type { Body } from './bodies';
import type { Objective } from './objectives';
import type { RagStatus } from './rag';
import type { Recommendation } from './recommendations';
import type { SwotItem } from './swot';
import { isIsoDate } from './dates';
import {
  isReferenceTaken,
  normaliseReference,
  referencesInUse,
  REFERENCE_PATTERN,
  type ReferencesInUse,
} from './references';
import type { Problem } from './problems';
import { isFourPRowId, type FourPRowId, type InterventionTheme } from './strategicTool';

export type ActionInput = Omit<
  Action,
  'id' | 'archived' | 'demo' | 'latestRag' | 'statusSetBy' | 'createdAt' | 'updatedAt'
>;

/** What the workspace holds that an action refers to. */
export interface ActionContext {
  readonly bodyIds: ReadonlySet<string>;
  readonly existingRefs: ReferencesInUse;
  /** The reference of the action being edited, which it may keep. */
  readonly ownRef?: string;
  readonly themeRows: ReadonlyMap<string, FourPRowId>;
  readonly objectiveIds: ReadonlySet<string>;
  readonly swotIds: ReadonlySet<string>;
  /**
   * Present when a person sets the status on the form: the status before (null for a new action)
   * and the RAG of the latest update, so a decision or a contradicting status needs a reason.
   */
  readonly statusChange?: {
    readonly from: ActionStatus | null;
    readonly latestRag: RagStatus | null;
  };
}

/** Everything the action form offers (and an import checks against): the workspace's lists. */
export interface ActionFormData {
  readonly bodies: readonly Body[];
  readonly themes: readonly InterventionTheme[];
  readonly recommendations: readonly Recommendation[];
  readonly objectives: readonly Objective[];
  readonly swotItems: readonly SwotItem[];
  readonly refs: readonly string[];
}

/** What the action rules check an action against, from the form's data (new and imported actions). */
export function actionContextOf(data: ActionFormData): ActionContext {
  return {
    bodyIds: new Set(data.bodies.map((body) => body.id)),
    existingRefs: referencesInUse(data.refs),
    themeRows: new Map(data.themes.map((theme) => [theme.id, theme.rowId])),
    objectiveIds: new Set(data.objectives.map((objective) => objective.id)),
    swotIds: new Set(data.swotItems.map((item) => item.id)),
  };
}

const TITLE_MAX = 200;
const TEXT_MAX = 5000;
const STATUS_NOTE_MAX = 2000;

export function checkActionInput(input: ActionInput, context: ActionContext): Problem[] {
  const problems: Problem[] = [];
  const ref = normaliseReference(input.ref);
  if (ref === '') problems.push({ field: 'ref', message: 'Enter a reference, for example GYV-03' });
  else if (!REFERENCE_PATTERN.test(ref))
    problems.push({
      field: 'ref',
      message: 'The reference must be letters, a hyphen and a number, for example GYV-03',
    });
  else if (isReferenceTaken(ref, context.existingRefs, context.ownRef))
    problems.push({
      field: 'ref',
      message: `The reference ${ref} is already used by another action: choose another`,
    });

  if (!context.bodyIds.has(input.bodyId))
    problems.push({ field: 'bodyId', message: 'Select the body that owns the action' });

  const title = input.title.trim();
  if (title === '') problems.push({ field: 'title', message: 'Enter a title for the action' });
  else if (title.length > TITLE_MAX)
    problems.push({
      field: 'title',
      message: `The title must be ${TITLE_MAX} characters or fewer`,
    });

  for (const [field, value, label] of [
    ['description', input.description, 'The description'],
    ['successMeasure', input.successMeasure, 'The success measure'],
  ] as const) {
    if (value.length > TEXT_MAX)
      problems.push({ field, message: `${label} must be ${TEXT_MAX} characters or fewer` });
  }

  if (!isIsoDate(input.startDate))
    problems.push({ field: 'startDate', message: 'The start date must be a real date' });
  if (!isIsoDate(input.dueDate))
    problems.push({ field: 'dueDate', message: 'The due date must be a real date' });
  else if (isIsoDate(input.startDate) && input.dueDate < input.startDate)
    problems.push({
      field: 'dueDate',
      message: 'The due date must be the same as or after the start date',
    });

  input.milestones.forEach((milestone, index) => {
    if (milestone.title.trim() === '')
      problems.push({
        field: `milestones.${index}.title`,
        message: `Enter a title for milestone ${index + 1}`,
      });
    if (!isIsoDate(milestone.dueDate))
      problems.push({
        field: `milestones.${index}.dueDate`,
        message: `The due date of milestone ${index + 1} must be a real date`,
      });
  });

  if (!(ACTION_STATUSES as readonly string[]).includes(input.status))
    problems.push({ field: 'status', message: 'Select the action’s status' });
  else if (
    context.statusChange &&
    input.statusNote.trim() === '' &&
    statusNeedsReason(
      input.status,
      context.statusChange.latestRag,
      input.status !== (context.statusChange.from ?? 'not-started'),
    )
  )
    problems.push({
      field: 'statusNote',
      message: `Give the reason for setting the status to ${ACTION_STATUS_LABEL[input.status]}`,
    });
  if (input.statusNote.length > STATUS_NOTE_MAX)
    problems.push({
      field: 'statusNote',
      message: `The reason must be ${STATUS_NOTE_MAX} characters or fewer`,
    });

  if (!isFourPRowId(input.primaryRow))
    problems.push({ field: 'primaryRow', message: 'Select the primary 4P row the action sits in' });
  if (input.secondaryRows.some((row) => !isFourPRowId(row) || row === input.primaryRow))
    problems.push({
      field: 'secondaryRows',
      message: 'Secondary rows must be 4P rows other than the primary row',
    });

  const rows = new Set<FourPRowId>([input.primaryRow, ...input.secondaryRows]);
  const strayThemes = input.themeIds.filter((id) => {
    const row = context.themeRows.get(id);
    return !row || !rows.has(row);
  });
  if (strayThemes.length > 0)
    problems.push({
      field: 'themeIds',
      message: 'Choose only themes from the action’s 4P rows, or add the row the theme belongs to',
    });

  if (input.recommendationNumbers.some((n) => !Number.isInteger(n) || n < 1 || n > 24))
    problems.push({
      field: 'recommendationNumbers',
      message: 'Link only to recommendations 1 to 24',
    });
  if (input.objectiveIds.some((id) => !context.objectiveIds.has(id)))
    problems.push({ field: 'objectiveIds', message: 'Link only to objectives in this workspace' });
  if (input.swotIds.some((id) => !context.swotIds.has(id)))
    problems.push({ field: 'swotIds', message: 'Link only to SWOT items in this workspace' });
  return problems;
}
