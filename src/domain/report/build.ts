/**
 * Builds the quarterly performance summary from a quarter's snapshot. Every figure is taken from
 * the scrutiny view's functions (`../scrutiny`), so the documents and the screen cannot disagree.
 */
import type { ReportIndicator } from '../indicators';
import { ACTION_STATUS_LABEL } from '../actions';
import { bodyDisplayName, type Body } from '../bodies';
import { DELIVERY_SERIES, OVERDUE_SERIES, RAG_SERIES } from '../chartSeries';
import { DELIVERY_LABEL } from '../coverage';
import { formatUkDate, formatUkDateTime } from '../dates';
import { enquiryReason, linesOfEnquiry } from '../enquiry';
import {
  financialYearLabel,
  parseQuarterKey,
  quarterEnd,
  quarterKeyLabel,
  quarterLabel,
  quarterStart,
} from '../quarters';
import { RAG, RAG_STATUSES, type RagStatus } from '../rag';
import {
  LEVEL_LABEL,
  RECOMMENDATION_LEVELS,
  RESPONSE_LABEL,
  levelOfRecommendation,
} from '../recommendations';
import type { Recommendation } from '../recommendations';
import {
  deliveryByLevel,
  deliverySummary,
  directionSummary,
  exceptionsByBody,
  exceptionsOf,
  exceptionsSummary,
  headlineFigures,
  heatmapOf,
  heatmapSummary,
  ragMixByBody,
  ragMixOf,
  ragSummary,
  reportable,
  trendSummary,
  type TrendPoint,
} from '../scrutiny';
import { snapshotHash, type SnapshotAction, type SnapshotContent } from '../snapshot';
import { FIGURE_8_CAPTION, FIGURE_8_ROWS } from '../strategicTool';
import type { SwotItem } from '../swot';
import { DIRECTION_LABEL, overallDirection, type QuarterSnapshot } from '../updates';
import {
  dateColumn,
  numberColumn,
  textColumn,
  type QuarterlyReport,
  type ReportBlock,
  type ReportCell,
  type ReportChart,
  type ReportSection,
  type ReportTable,
} from './model';

/** An outcome indicator as the summary reports it for the quarter. */
export interface ReportInputs {
  readonly partnership: { readonly name: string; readonly fullName: string };
  readonly content: SnapshotContent;
  /** Closed quarters before this one, newest first. */
  readonly earlier: readonly SnapshotContent[];
  readonly trend: readonly TrendPoint[];
  /** The live snapshot when the quarter is closed; null for a draft preview. */
  readonly snapshot: Pick<QuarterSnapshot, 'hash' | 'version' | 'closedAt' | 'closedBy'> | null;
  readonly bodies: readonly Body[];
  readonly swot: readonly SwotItem[];
  readonly recommendations: readonly Pick<Recommendation, 'number' | 'text'>[];
  readonly indicators: readonly ReportIndicator[];
  /** ISO timestamp. */
  readonly producedAt: string;
}

const text = textColumn;
const number = (heading: string, width = 10) => numberColumn(heading, width);
const date = dateColumn;

const ragText = (rag: RagStatus | null | undefined) => (rag ? RAG[rag].label : 'No update');
const paragraph = (value: string): ReportBlock => ({ kind: 'paragraph', text: value });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const labelOf = quarterKeyLabel;

function seriesTable(
  caption: string,
  category: string,
  chart: Pick<ReportChart, 'categories' | 'series'>,
): ReportTable {
  return {
    caption,
    columns: [text(category, 34), ...chart.series.map((s) => number(s.label, 12))],
    rows: chart.categories.map((c) => [c.name, ...chart.series.map((s) => c.values[s.key] ?? 0)]),
  };
}

function chartBlock(chart: ReportChart, caption: string, category: string): ReportBlock {
  return { kind: 'chart', chart, table: seriesTable(caption, category, chart) };
}

export function bodyNamer(bodies: readonly Body[]): (id: string) => string {
  const names = new Map(bodies.map((b) => [b.id, bodyDisplayName(b)]));
  return (id) => names.get(id) ?? id;
}

