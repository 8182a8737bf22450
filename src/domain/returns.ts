/**
 * Update returns: a workbook a subgroup lead who does not use the app fills in, one row per open
 * action, and the reading of a completed return back into updates. The identity columns (what
 * the app wrote) must come back unchanged; the input columns must meet the same rules as an
 * update typed into the app (`checkUpdate`).
 */
import { compareReferences } from './references';
import { isOpen, type Action } from './actions';
import { formatUkDate, type IsoDate } from './dates';
import type { Problem } from './problems';
import { quarterLabel, type Quarter } from './quarters';
import { RAG, RAG_STATUSES, type RagStatus } from './rag';
import { cellText, readSheetDate, type SheetCell, type SheetTable } from './sheet';
import { checkUpdate, type QuarterlyUpdate, type UpdateInput } from './updates';

export const RETURN_SHEET = 'Update return';
export const ABOUT_SHEET = 'About this return';
export const RETURN_MAX_ROWS = 2000;

export const RETURN_COLUMNS = [
  { key: 'quarter', heading: 'Quarter', input: false, width: 14 },
  { key: 'ref', heading: 'Reference', input: false, width: 12 },
  { key: 'title', heading: 'Action', input: false, width: 40 },
  { key: 'dueDate', heading: 'Due date', input: false, width: 13 },
  { key: 'lastRag', heading: 'Last quarter RAG', input: false, width: 12 },
  { key: 'lastNarrative', heading: 'Last quarter narrative', input: false, width: 40 },
  { key: 'rag', heading: 'RAG this quarter', input: true, width: 12 },
  { key: 'percent', heading: 'Percent complete (0 to 100)', input: true, width: 14 },
  { key: 'narrative', heading: 'Narrative: progress this quarter', input: true, width: 50 },
  { key: 'evidence', heading: 'Evidence', input: true, width: 30 },
  { key: 'nextSteps', heading: 'Next steps', input: true, width: 30 },
  { key: 'correctiveAction', heading: 'Corrective action (Red or Amber)', input: true, width: 30 },
  { key: 'onTrack', heading: 'On track for the due date? (Yes or No)', input: true, width: 14 },
  { key: 'revisedDate', heading: 'Revised completion date (if No)', input: true, width: 16 },
] as const;

type ReturnColumn = (typeof RETURN_COLUMNS)[number]['key'];

/** One row of a return as the app writes it: identity, and any update already given. */
export interface ReturnRow {
  readonly quarter: string;
  readonly ref: string;
  readonly title: string;
  readonly dueDate: IsoDate;
  readonly lastRag: string;
  readonly lastNarrative: string;
  readonly rag: string;
  readonly percent: number | null;
  readonly narrative: string;
  readonly evidence: string;
  readonly nextSteps: string;
  readonly correctiveAction: string;
  readonly onTrack: 'Yes' | 'No' | '';
  readonly revisedDate: IsoDate | '';
}

const ragLabel = (rag: RagStatus | null | undefined) => (rag ? RAG[rag].label : '');

/** The rows of a body's return: its open actions, by reference. */
export function returnRows(
  actions: readonly Action[],
  quarter: Quarter,
  current: ReadonlyMap<string, QuarterlyUpdate>,
  previous: ReadonlyMap<string, QuarterlyUpdate>,
): ReturnRow[] {
  return actions
    .filter(isOpen)
    .sort((a, b) => compareReferences(a.ref, b.ref))
    .map((action) => {
      const last = previous.get(action.id);
      const now = current.get(action.id);
      return {
        quarter: quarterLabel(quarter),
        ref: action.ref,
        title: action.title,
        dueDate: action.dueDate,
        lastRag: ragLabel(last?.rag),
        lastNarrative: last?.narrative ?? '',
        rag: ragLabel(now?.rag),
        percent: now?.percentComplete ?? null,
        narrative: now?.narrative ?? '',
        evidence: now?.evidence ?? '',
        nextSteps: now?.nextSteps ?? '',
        correctiveAction: now?.correctiveAction ?? '',
        onTrack: now ? (now.forecast.onTrack ? 'Yes' : 'No') : '',
        revisedDate: now && !now.forecast.onTrack ? now.forecast.revisedDate : '',
      };
    });
}

export interface ReturnContext {
  /** The quarter returns are being taken for: open, not closed. */
  readonly quarter: Quarter;
  readonly actionsByRef: ReadonlyMap<string, Action>;
  readonly current: ReadonlyMap<string, QuarterlyUpdate>;
  readonly previous: ReadonlyMap<string, QuarterlyUpdate>;
}

/** A row of a completed return, ready to accept: what the app holds now and what the return says. */
export interface ReturnChange {
  readonly row: number;
  readonly action: Action;
  readonly current: QuarterlyUpdate | undefined;
  readonly proposed: UpdateInput;
}

export interface ReturnReading {
  readonly changes: readonly ReturnChange[];
  readonly problems: readonly Problem[];
  /** Rows left blank: no update given for those actions. */
  readonly blank: readonly string[];
}

const heading = (key: ReturnColumn) => RETURN_COLUMNS.find((c) => c.key === key)?.heading ?? key;

/** The checks a returned row's update must pass, reported against the return's columns. */
const UPDATE_FIELD_COLUMN: Record<string, ReturnColumn> = {
  rag: 'rag',
  percentComplete: 'percent',
  narrative: 'narrative',
  evidence: 'evidence',
  nextSteps: 'nextSteps',
  correctiveAction: 'correctiveAction',
  revisedDate: 'revisedDate',
};

function sameDate(cell: SheetCell | undefined, iso: IsoDate): boolean {
  const date = readSheetDate(cell);
  return date.ok && date.date === iso;
}

