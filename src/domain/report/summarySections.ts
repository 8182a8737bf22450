/** The summary's first sections: executive summary, the 24 recommendations, exceptions. */
import { DELIVERY_SERIES, OVERDUE_SERIES, RAG_SERIES } from '../chartSeries';
import { DELIVERY_LABEL } from '../coverage';
import { formatFigure } from '../figures';
import {
  LEVEL_LABEL,
  RECOMMENDATION_LEVELS,
  RESPONSE_LABEL,
  levelOfRecommendation,
} from '../recommendations';
import {
  committeeList,
  deliveryByLevel,
  deliverySummary,
  directionSummary,
  exceptionsByBody,
  exceptionCounts,
  exceptionsOf,
  exceptionsSummary,
  ragMixByBody,
  reportedSoFar,
  ragMixOf,
  ragSummary,
  reportable,
  trendSummary,
} from '../scrutiny';
import { type SnapshotContent } from '../snapshot';
import { overallDirection } from '../updates';
import { type ReportBlock, type ReportChart, type ReportSection } from './model';

import {
  ACTION_COLUMNS,
  actionCells,
  chartBlock,
  EVERY_ACTION_IN_THE_WORKBOOK,
  date,
  headlineRows,
  labelOf,
  number,
  paragraph,
  plural,
  ragText,
  text,
  type ReportInputs,
} from './parts';

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
    `${formatFigure(overall.counts.improved)} improved their RAG, ${formatFigure(overall.counts.worse)} got worse and ${formatFigure(overall.counts.same)} stayed the same.`,
    `Red actions: ${formatFigure(redBefore)} in ${labelOf(previous.quarter)}, ${formatFigure(redNow)} now.`,
  ];
}

export function executiveSummary(
  inputs: ReportInputs,
  bodyName: (id: string) => string,
): ReportSection {
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
    paragraph(exceptionsSummary(exceptionCounts(exceptionsOf(content)))),
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

export function recommendationsSection(inputs: ReportInputs): ReportSection {
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

export function exceptionsSection(
  inputs: ReportInputs,
  bodyName: (id: string) => string,
): ReportSection {
  const { content, bodies } = inputs;
  const exceptions = exceptionsOf(content);
  // As on screen, each list stops at the committee's length; the counts above are complete.
  const redAmber = committeeList(exceptions.redAmber, EVERY_ACTION_IN_THE_WORKBOOK);
  const overdue = committeeList(exceptions.overdue, EVERY_ACTION_IN_THE_WORKBOOK);
  const noUpdate = committeeList(exceptions.noUpdate, EVERY_ACTION_IN_THE_WORKBOOK);
  const chart: ReportChart = {
    id: 'overdue',
    title: 'Overdue actions and missing updates, by body',
    alt: `Grouped bar chart. ${exceptionsSummary(exceptionCounts(exceptions))}`,
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
      paragraph(exceptionsSummary(exceptionCounts(exceptions))),
      chartBlock(chart, 'Overdue actions and actions with no finished update, by body', 'Body'),
      { kind: 'subheading', text: 'Red and amber, with their corrective actions' },
      ...none(exceptions.redAmber),
      ...(exceptions.redAmber.length
        ? [
            {
              kind: 'table' as const,
              table: {
                caption: `Red and amber actions${redAmber.stopsShort}`,
                columns: [
                  ...ACTION_COLUMNS,
                  text('RAG', 8),
                  text('Narrative', 50),
                  text('Corrective action', 40),
                  date('Revised date'),
                ],
                rows: redAmber.rows.map((e) => [
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
                caption: `Overdue actions${overdue.stopsShort}`,
                columns: [...ACTION_COLUMNS, date('Due'), text('RAG', 10)],
                rows: overdue.rows.map((e) => [
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
                caption: `Actions with no finished update${noUpdate.stopsShort}`,
                columns: [...ACTION_COLUMNS, text('Reported', 18)],
                rows: noUpdate.rows.map((e) => [...actionCells(e, bodyName), reportedSoFar(e)]),
              },
            },
          ]
        : []),
    ],
  };
}