/** The scrutiny view's headline figures as table rows: plain counts as numbers. */
export function headlineRows(content: SnapshotContent): ReportCell[][] {
  return headlineFigures(content).map(([figure, value]) => [
    figure,
    /^\d+$/.test(value) ? Number(value) : value,
  ]);
}

/** What changed since the previous closed quarter, in words. */
function changes(content: SnapshotContent, previous: SnapshotContent | undefined): string[] {
  if (!previous) return ['This is the first closed quarter, so there is nothing to compare with.'];
  const before = new Map(previous.actions.map((e) => [e.action.id, e]));
  const entries = reportable(content);
  const added = entries.filter((e) => !before.has(e.action.id)).length;
  const completed = entries.filter(
    (e) => e.action.status === 'complete' && before.get(e.action.id)?.action.status !== 'complete',
  ).length;
  const overall = overallDirection(entries.map((e) => e.direction));
  const redBefore = ragMixOf(reportable(previous)).red;
  const redNow = ragMixOf(entries).red;
  return [
    `${plural(added, 'action')} added to the plans since ${labelOf(previous.quarter)}.`,
    `${plural(completed, 'action')} completed this quarter.`,
    `${overall.counts.improved} improved their RAG, ${overall.counts.worse} got worse and ${overall.counts.same} stayed the same.`,
    `Red actions: ${redBefore} in ${labelOf(previous.quarter)}, ${redNow} now.`,
  ];
}

function executiveSummary(inputs: ReportInputs, bodyName: (id: string) => string): ReportSection {
  const { content, earlier, bodies } = inputs;
  const previous = earlier[0];
  const ragChart: ReportChart = {
    id: 'rag-mix',
    title: 'RAG mix, overall and by body',
    alt: `Stacked bar chart. ${ragSummary(content, previous)}`,
    categories: [
      { name: 'All bodies', values: ragMixOf(reportable(content)) },
      ...ragMixByBody(
        content,
        bodies.map((b) => b.id),
      ).map((r) => ({ name: bodyName(r.bodyId), values: r.mix })),
    ],
    series: RAG_SERIES,
  };
  const blocks: ReportBlock[] = [
    paragraph(ragSummary(content, previous)),
    paragraph(directionSummary(content)),
    paragraph(deliverySummary(content)),
    paragraph(exceptionsSummary(exceptionsOf(content))),
    {
      kind: 'table',
      table: {
        caption: 'Headline figures',
        columns: [text('Figure', 40), text('Value', 14)],
        rows: headlineRows(content),
      },
    },
    chartBlock(ragChart, 'Actions by latest RAG, overall and by body', 'Body'),
    { kind: 'subheading', text: 'What changed' },
    { kind: 'list', items: changes(content, previous) },
  ];
  if (inputs.trend.length > 1) {
    const trendChart: ReportChart = {
      id: 'trend',
      title: 'RAG across closed quarters',
      alt: `Stacked bar chart. ${trendSummary(inputs.trend)}`,
      categories: inputs.trend.map(({ label, red, amber, green, blue, none }) => ({
        name: label,
        values: { red, amber, green, blue, none },
      })),
      series: RAG_SERIES,
    };
    blocks.push(chartBlock(trendChart, 'Actions by RAG in each closed quarter', 'Quarter'));
  }
  return { id: 'summary', title: 'Executive summary', blocks };
}

function recommendationsSection(inputs: ReportInputs): ReportSection {
  const { content } = inputs;
  const byLevel = deliveryByLevel(content);
  const wording = new Map(inputs.recommendations.map((r) => [r.number, r.text]));
  const chart: ReportChart = {
    id: 'delivery',
    title: 'Delivery of the 24 recommendations, by level',
    alt: `Stacked bar chart. ${deliverySummary(content)}`,
    categories: RECOMMENDATION_LEVELS.map((level) => ({
      name: LEVEL_LABEL[level],
      values: byLevel[level],
    })),
    series: DELIVERY_SERIES,
  };
  return {
    id: 'recommendations',
    title: 'Delivery of the 24 recommendations',
    blocks: [
      paragraph(deliverySummary(content)),
      chartBlock(chart, 'Recommendations by level and delivery status', 'Level'),
      {
        kind: 'table',
        table: {
          caption: 'Each recommendation’s response and delivery',
          columns: [
            number('No.', 6),
            text('Level', 12),
            text('Recommendation', 60),
            text('Board response', 18),
            text('Delivery', 14),
            number('Live actions'),
            number('Complete'),
          ],
          rows: content.recommendations.map((r) => [
            r.number,
            LEVEL_LABEL[levelOfRecommendation(r.number)],
            wording.get(r.number) ?? '',
            RESPONSE_LABEL[r.response],
            DELIVERY_LABEL[r.delivery.status],
            r.delivery.total,
            r.delivery.complete,
          ]),
        },
      },
    ],
  };
}

