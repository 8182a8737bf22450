/** The columns an action spreadsheet may have, and how its headings are matched to them. */
import type { Problem } from './problems';

export const IMPORT_FIELDS = [
  {
    key: 'ref',
    label: 'Reference',
    required: true,
    headings: ['ref', 'reference', 'action ref', 'action reference', 'action id', 'id', 'no'],
  },
  {
    key: 'title',
    label: 'Title',
    required: true,
    headings: ['title', 'action', 'action title', 'action name'],
  },
  {
    key: 'body',
    label: 'Body',
    required: true,
    headings: ['body', 'subgroup', 'owning body', 'board or subgroup', 'group', 'owner'],
  },
  {
    key: 'primaryRow',
    label: '4P row',
    required: true,
    headings: ['4p row', '4p', '4ps', 'primary row', 'strand', 'p'],
  },
  {
    key: 'dueDate',
    label: 'Due date',
    required: true,
    headings: ['due date', 'due', 'deadline', 'target date', 'completion date', 'end date'],
  },
  {
    key: 'startDate',
    label: 'Start date',
    required: false,
    headings: ['start date', 'start', 'from'],
  },
  { key: 'status', label: 'Status', required: false, headings: ['status', 'progress status'] },
  {
    key: 'description',
    label: 'Description',
    required: false,
    headings: ['description', 'details', 'detail'],
  },
  {
    key: 'leadAgency',
    label: 'Lead agency',
    required: false,
    headings: ['lead agency', 'agency', 'lead organisation', 'organisation'],
  },
  {
    key: 'leadOfficer',
    label: 'Lead officer',
    required: false,
    headings: ['lead officer', 'lead', 'officer', 'action owner', 'responsible officer'],
  },
  {
    key: 'partners',
    label: 'Partner agencies',
    required: false,
    headings: ['partners', 'partner agencies', 'partner'],
  },
  {
    key: 'recommendations',
    label: 'Recommendations',
    required: false,
    headings: ['recommendations', 'recommendation', 'recs', 'report recommendations'],
  },
  {
    key: 'successMeasure',
    label: 'Success measure',
    required: false,
    headings: ['success measure', 'measure', 'outcome', 'kpi', 'measure of success'],
  },
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];

/** For each field, the index of the column that holds it, or null when the file has none. */
export type ColumnMapping = Record<ImportField, number | null>;

export const normalise = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Guesses each field's column from the headings; the user confirms or changes it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<number>();
  const mapping = {} as Record<ImportField, number | null>;
  for (const field of IMPORT_FIELDS) {
    const index = headers.findIndex(
      (heading, column) =>
        !taken.has(column) && (field.headings as readonly string[]).includes(normalise(heading)),
    );
    mapping[field.key] = index < 0 ? null : index;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const field of IMPORT_FIELDS) {
    if (field.required && mapping[field.key] === null)
      problems.push({
        field: `map-${field.key}`,
        // Lower case for words, but 4P stays as written.
        message: `Choose the column that holds each action’s ${field.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`,
      });
  }
  const byColumn = new Map<number, string>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field.key];
    if (column === null) continue;
    const other = byColumn.get(column);
    if (other)
      problems.push({
        field: `map-${field.key}`,
        message: `The column “${headers[column] ?? ''}” is chosen for both ${other} and ${field.label}: choose one column for each`,
      });
    else byColumn.set(column, field.label);
  }
  return problems;
}
