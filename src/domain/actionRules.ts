/**
 * The rules an action must meet before it is saved, and the reading of the action form into an
 * action. Messages follow the GOV.UK style: they say what is wrong and how to fix it.
 */
import {
  ACTION_STATUS_LABEL,
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
  type Milestone,
} from './actions';
import { statusNeedsReason } from './lifecycle';
import type { Body } from './bodies';
import type { Objective } from './objectives';
import type { RagStatus } from './rag';
import type { Recommendation } from './recommendations';
import type { SwotItem } from './swot';
import { dateFromParts, isIsoDate, type IsoDate } from './dates';
import { isReferenceTaken, normaliseReference, REFERENCE_PATTERN } from './references';
import type { Problem } from './problems';
import {
  FOUR_P_ROWS,
  isFourPRowId,
  type FourPRowId,
  type InterventionTheme,
} from './strategicTool';

export type ActionInput = Omit<
  Action,
  'id' | 'archived' | 'demo' | 'latestRag' | 'statusSetBy' | 'createdAt' | 'updatedAt'
>;

/** What the workspace holds that an action refers to. */
export interface ActionContext {
  readonly bodyIds: ReadonlySet<string>;
  readonly existingRefs: Iterable<string>;
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
    existingRefs: data.refs,
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

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function partsOf(iso: IsoDate | undefined): DateParts {
  if (!iso || !isIsoDate(iso)) return EMPTY_DATE;
  return {
    day: String(Number(iso.slice(8, 10))),
    month: String(Number(iso.slice(5, 7))),
    year: iso.slice(0, 4),
  };
}

interface MilestoneForm {
  readonly id: string;
  readonly title: string;
  readonly due: DateParts;
  readonly done: boolean;
}

export interface ActionForm {
  readonly ref: string;
  readonly bodyId: string;
  readonly title: string;
  readonly description: string;
  readonly leadAgency: string;
  readonly leadOfficer: string;
  /** One partner agency per line. */
  readonly partners: string;
  readonly start: DateParts;
  readonly due: DateParts;
  readonly milestones: readonly MilestoneForm[];
  readonly successMeasure: string;
  readonly status: ActionStatus;
  readonly statusNote: string;
  readonly recommendationNumbers: readonly number[];
  readonly objectiveIds: readonly string[];
  readonly swotIds: readonly string[];
  readonly primaryRow: FourPRowId | '';
  readonly secondaryRows: readonly FourPRowId[];
  readonly themeIds: readonly string[];
}

function readDate(parts: DateParts, field: string, label: string, problems: Problem[]): IsoDate {
  const result = dateFromParts(parts.day, parts.month, parts.year);
  if (result.ok) return result.date;
  const message = {
    missing: `Enter ${label}`,
    incomplete: `${capitalise(label)} must include a day, month and year`,
    'not-a-number': `${capitalise(label)} must be in numbers, for example 27 3 2026`,
    'does-not-exist': `${capitalise(label)} must be a real date`,
  }[result.problem];
  problems.push({ field, message });
  return '';
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Reads the action form: every problem found, or the action input ready for a command. */
export function readActionForm(
  form: ActionForm,
  context: ActionContext,
): { ok: true; input: ActionInput } | { ok: false; problems: Problem[] } {
  const dateProblems: Problem[] = [];
  const startDate = readDate(form.start, 'startDate', 'the start date', dateProblems);
  const dueDate = readDate(form.due, 'dueDate', 'the due date', dateProblems);
  const milestones: Milestone[] = form.milestones.map((milestone, index) => ({
    id: milestone.id,
    title: milestone.title.trim(),
    dueDate: readDate(
      milestone.due,
      `milestones.${index}.dueDate`,
      `the due date of milestone ${index + 1}`,
      dateProblems,
    ),
    done: milestone.done,
  }));
  const input: ActionInput = {
    ref: normaliseReference(form.ref),
    bodyId: form.bodyId,
    title: form.title.trim(),
    description: form.description.trim(),
    leadAgency: form.leadAgency.trim(),
    leadOfficer: form.leadOfficer.trim(),
    partners: form.partners
      .split('\n')
      .map((partner) => partner.trim())
      .filter(Boolean),
    startDate,
    dueDate,
    milestones,
    successMeasure: form.successMeasure.trim(),
    status: form.status,
    statusNote: form.statusNote.trim(),
    recommendationNumbers: [...form.recommendationNumbers].sort((a, b) => a - b),
    objectiveIds: [...form.objectiveIds],
    swotIds: [...form.swotIds],
    primaryRow: form.primaryRow as FourPRowId,
    secondaryRows: FOUR_P_ROWS.filter(
      (row) => form.secondaryRows.includes(row) && row !== form.primaryRow,
    ),
    themeIds: [...form.themeIds],
  };
  // Date problems come from the form; the rest from the rules every action meets. A date the
  // form could not read is reported once, not again as "must be a real date".
  const rest = checkActionInput(input, context).filter(
    (problem) => !dateProblems.some((dateProblem) => dateProblem.field === problem.field),
  );
  const problems = orderProblems([...dateProblems, ...rest]);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input };
}

const FIELD_ORDER = [
  'ref',
  'bodyId',
  'title',
  'description',
  'startDate',
  'dueDate',
  'milestones',
  'successMeasure',
  'status',
  'statusNote',
  'primaryRow',
  'secondaryRows',
  'themeIds',
  'recommendationNumbers',
  'objectiveIds',
  'swotIds',
];

/** Problems in the order of the fields on the form, so the summary reads top to bottom. */
function orderProblems(problems: Problem[]): Problem[] {
  const rank = (field: string) => {
    const index = FIELD_ORDER.indexOf(field.split('.')[0] ?? field);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return [...problems].sort((a, b) => rank(a.field) - rank(b.field));
}

export function formFromAction(action: ActionInput): ActionForm {
  return {
    ref: action.ref,
    bodyId: action.bodyId,
    title: action.title,
    description: action.description,
    leadAgency: action.leadAgency,
    leadOfficer: action.leadOfficer,
    partners: action.partners.join('\n'),
    start: partsOf(action.startDate),
    due: partsOf(action.dueDate),
    milestones: action.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      due: partsOf(m.dueDate),
      done: m.done,
    })),
    successMeasure: action.successMeasure,
    status: action.status,
    statusNote: action.statusNote,
    recommendationNumbers: action.recommendationNumbers,
    objectiveIds: action.objectiveIds,
    swotIds: action.swotIds,
    primaryRow: action.primaryRow,
    secondaryRows: action.secondaryRows,
    themeIds: action.themeIds,
  };
}