const ACTION_COLUMNS = [text('Ref', 10), text('Action', 40), text('Body', 24)];
const actionCells = (e: SnapshotAction, bodyName: (id: string) => string) => [
  e.action.ref,
  e.action.title,
  bodyName(e.action.bodyId),
];

function exceptionsSection(inputs: ReportInputs, bodyName: (id: string) => string): ReportSection {
  const { content, bodies } = inputs;
  const exceptions = exceptionsOf(content);
  const chart: ReportChart = {
    id: 'overdue',
    title: 'Overdue actions and missing updates, by body',
    alt: `Grouped bar chart. ${exceptionsSummary(exceptions)}`,
    categories: exceptionsByBody(
      content,
      bodies.map((b) => b.id),
    ).map((r) => ({
      name: bodyName(r.bodyId),
      values: { overdue: r.overdue, noUpdate: r.noUpdate },
    })),
    series: OVERDUE_SERIES,
    grouped: true,
  };
  const none = (entries: readonly unknown[]) => (entries.length === 0 ? [paragraph('None.')] : []);
  return {
    id: 'exceptions',
    title: 'Exceptions',
    blocks: [
      paragraph(exceptionsSummary(exceptions)),
      chartBlock(chart, 'Overdue actions and actions with no finished update, by body', 'Body'),
      { kind: 'subheading', text: 'Red and amber, with their corrective actions' },
      ...none(exceptions.redAmber),
      ...(exceptions.redAmber.length
        ? [
            {
              kind: 'table' as const,
              table: {
                caption: 'Red and amber actions',
                columns: [
                  ...ACTION_COLUMNS,
                  text('RAG', 8),
                  text('Narrative', 50),
                  text('Corrective action', 40),
                  date('Revised date'),
                ],
                rows: exceptions.redAmber.map((e) => [
                  ...actionCells(e, bodyName),
                  ragText(e.update?.rag),
                  e.update?.narrative ?? '',
                  e.update?.correctiveAction || 'None given',
                  e.update && !e.update.forecast.onTrack
                    ? { date: e.update.forecast.revisedDate }
                    : null,
                ]),
              },
            },
          ]
        : []),
      { kind: 'subheading', text: 'Overdue' },
      ...none(exceptions.overdue),
      ...(exceptions.overdue.length
        ? [
            {
              kind: 'table' as const,
              table: {
                caption: 'Overdue actions',
                columns: [...ACTION_COLUMNS, date('Due'), text('RAG', 10)],
                rows: exceptions.overdue.map((e) => [
                  ...actionCells(e, bodyName),
                  { date: e.action.dueDate },
                  ragText(e.update?.rag),
                ]),
              },
            },
          ]
        : []),
      { kind: 'subheading', text: 'No finished update this quarter' },
      ...none(exceptions.noUpdate),
      ...(exceptions.noUpdate.length
        ? [
            {
              kind: 'table' as const,
              table: {
                caption: 'Actions with no finished update',
                columns: [...ACTION_COLUMNS, text('Reported', 18)],
                rows: exceptions.noUpdate.map((e) => [
                  ...actionCells(e, bodyName),
                  e.update ? 'Draft only' : 'Nothing reported',
                ]),
              },
            },
          ]
        : []),
    ],
  };
}

