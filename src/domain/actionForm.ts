/** The action form as typed (dates in three boxes), read into an ActionInput by the action rules. */
import { checkActionInput, type ActionContext, type ActionInput } from './actionRules';
import { type ActionStatus, type Milestone } from './actions';
import { dateFromParts, isIsoDate, type IsoDate } from './dates';
import { normaliseReference } from './references';
import type { Problem } from './problems';
import { FOUR_P_ROWS, type FourPRowId } from './strategicTool';

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
