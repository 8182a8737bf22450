import { describe, expect, it } from 'vitest';
import { action } from '../../../tests/fixtures/actions';
import type { Body } from '../bodies';
import type { SwotItem } from '../swot';
import type { Recommendation } from '../recommendations';
import { headlineFigures, headlineFiguresOf, headlinesOf, ragSummary } from '../scrutiny';
import { buildSnapshotContent } from '../snapshot';
import { snapshotHash } from '../snapshotHash';
import type { QuarterlyUpdate } from '../updates';
import { buildQuarterlyReport, type ReportInputs } from './build';
import { cellText, documentCellText, type ReportBlock, type ReportTable } from './model';
import { workbookSheets } from './sheets';

const body = (id: string, name: string, order: number): Body => ({
  id,
  name,
  kind: 'subgroup',
  description: '',
  duties: [],
  order,
});
const BODIES = [
  body('GYV', 'Gangs and youth violence', 1),
  body('ASB', 'Anti-social behaviour', 2),
];
const SWOT = [
  { id: 'W1', quadrant: 'weakness', text: 'A weakness', recommendationNumbers: [1] },
  { id: 'S1', quadrant: 'strength', text: 'A strength', recommendationNumbers: [] },
] as unknown as SwotItem[];
const red = action({ id: 'r', ref: 'GYV-01', title: 'Red one', dueDate: '2026-05-01' });
const green = action({ id: 'g', ref: 'ASB-01', bodyId: 'ASB', title: 'Green one' });
const cancelled = action({ id: 'c', ref: 'GYV-09', status: 'cancelled' });
const update = (actionId: string, rag: QuarterlyUpdate['rag'], extra = {}) =>
  ({
    id: `${actionId}@2026-Q1`,
    actionId,
    quarter: '2026-Q1',
    rag,
    percentComplete: 20,
    narrative: `${actionId} narrative`,
    correctiveAction: rag === 'red' ? 'Escalated' : '',
    forecast: { onTrack: true },
    state: 'done',
    ...extra,
  }) as unknown as QuarterlyUpdate;
const recommendations = Array.from(
  { length: 24 },
  (_, i) =>
    ({
      number: i + 1,
      text: `Recommendation ${i + 1}`,
      response: 'accepted',
      responseNote: '',
    }) as Recommendation,
);
const content = buildSnapshotContent({
  quarter: '2026-Q1',
  actions: [red, green, cancelled],
  updates: [update('r', 'red'), update('g', 'green')],
  recommendations,
  previous: null,
});
const inputs: ReportInputs = {
  partnership: { name: 'SafetyNet', fullName: 'Waltham Forest Community Safety Partnership' },
  content,
  earlier: [],
  trend: [],
  snapshot: {
    hash: snapshotHash(content),
    version: 1,
    closedAt: '2026-07-10T10:00:00.000Z',
    closedBy: 'A manager',
  },
  bodies: BODIES,
  swot: SWOT,
  recommendations,
  indicators: [],
  producedAt: '2026-07-11T09:00:00.000Z',
};

const tables = (blocks: readonly ReportBlock[]): ReportTable[] =>
  blocks.flatMap((b) => (b.kind === 'table' || b.kind === 'chart' ? [b.table] : []));

describe('the quarterly summary', () => {
  const report = buildQuarterlyReport(inputs);
  const section = (id: string) => report.sections.find((s) => s.id === id);

  it('has a cover that names the quarter, the snapshot and who closed it', () => {
    expect(report.cover).toMatchObject({
      title: 'SafetyNet quarterly performance summary',
      quarterLabel: 'Q1 2026/27',
      draft: false,
      hash: snapshotHash(content),
    });
    expect(report.cover.provenance).toMatch(/^Closed by A manager on .* \(version 1\)\.$/);
  });

  it('has the sections the board circulates, in order', () => {
    expect(report.sections.map((s) => s.title)).toEqual([
      'Executive summary',
      'Delivery of the 24 recommendations',
      'Exceptions',
      'Each body’s actions',
      'Strategic tool coverage and gaps',
      'Indicators against target',
      'Suggested lines of enquiry',
      'Appendix: definitions',
    ]);
  });

  it('takes its headline figures from the scrutiny view, leaving cancelled actions out', () => {
    const headline = tables(section('summary')?.blocks ?? [])[0];
    expect(headline?.rows.map((r) => [r[0], String(r[1])])).toEqual(headlineFigures(content));
    expect(headline?.rows[0]).toEqual(['Actions reported', 2]);
  });

  it('lists red and amber actions with their corrective action, and overdue ones', () => {
    const [, redAmber, overdue] = tables(section('exceptions')?.blocks ?? []);
    expect(redAmber?.rows).toEqual([
      [
        'GYV-01',
        'Red one',
        'Gangs and youth violence subgroup',
        'Red',
        'r narrative',
        'Escalated',
        null,
      ],
    ]);
    expect(overdue?.rows.map((r) => r[0])).toEqual(['GYV-01']);
    expect(overdue?.rows[0]?.[3]).toEqual({ date: '2026-05-01' });
  });

  it('gives every chart a description in words and the table of its numbers', () => {
    const charts = report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart');
    expect(charts.map((b) => b.chart.id)).toEqual(['rag-mix', 'delivery', 'overdue']);
    for (const b of charts) {
      expect(b.chart.alt.length).toBeGreaterThan(30);
      expect(b.table.rows).toHaveLength(b.chart.categories.length);
    }
  });

  it('says when there is no earlier quarter, and that no indicators are set up', () => {
    const summary = section('summary')?.blocks ?? [];
    expect(summary).toContainEqual({
      kind: 'list',
      items: ['This is the first closed quarter, so there is nothing to compare with.'],
    });
    expect(section('indicators')?.blocks).toEqual([
      { kind: 'paragraph', text: 'No outcome indicators have been set up yet.' },
    ]);
  });

  it('marks a preview of an open quarter as a draft, with the hash of today’s content', () => {
    const draft = buildQuarterlyReport({ ...inputs, snapshot: null });
    expect(draft.cover.draft).toBe(true);
    expect(draft.cover.hash).toBe(snapshotHash(content));
    expect(draft.cover.provenance).toMatch(/^Draft: Q1 2026\/27 is still open\./);
  });

  it('gives the workbook a sheet per subject with typed cells', () => {
    const sheets = workbookSheets(report, inputs, (id) => id);
    expect(sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Actions',
      'Updates',
      'Recommendations',
      'SWOT',
      'Indicators',
    ]);
    const actions = sheets[1]?.table;
    expect(actions?.rows).toHaveLength(2);
    const gyv = actions?.rows.find((r) => r[0] === 'GYV-01');
    expect(gyv?.[8]).toEqual({ date: red.dueDate });
    const updates = sheets[2]?.table;
    expect(updates?.rows.find((r) => r[0] === 'GYV-01')?.slice(3, 5)).toEqual(['Red', 20]);
    expect(sheets[4]?.table.rows).toHaveLength(SWOT.length);
  });
});