function bodiesSection(inputs: ReportInputs): ReportSection {
  const entries = reportable(inputs.content);
  const blocks: ReportBlock[] = [
    paragraph(
      'Each body’s actions with their update for the quarter. Cancelled actions are left out, as in the scrutiny view.',
    ),
  ];
  for (const body of inputs.bodies) {
    const own = entries.filter((e) => e.action.bodyId === body.id);
    const mix = ragMixOf(own);
    blocks.push({ kind: 'subheading', text: bodyDisplayName(body) });
    blocks.push(
      paragraph(
        own.length === 0
          ? 'No actions.'
          : `${plural(own.length, 'action')}: ${RAG_STATUSES.map((s) => `${mix[s]} ${RAG[s].label.toLowerCase()}`).join(', ')}, ${mix.none} with no update.`,
      ),
    );
    if (own.length === 0) continue;
    blocks.push({
      kind: 'table',
      table: {
        caption: `Actions of the ${bodyDisplayName(body)}`,
        columns: [
          text('Ref', 10),
          text('Action', 40),
          text('Lead', 20),
          date('Due'),
          text('Status', 12),
          text('RAG', 10),
          number('% complete'),
          text('Direction', 14),
          text('Update', 50),
        ],
        rows: own.map((e) => [
          e.action.ref,
          e.action.title,
          e.action.leadOfficer || e.action.leadAgency,
          { date: e.action.dueDate },
          ACTION_STATUS_LABEL[e.action.status],
          ragText(e.update?.rag),
          e.update?.percentComplete ?? null,
          e.direction ? DIRECTION_LABEL[e.direction] : '',
          e.update?.narrative ?? '',
        ]),
      },
    });
  }
  return { id: 'bodies', title: 'Each body’s actions', blocks };
}

function coverageSection(inputs: ReportInputs, bodyName: (id: string) => string): ReportSection {
  const ids = inputs.bodies.map((b) => b.id);
  const matrix = heatmapOf(inputs.content, ids);
  const count = (row: string, bodyId: string) =>
    matrix.cells.find((c) => c.row === row && c.bodyId === bodyId)?.count ?? 0;
  const gaps = matrix.cells
    .filter((c) => c.count === 0)
    .map((c) => {
      const row = FIGURE_8_ROWS.find((r) => r.id === c.row);
      return `${row?.name ?? c.row} (${row?.harmReductionName ?? ''}): no action for the ${bodyName(c.bodyId)}.`;
    });
  return {
    id: 'coverage',
    title: 'Strategic tool coverage and gaps',
    blocks: [
      paragraph(heatmapSummary(inputs.content, ids, bodyName)),
      {
        kind: 'table',
        table: {
          caption: 'Actions by 4P row and body (primary row of each live action)',
          columns: [
            text('4P row', 34),
            ...inputs.bodies.map((b) => number(bodyDisplayName(b), 14)),
            number('Total'),
          ],
          rows: FIGURE_8_ROWS.map((row) => [
            `${row.name} (${row.harmReductionName})`,
            ...ids.map((id) => count(row.id, id)),
            matrix.rowTotals[row.id],
          ]),
        },
      },
      { kind: 'subheading', text: 'Gaps' },
      gaps.length
        ? { kind: 'list', items: gaps }
        : paragraph('Every cell has at least one action.'),
    ],
  };
}

/** The indicators for the quarter against their targets (a section and a sheet). */
export function indicatorTable(inputs: ReportInputs): ReportTable {
  return {
    caption: `Outcome indicators for ${labelOf(inputs.content.quarter)}`,
    columns: [
      text('Indicator', 40),
      text('Unit', 12),
      text('Better when', 12),
      text('Baseline', 18),
      number('Value'),
      number('Target'),
      text('RAG', 10),
      text('Direction', 14),
      text('Source', 30),
    ],
    rows: inputs.indicators.map((i) => [
      i.name,
      i.unit,
      i.polarity === 'higher-is-better' ? 'Higher' : 'Lower',
      i.baseline,
      i.value,
      i.target,
      i.rag ? RAG[i.rag].label : 'No RAG',
      i.direction,
      i.source,
    ]),
  };
}