/**
 * Reads a completed return. Rows that fail are reported and give no change; the rest are offered
 * to the user, action by action, before anything is written.
 */
export function readReturn(table: SheetTable, context: ReturnContext): ReturnReading {
  const expected = RETURN_COLUMNS.map((column) => column.heading);
  if (
    expected.some((name, index) => table.headers[index] !== name) ||
    table.headers.length !== expected.length
  )
    return {
      changes: [],
      blank: [],
      problems: [
        {
          field: 'file',
          message: `The return’s columns were changed. It must keep the columns the app wrote: ${expected.join(', ')}. Download a fresh return and copy the answers into it.`,
        },
      ],
    };
  const index = (key: ReturnColumn) => RETURN_COLUMNS.findIndex((column) => column.key === key);
  const problems: Problem[] = [];
  const changes: ReturnChange[] = [];
  const blank: string[] = [];
  const seen = new Map<string, number>();
  const label = quarterLabel(context.quarter);

  for (const row of table.rows) {
    const cell = (key: ReturnColumn) => row.cells[index(key)];
    const text = (key: ReturnColumn) => cellText(cell(key));
    const rowProblems: Problem[] = [];
    const report = (key: ReturnColumn, message: string) =>
      rowProblems.push({ field: 'file', row: row.number, column: heading(key), message });

    const ref = text('ref').toUpperCase();
    const action = context.actionsByRef.get(ref);
    if (text('quarter') !== label) {
      report(
        'quarter',
        `This row is for ${text('quarter') || 'no quarter'}, but returns are being taken for ${label}`,
      );
    } else if (!action || action.archived) {
      report('ref', `${ref || 'A blank reference'} is not an action in the plan`);
    } else if (seen.has(ref)) {
      report('ref', `${ref} is also on row ${seen.get(ref)}: each action appears once`);
    } else {
      seen.set(ref, row.number);
      const last = context.previous.get(action.id);
      const identity: [ReturnColumn, boolean, string][] = [
        ['title', text('title') === action.title.trim(), action.title.trim()],
        ['dueDate', sameDate(cell('dueDate'), action.dueDate), formatUkDate(action.dueDate)],
        ['lastRag', text('lastRag') === ragLabel(last?.rag), ragLabel(last?.rag)],
        [
          'lastNarrative',
          text('lastNarrative') === (last?.narrative ?? '').trim(),
          (last?.narrative ?? '').trim(),
        ],
      ];
      for (const [key, same, wrote] of identity)
        if (!same)
          report(
            key,
            `${heading(key)} was changed; it must stay as the app wrote it: ${wrote ? `“${wrote}”` : 'blank'}`,
          );
    }
    for (const column of RETURN_COLUMNS)
      if (cell(column.key)?.kind === 'formula')
        report(column.key, `${column.heading} holds a formula: type the value itself`);

    const inputs = RETURN_COLUMNS.filter((column) => column.input);
    if (rowProblems.length === 0 && inputs.every((column) => text(column.key) === '')) {
      blank.push(ref);
      continue;
    }

    const ragText = text('rag');
    const rag = RAG_STATUSES.find(
      (status) => RAG[status].label.toLowerCase() === ragText.toLowerCase(),
    );
    if (ragText !== '' && !rag)
      report('rag', `“${ragText}” is not a RAG status: choose Red, Amber, Green or Blue`);
    const percentCell = cell('percent');
    let percent = text('percent').replace(/%$/, '').trim();
    if (percentCell?.kind === 'number' && !Number.isInteger(percentCell.value))
      percent = String(percentCell.value);
    const onTrackText = text('onTrack').toLowerCase();
    if (!['', 'yes', 'no'].includes(onTrackText))
      report('onTrack', `“${text('onTrack')}” must be Yes or No`);
    const onTrack = onTrackText !== 'no';
    let revisedDate = '';
    if (!onTrack) {
      const date = readSheetDate(cell('revisedDate'));
      if (date.ok) revisedDate = date.date;
      else report('revisedDate', `The revised completion date ${date.message}`);
    }
    const proposed: UpdateInput = {
      rag: rag ?? '',
      percentComplete: percent,
      narrative: text('narrative'),
      evidence: text('evidence'),
      nextSteps: text('nextSteps'),
      correctiveAction: text('correctiveAction'),
      onTrack,
      revisedDate,
      state: 'done',
    };
    const reported = new Set(rowProblems.map((problem) => problem.column));
    for (const problem of checkUpdate(proposed)) {
      const key = UPDATE_FIELD_COLUMN[problem.field];
      if (key && !reported.has(heading(key))) report(key, problem.message);
    }
    if (rowProblems.length > 0 || !action) problems.push(...rowProblems);
    else
      changes.push({ row: row.number, action, current: context.current.get(action.id), proposed });
  }
  return { changes, problems, blank };
}

/** What an update says, field by field, for showing the app's and the return's side by side. */
export function describeUpdate(
  update: UpdateInput | QuarterlyUpdate | undefined,
): [string, string][] {
  if (!update) return [];
  const rag = update.rag ? RAG[update.rag].label : '';
  const percent =
    'percentComplete' in update && update.percentComplete !== null && update.percentComplete !== ''
      ? `${update.percentComplete}%`
      : '';
  const forecast =
    'forecast' in update
      ? update.forecast.onTrack
        ? 'On track'
        : `Revised to ${formatUkDate(update.forecast.revisedDate)}`
      : update.onTrack
        ? 'On track'
        : `Revised to ${formatUkDate(update.revisedDate)}`;
  return [
    ['RAG', rag],
    ['Percent complete', percent],
    ['Narrative', update.narrative],
    ['Evidence', update.evidence],
    ['Next steps', update.nextSteps],
    ['Corrective action', update.correctiveAction],
    ['Forecast', forecast],
  ];
}