describe('the quarterly summary of a large plan', () => {
  // 61 red actions in one body: more than a committee's list holds (LIST_LIMIT, 50).
  const many = Array.from({ length: 61 }, (_, i) =>
    action({
      id: `m${i}`,
      ref: `GYV-${String(i + 1).padStart(2, '0')}`,
      title: `Action ${i + 1}`,
      dueDate: '2026-05-01',
    }),
  );
  const big = buildSnapshotContent({
    quarter: '2026-Q1',
    actions: many,
    updates: many.map((a) => update(a.id, 'red')),
    recommendations,
    previous: null,
  });
  const report = buildQuarterlyReport({ ...inputs, content: big });
  const tablesOf = (id: string) => tables(report.sections.find((s) => s.id === id)?.blocks ?? []);
  const STOPS_SHORT =
    ': the first 50 of 61, by reference. The quarter’s Excel workbook lists every action, with its update.';

  it('lists the first 50 of each list of actions, as the screen does, and says where the rest are', () => {
    const exceptions = tablesOf('exceptions');
    for (const caption of ['Red and amber actions', 'Overdue actions']) {
      const table = exceptions.find((t) => t.caption.startsWith(`${caption}:`));
      expect(table?.caption).toBe(`${caption}${STOPS_SHORT}`);
      expect(table?.rows).toHaveLength(50);
      expect(table?.rows[0]?.[0]).toBe('GYV-01');
      expect(table?.rows[49]?.[0]).toBe('GYV-50');
    }
    const own = tablesOf('bodies').find((t) => t.caption.startsWith('Actions of the'));
    expect(own?.caption).toMatch(/^Actions of the Gangs and youth violence.*: the first 50 of 61,/);
    expect(own?.rows).toHaveLength(50);
  });

  it('keeps every count complete, and the workbook lists every action', () => {
    expect(headlineFigures(big)).toContainEqual(['Red', '61']);
    expect(report.sections.find((s) => s.id === 'exceptions')?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: '61 actions red or amber, 61 overdue and 0 with no finished update.',
    });
    const sheets = workbookSheets(report, { ...inputs, content: big }, (id) => id);
    expect(sheets[1]?.table.rows).toHaveLength(61);
  });
});

describe('the counts of a plan of thousands', () => {
  // 2,000 actions answering recommendation 1: 1,500 red, 500 complete (blue).
  const thousands = Array.from({ length: 2_000 }, (_, i) =>
    action({
      id: `t${i}`,
      ref: `GYV-${1000 + i}`,
      dueDate: '2026-05-01',
      recommendationNumbers: [1],
      status: i < 1_500 ? 'in-progress' : 'complete',
    }),
  );
  const large = buildSnapshotContent({
    quarter: '2026-Q1',
    actions: thousands,
    updates: thousands.map((a, i) => update(a.id, i < 1_500 ? 'red' : 'blue')),
    recommendations,
    previous: null,
  });
  const report = buildQuarterlyReport({ ...inputs, content: large });
  const paragraphs = report.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
  );

  it('are written with thousands separated wherever a committee reads them', () => {
    expect(headlineFiguresOf(headlinesOf(large))).toEqual(
      expect.arrayContaining([
        ['Actions reported', '2,000'],
        ['Red', '1,500'],
        ['Overdue', '1,500'],
      ]),
    );
    expect(ragSummary(large)).toBe(
      '1,500 of 2,000 actions are red; 0 amber, 0 green, 500 complete and 0 with no update.',
    );
    expect(paragraphs).toContain(
      '1,500 actions red or amber, 1,500 overdue and 0 with no finished update.',
    );
    expect(large.recommendations[0]?.delivery.explanation).toBe('500 of 2,000 actions complete.');
    expect(documentCellText(2_000)).toBe('2,000');
  });

  it('stay numbers where a spreadsheet or a CSV file reads them', () => {
    const headline = tables(report.sections.find((s) => s.id === 'summary')?.blocks ?? [])[0];
    expect(headline?.rows).toContainEqual(['Actions reported', 2_000]);
    const summarySheet = workbookSheets(report, { ...inputs, content: large }, (id) => id)[0];
    expect(summarySheet?.table.rows).toContainEqual(['Red', 1_500]);
    expect(cellText(2_000, (iso) => iso)).toBe('2000');
  });
});
