/**
 * The quarter as spreadsheet tables, one per subject, for the Excel export (and the actions and
 * updates table for the CSV export). Cells keep their types: numbers are numbers, dates are dates.
 */
import { ACTION_STATUS_LABEL } from '../actions';
import { DELIVERY_LABEL } from '../coverage';
import { RAG, RAG_STATUSES } from '../rag';
import { LEVEL_LABEL, RESPONSE_LABEL, levelOfRecommendation } from '../recommendations';
import { ragMixOf, reportable } from '../scrutiny';
import { fourPRowName, INTERVENTION_THEMES } from '../strategicTool';
import { QUADRANT_SINGULAR } from '../swot';
import { DIRECTION_LABEL } from '../updates';
import { headlineRows, indicatorTable, type ReportInputs } from './build';
import {
  dateColumn,
  numberColumn,
  textColumn,
  type QuarterlyReport,
  type ReportCell,
  type ReportColumn,
  type ReportSheet,
  type ReportTable,
} from './model';

const text = textColumn;
const number = numberColumn;
const date = dateColumn;
const list = (values: readonly (string | number)[]) => values.join('; ');
const themeName = new Map(INTERVENTION_THEMES.map((t) => [t.id, t.name]));

function summarySheet(report: QuarterlyReport, inputs: ReportInputs): ReportSheet {
  const { cover } = report;
  const mix = ragMixOf(reportable(inputs.content));
  const rows: ReportCell[][] = [
    ['Partnership', cover.partnership],
    ['Quarter', cover.quarterLabel],
    ['Status', cover.draft ? 'Draft: quarter still open' : 'Closed'],
    ['Produced', { dateTime: cover.producedAt }],
    ['Snapshot SHA-256', cover.hash],
    ['Provenance', cover.provenance],
    ...headlineRows(inputs.content),
    ...RAG_STATUSES.map((s): ReportCell[] => [`${RAG[s].label} actions`, mix[s]]),
    ['Actions with no update', mix.none],
  ];
  return {
    name: 'Summary',
    table: { caption: 'Summary', columns: [text('Item', 34), text('Value', 70)], rows },
  };
}

const ACTION_SHEET: ReportColumn[] = [
  text('Ref', 10),
  text('Action', 40),
  text('Body', 24),
  text('Description', 50),
  text('Lead agency', 24),
  text('Lead officer', 24),
  text('Partners', 30),
  date('Start'),
  date('Due'),
  text('Status', 12),
  text('Primary 4P row', 14),
  text('Other 4P rows', 18),
  text('Themes', 30),
  text('Recommendations', 16),
  text('SWOT items', 16),
  text('Success measure', 40),
];

const UPDATE_SHEET: ReportColumn[] = [
  text('Ref', 10),
  text('Action', 40),
  text('Body', 24),
  text('RAG', 10),
  number('% complete'),
  text('Expected by the due date', 14),
  date('Revised date'),
  text('Narrative', 50),
  text('Evidence', 40),
  text('Next steps', 40),
  text('Corrective action', 40),
  text('Update state', 12),
  text('Carried forward', 10),
  text('Reported by', 24),
  text('Reported at', 18),
  text('Direction', 14),
];

/** One row per action reported on (cancelled actions left out, as in scrutiny). */
export function updatesTable(inputs: ReportInputs, bodyName: (id: string) => string): ReportTable {
  return {
    caption: 'Quarterly updates',
    columns: UPDATE_SHEET,
    rows: reportable(inputs.content).map(({ action, update, direction }) => [
      action.ref,
      action.title,
      bodyName(action.bodyId),
      update?.rag ? RAG[update.rag].label : 'No update',
      update?.percentComplete ?? null,
      update ? (update.forecast.onTrack ? 'Yes' : 'No') : null,
      update && !update.forecast.onTrack ? { date: update.forecast.revisedDate } : null,
      update?.narrative ?? '',
      update?.evidence ?? '',
      update?.nextSteps ?? '',
      update?.correctiveAction ?? '',
      update ? (update.state === 'done' ? 'Done' : 'Draft') : 'Missing',
      update ? (update.carriedForward ? 'Yes' : 'No') : null,
      update?.reportedBy ?? '',
      update ? { dateTime: update.reportedAt } : null,
      direction ? DIRECTION_LABEL[direction] : '',
    ]),
  };
}

export function workbookSheets(
  report: QuarterlyReport,
  inputs: ReportInputs,
  bodyName: (id: string) => string,
): ReportSheet[] {
  const { content } = inputs;
  const entries = reportable(content);
  const wording = new Map(inputs.recommendations.map((r) => [r.number, r.text]));
  const answering = (swotId: string) =>
    entries.filter((e) => e.action.swotIds.includes(swotId)).length;
  return [
    summarySheet(report, inputs),
    {
      name: 'Actions',
      table: {
        caption: 'Actions',
        columns: ACTION_SHEET,
        rows: entries.map(({ action }) => [
          action.ref,
          action.title,
          bodyName(action.bodyId),
          action.description,
          action.leadAgency,
          action.leadOfficer,
          list(action.partners),
          { date: action.startDate },
          { date: action.dueDate },
          ACTION_STATUS_LABEL[action.status],
          fourPRowName(action.primaryRow),
          list(action.secondaryRows.map(fourPRowName)),
          list(action.themeIds.map((id) => themeName.get(id) ?? id)),
          list(action.recommendationNumbers),
          list(action.swotIds),
          action.successMeasure,
        ]),
      },
    },
    { name: 'Updates', table: updatesTable(inputs, bodyName) },
    {
      name: 'Recommendations',
      table: {
        caption: 'Recommendations',
        columns: [
          number('No.', 6),
          text('Level', 12),
          text('Recommendation', 60),
          text('Board response', 18),
          text('Response note', 40),
          text('Delivery', 14),
          number('Live actions'),
          number('Complete'),
          number('% complete'),
        ],
        rows: content.recommendations.map((r) => [
          r.number,
          LEVEL_LABEL[levelOfRecommendation(r.number)],
          wording.get(r.number) ?? '',
          RESPONSE_LABEL[r.response],
          r.responseNote,
          DELIVERY_LABEL[r.delivery.status],
          r.delivery.total,
          r.delivery.complete,
          r.delivery.progress,
        ]),
      },
    },
    {
      name: 'SWOT',
      table: {
        caption: 'SWOT items',
        columns: [
          text('ID', 8),
          text('Quadrant', 14),
          text('Item', 70),
          text('Recommendations', 16),
          number('Actions answering'),
        ],
        rows: inputs.swot.map((item) => [
          item.id,
          QUADRANT_SINGULAR[item.quadrant],
          item.text,
          list(item.recommendationNumbers),
          answering(item.id),
        ]),
      },
    },
    { name: 'Indicators', table: indicatorTable(inputs) },
  ];
}