function indicatorsSection(inputs: ReportInputs): ReportSection {
  return {
    id: 'indicators',
    title: 'Indicators against target',
    blocks:
      inputs.indicators.length === 0
        ? [paragraph('No outcome indicators have been set up yet.')]
        : [
            paragraph(
              'Each indicator’s value for the quarter against its target, with the RAG in words (Green meets the target; Amber is short by no more than the indicator’s tolerance; Red is further off). Indicator figures are as held when this summary was produced; they are not frozen with the quarter.',
            ),
            { kind: 'table', table: indicatorTable(inputs) },
          ],
  };
}

function enquirySection(inputs: ReportInputs): ReportSection {
  const enquiries = linesOfEnquiry({
    current: inputs.content,
    earlier: inputs.earlier,
    bodies: inputs.bodies,
    swot: inputs.swot,
    indicators: inputs.indicators.map((i) => i.series),
  });
  return {
    id: 'enquiry',
    title: 'Suggested lines of enquiry',
    blocks:
      enquiries.length === 0
        ? [paragraph('No lines of enquiry are suggested by the data this quarter.')]
        : [
            {
              kind: 'list',
              items: enquiries.map((e) => `${e.question} ${enquiryReason(e)}`),
            },
          ],
  };
}

function appendix(inputs: ReportInputs): ReportSection {
  const quarter = parseQuarterKey(inputs.content.quarter);
  return {
    id: 'appendix',
    title: 'Appendix: definitions',
    blocks: [
      { kind: 'subheading', text: 'RAG status' },
      {
        kind: 'table',
        table: {
          caption: 'What each RAG status means',
          columns: [text('Status', 12), text('Meaning', 70)],
          rows: [
            ...RAG_STATUSES.map((s) => [RAG[s].label, RAG[s].meaning]),
            ['No update', 'No quarterly update with a RAG was given for the quarter.'],
          ],
        },
      },
      { kind: 'subheading', text: 'The 4Ps and the strategic tool' },
      paragraph(
        `${FIGURE_8_CAPTION} Each action sits in one primary row. "Prevent" here is the 4P row (situational prevention), not the Prevent subgroup.`,
      ),
      {
        kind: 'table',
        table: {
          caption: 'Figure 8: the three models side by side',
          columns: [
            text('4 Ps Model', 12),
            text('Harm reduction model', 24),
            text('Themes for gang interventions', 60),
          ],
          rows: FIGURE_8_ROWS.map((row) => [row.name, row.harmReductionName, row.themesText]),
        },
      },
      { kind: 'subheading', text: 'The quarter' },
      paragraph(
        quarter
          ? `Quarters follow the financial year, 1 April to 31 March: Q1 is April to June, Q2 July to September, Q3 October to December and Q4 January to March. ${quarterLabel(quarter)} is in financial year ${financialYearLabel(quarter.fyStart)} and runs from ${formatUkDate(quarterStart(quarter))} to ${formatUkDate(quarterEnd(quarter))}.`
          : 'Quarters follow the financial year, 1 April to 31 March.',
      ),
      paragraph(
        'Overdue means past its due date at the quarter’s end and not complete. Direction of travel compares each action’s RAG with the previous closed quarter.',
      ),
    ],
  };
}

export function buildQuarterlyReport(inputs: ReportInputs): QuarterlyReport {
  const bodyName = bodyNamer(inputs.bodies);
  const label = labelOf(inputs.content.quarter);
  const { snapshot } = inputs;
  return {
    cover: {
      title: `${inputs.partnership.name} quarterly performance summary`,
      partnership: inputs.partnership.fullName,
      quarter: inputs.content.quarter,
      quarterLabel: label,
      draft: snapshot === null,
      producedAt: inputs.producedAt,
      hash: snapshot?.hash ?? snapshotHash(inputs.content),
      provenance: snapshot
        ? `Closed by ${snapshot.closedBy} on ${formatUkDateTime(snapshot.closedAt)} (version ${snapshot.version}).`
        : `Draft: ${label} is still open. These figures are as of ${formatUkDateTime(inputs.producedAt)} and may change before the quarter is closed.`,
    },
    sections: [
      executiveSummary(inputs, bodyName),
      recommendationsSection(inputs),
      exceptionsSection(inputs, bodyName),
      bodiesSection(inputs),
      coverageSection(inputs, bodyName),
      indicatorsSection(inputs),
      enquirySection(inputs),
      appendix(inputs),
    ],
  };
}
