/**
 * Importing actions from an existing tracker: which column holds which field (guessed from the
 * headings, confirmed by the user), and the reading of every row into an action, with each
 * problem named by row and column as the spreadsheet shows them. Every row meets the same rules
 * as an action typed into the form (`checkActionInput`).
 */
import { ACTION_STATUS_LABEL, ACTION_STATUSES, type ActionStatus } from './actions';
import { checkActionInput, type ActionContext, type ActionInput } from './actionRules';
import type { Body } from './bodies';
import type { IsoDate } from './dates';
import type { Problem } from './problems';
import { normaliseReference, type ReferencesInUse } from './references';
import { cellText, readSheetDate, type SheetCell, type SheetTable } from './sheet';
import { FOUR_P_ROWS, type FourPRowId } from './strategicTool';
import {
  IMPORT_FIELDS,
  normalise,
  checkMapping,
  type ImportField,
  type ColumnMapping,
} from './actionImportColumns';

export const IMPORT_MAX_ROWS = 2000;

const NONE_IN_USE: ReferencesInUse = new Set();

export interface ImportContext {
  readonly bodies: readonly Body[];
  readonly action: ActionContext;
  /** The start date given to rows without one. */
  readonly today: IsoDate;
}

export interface ImportedRow {
  readonly row: number;
  readonly input: ActionInput;
}

export interface ImportReading {
  readonly rows: readonly ImportedRow[];
  readonly problems: readonly Problem[];
}

/** Which action field a rule's problem is about, as a column of the import. */
const FIELD_OF_PROBLEM: Record<string, ImportField> = {
  ref: 'ref',
  bodyId: 'body',
  title: 'title',
  description: 'description',
  successMeasure: 'successMeasure',
  startDate: 'startDate',
  dueDate: 'dueDate',
  status: 'status',
  primaryRow: 'primaryRow',
  recommendationNumbers: 'recommendations',
};

function matchBody(text: string, bodies: readonly Body[]): Body | undefined {
  const wanted = normalise(text).replace(/ subgroup$/, '');
  return bodies.find(
    (body) =>
      normalise(body.id) === wanted ||
      normalise(body.name) === wanted ||
      normalise(body.name).replace(/ subgroup$/, '') === wanted,
  );
}

function matchStatus(text: string): ActionStatus | undefined {
  const wanted = normalise(text);
  return ACTION_STATUSES.find(
    (status) => normalise(status) === wanted || normalise(ACTION_STATUS_LABEL[status]) === wanted,
  );
}

function matchRow(text: string): FourPRowId | undefined {
  const wanted = normalise(text);
  return FOUR_P_ROWS.find((row) => row === wanted);
}

/**
 * Reads every row of the sheet into an action. Rows with problems are reported and left out; the
 * caller writes nothing unless there are no problems at all.
 */
export function readImportRows(
  table: SheetTable,
  mapping: ColumnMapping,
  context: ImportContext,
): ImportReading {
  const mappingProblems = checkMapping(mapping, table.headers);
  if (mappingProblems.length > 0) return { rows: [], problems: mappingProblems };
  const problems: Problem[] = [];
  const rows: ImportedRow[] = [];
  const firstRowOfRef = new Map<string, number>();
  const label = (field: ImportField) => IMPORT_FIELDS.find((f) => f.key === field)?.label ?? field;

  for (const row of table.rows) {
    const rowProblems: Problem[] = [];
    const column = (field: ImportField) => {
      const index = mapping[field];
      return index === null ? '' : (table.headers[index] ?? '');
    };
    const report = (field: ImportField, message: string) =>
      rowProblems.push({ field, row: row.number, column: column(field), message });
    const cell = (field: ImportField): SheetCell | undefined => {
      const index = mapping[field];
      return index === null ? undefined : row.cells[index];
    };
    const text = (field: ImportField) => cellText(cell(field));
    for (const field of IMPORT_FIELDS) {
      if (cell(field.key)?.kind === 'formula')
        report(field.key, `${field.label} holds a formula: paste the value itself, not a formula`);
    }

    const body = text('body') === '' ? undefined : matchBody(text('body'), context.bodies);
    if (text('body') !== '' && !body)
      report(
        'body',
        `“${text('body')}” is not a body in this workspace: use one of ${context.bodies.map((b) => b.id).join(', ')}`,
      );
    const statusText = text('status');
    const status = statusText === '' ? 'not-started' : matchStatus(statusText);
    if (!status)
      report(
        'status',
        `“${statusText}” is not a status: use Not started, In progress, Complete, Deferred or Cancelled`,
      );
    const rowText = text('primaryRow');
    const primaryRow = matchRow(rowText);
    if (rowText !== '' && !primaryRow)
      report('primaryRow', `“${rowText}” is not a 4P row: use Pursue, Prevent, Protect or Prepare`);
    const dates: Partial<Record<'startDate' | 'dueDate', IsoDate>> = {};
    for (const field of ['startDate', 'dueDate'] as const) {
      if (field === 'startDate' && text(field) === '' && cell(field)?.kind !== 'formula') {
        dates.startDate = context.today;
        continue;
      }
      if (cell(field)?.kind === 'formula') continue;
      const date = readSheetDate(cell(field));
      if (date.ok) dates[field] = date.date;
      else report(field, `${label(field)} ${date.message}`);
    }
    const recommendationText = text('recommendations');
    const recommendationNumbers = recommendationText
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map((part) => Number(part.replace(/^r(ec)?\.?/i, '')));
    if (recommendationNumbers.some((n) => !Number.isInteger(n) || n < 1 || n > 24))
      report(
        'recommendations',
        `“${recommendationText}” must list recommendation numbers from 1 to 24, such as 3, 7, 12`,
      );

    const ref = normaliseReference(text('ref'));
    const earlier = firstRowOfRef.get(ref);
    if (ref !== '' && earlier !== undefined)
      report(
        'ref',
        `The reference ${ref} is also on row ${earlier}: each action needs its own reference`,
      );
    else if (ref !== '') firstRowOfRef.set(ref, row.number);

    const input: ActionInput = {
      ref,
      bodyId: body?.id ?? '',
      title: text('title'),
      description: text('description'),
      leadAgency: text('leadAgency'),
      leadOfficer: text('leadOfficer'),
      partners: text('partners')
        .split(/[;\n]+/)
        .map((partner) => partner.trim())
        .filter(Boolean),
      startDate: dates.startDate ?? '',
      dueDate: dates.dueDate ?? '',
      milestones: [],
      successMeasure: text('successMeasure'),
      status: status ?? 'not-started',
      statusNote: '',
      recommendationNumbers: [...new Set(recommendationNumbers)].sort((a, b) => a - b),
      objectiveIds: [],
      swotIds: [],
      primaryRow: primaryRow ?? ('' as FourPRowId),
      secondaryRows: [],
      themeIds: [],
    };
    const reported = new Set(rowProblems.map((problem) => problem.field));
    for (const problem of checkActionInput(input, {
      ...context.action,
      // A reference repeated in the file is reported once, against its first row.
      existingRefs: earlier === undefined ? context.action.existingRefs : NONE_IN_USE,
    })) {
      const field = FIELD_OF_PROBLEM[problem.field];
      if (!field || reported.has(field)) continue;
      // The form's wording ("Select the body…") reads as a spreadsheet instruction too.
      report(field, problem.message);
      reported.add(field);
    }
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else rows.push({ row: row.number, input });
  }
  return { rows, problems };
}
