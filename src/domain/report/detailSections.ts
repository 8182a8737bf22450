/** The summary's later sections: each body's actions, coverage, indicators, enquiry, appendix. */
import { ACTION_STATUS_LABEL } from '../actions';
import { bodyDisplayName } from '../bodies';
import { formatUkDate } from '../dates';
import { formatFigure } from '../figures';
import { enquiryReason, linesOfEnquiry } from '../enquiry';
import {
  financialYearLabel,
  parseQuarterKey,
  quarterEnd,
  quarterLabel,
  quarterStart,
} from '../quarters';
import { RAG, RAG_STATUSES } from '../rag';
import { committeeList, heatmapOf, heatmapSummary, ragMixOf, reportable } from '../scrutiny';
import { FIGURE_8_CAPTION, FIGURE_8_ROWS } from '../strategicTool';
import { DIRECTION_LABEL } from '../updates';
import { type ReportBlock, type ReportSection, type ReportTable } from './model';

import {
  date,
  EVERY_ACTION_IN_THE_WORKBOOK,
  labelOf,
  number,
  paragraph,
  plural,
  ragText,
  text,
  type ReportInputs,
} from './parts';

export function bodiesSection(inputs: ReportInputs): ReportSection {
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
          : `${plural(own.length, 'action')}: ${RAG_STATUSES.map((s) => `${formatFigure(mix[s])} ${RAG[s].label.toLowerCase()}`).join(', ')}, ${formatFigure(mix.none)} with no update.`,
      ),
    );
    if (own.length === 0) continue;
    const listed = committeeList(own, EVERY_ACTION_IN_THE_WORKBOOK);
    blocks.push({
      kind: 'table',
      table: {
        caption: `Actions of the ${bodyDisplayName(body)}${listed.stopsShort}`,
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
        rows: listed.rows.map((e) => [
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

export function coverageSection(
  inputs: ReportInputs,
  bodyName: (id: string) => string,
): ReportSection {
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

export function indicatorsSection(inputs: ReportInputs): ReportSection {
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

export function enquirySection(inputs: ReportInputs): ReportSection {
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

export function appendix(inputs: ReportInputs): ReportSection {
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
