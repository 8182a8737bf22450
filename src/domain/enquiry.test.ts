import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import type { Action } from './actions';
import type { Body } from './bodies';
import { enquiriesOnScreen, enquiryReason, linesOfEnquiry, type Enquiry } from './enquiry';
import {
  deliveryByLevel,
  exceptionsByBody,
  exceptionsOf,
  headlinesOf,
  heatmapOf,
  ragMixByBody,
  ragSummary,
  trend,
  trendSummary,
} from './scrutiny';
import type { SnapshotContent } from './snapshot';
import type { SwotItem } from './swot';
import type { QuarterlyUpdate } from './updates';

const update = (rag: QuarterlyUpdate['rag'], extra: Partial<QuarterlyUpdate> = {}) =>
  ({ rag, state: 'done', forecast: { onTrack: true }, ...extra }) as QuarterlyUpdate;

function snapshot(
  quarter: string,
  entries: [Action, QuarterlyUpdate | null][],
  recommendations: SnapshotContent['recommendations'] = [],
): SnapshotContent {
  return {
    quarter: quarter as SnapshotContent['quarter'],
    comparedWith: null,
    actions: entries.map(([a, u]) => ({ action: a, update: u, direction: null })),
    recommendations,
    version: 2,
  };
}

const gyv1 = action({
  id: 'g1',
  ref: 'GYV-01',
  bodyId: 'GYV',
  primaryRow: 'protect',
  dueDate: '2027-03-31',
  swotIds: ['W1'],
});
const gyv2 = action({
  id: 'g2',
  ref: 'GYV-02',
  bodyId: 'GYV',
  primaryRow: 'pursue',
  dueDate: '2026-05-31',
});
const bodies = [
  { id: 'GYV', name: 'Gangs and youth violence', kind: 'subgroup' },
  { id: 'ASB', name: 'Anti-social behaviour', kind: 'subgroup' },
] as Body[];
const swot = [
  { id: 'W1', quadrant: 'weakness', text: 'No strategy.' },
  { id: 'T1', quadrant: 'threat', text: 'Cost of Living Crisis and cuts.' },
  { id: 'S1', quadrant: 'strength', text: 'Councillors.' },
] as SwotItem[];
const rules = (enquiries: Enquiry[]) => enquiries.map((e) => `${e.rule}: ${e.question}`);

describe('lines of enquiry', () => {
  const q1 = snapshot('2026-Q1', [
    [gyv1, update('red', { correctiveAction: 'x' })],
    [gyv2, update('green')],
  ]);
  const q2 = snapshot(
    '2026-Q2',
    [
      [gyv1, update('red', { correctiveAction: 'x' })],
      [gyv2, null],
    ],
    [
      {
        number: 5,
        response: 'accepted',
        responseNote: '',
        delivery: { status: 'no-actions', total: 0, complete: 0, progress: 0, explanation: '' },
      },
    ],
  );

  it('asks about each trigger, saying what raised it', () => {
    const enquiries = linesOfEnquiry({ current: q2, earlier: [q1], bodies, swot });
    expect(rules(enquiries)).toEqual([
      'red-two-quarters: Action GYV-01 has been red for two quarters: what is the recovery plan?',
      'overdue: Action GYV-02 was due on 31 May 2026 and is not complete: when will it be delivered?',
      'no-update: No update was reported for action GYV-02 this quarter: who is accountable for reporting on it?',
      'recommendation-without-action: Recommendation 5 has no action: has the board decided how it will respond?',
      'concern-without-action: Threat T1, “Cost of Living Crisis and cuts.”, is not addressed by any action: is that a conscious decision?',
      'empty-row: Gangs and youth violence subgroup has no actions in Prevent (4P: situational prevention): is that gap intended?',
      'empty-row: Gangs and youth violence subgroup has no actions in Prepare (4P: community development): is that gap intended?',
    ]);
    expect(enquiries[0]?.trigger).toBe('Red in each of the last 2 quarters, to Q2 2026/27.');
  });

  it('does not call one red quarter a pattern, but asks about it in its own words', () => {
    const enquiries = linesOfEnquiry({ current: q1, earlier: [], bodies, swot });
    expect(rules(enquiries).filter((r) => r.startsWith('red'))).toEqual([
      'red-first-quarter: Action GYV-01 is red this quarter: what is the corrective action, and when will it be back on track?',
    ]);
    expect(enquiries[0]?.trigger).toBe('Red in Q1 2026/27, the first quarter closed.');
    const turned = snapshot('2026-Q2', [[gyv2, update('red', { correctiveAction: 'x' })]]);
    expect(linesOfEnquiry({ current: turned, earlier: [q1], bodies, swot })[0]?.trigger).toBe(
      'Red in Q2 2026/27; green in Q1 2026/27.',
    );
  });

  it('explains each suggestion in a councillor’s words, with no code names', () => {
    const enquiries = linesOfEnquiry({ current: q2, earlier: [q1], bodies, swot });
    const emptyRow = enquiries.find((e) => e.rule === 'empty-row');
    expect(emptyRow && enquiryReason(emptyRow)).toBe(
      'Suggested when a body has actions but none mainly in one of the strategic tool’s 4P rows. The Gangs and youth violence subgroup has 2 actions, none of them mainly in Prevent (4P: situational prevention).',
    );
    for (const enquiry of enquiries)
      expect(enquiryReason(enquiry)).not.toMatch(/\b4p\b|primary row|-/);
  });

  it('notices a slipped forecast and a moved due date', () => {
    const slipped = snapshot('2026-Q2', [
      [
        gyv1,
        update('amber', {
          correctiveAction: 'x',
          forecast: { onTrack: false, revisedDate: '2027-06-30' },
        }),
      ],
    ]);
    const moved = snapshot('2026-Q2', [[{ ...gyv1, dueDate: '2027-09-30' }, update('green')]]);
    expect(
      linesOfEnquiry({ current: slipped, earlier: [q1], bodies: [], swot: [] }).map((e) => e.rule),
    ).toContain('slipped');
    expect(
      linesOfEnquiry({ current: moved, earlier: [q1], bodies: [], swot: [] }).find(
        (e) => e.rule === 'slipped',
      )?.question,
    ).toBe(
      'Action GYV-01’s due date moved from 31 Mar 2027 to 30 Sep 2027: why, and who agreed it?',
    );
  });

  it('groups a body’s overdue actions and missing updates into one question', () => {
    const many = snapshot(
      '2026-Q2',
      [1, 2, 3].map(
        (n) =>
          [action({ ref: `ASB-0${n}`, bodyId: 'ASB', dueDate: '2026-04-30' }), null] as [
            Action,
            null,
          ],
      ),
    );
    const found = linesOfEnquiry({ current: many, earlier: [], bodies, swot: [] }).filter(
      (e) => e.rule === 'overdue' || e.rule === 'no-update',
    );
    expect(found.map((e) => e.question)).toEqual([
      '3 of the Anti-social behaviour subgroup’s actions are overdue: what is the plan to catch up?',
      '3 of the Anti-social behaviour subgroup’s actions have no update this quarter: who is accountable for reporting on them?',
    ]);
    expect(found[0]?.trigger).toBe(
      'Past their due dates at the end of Q2 2026/27: ASB-01, ASB-02, ASB-03.',
    );
  });

  it('notices an indicator moving the wrong way, by its polarity', () => {
    const indicators = [
      {
        name: 'Knife crime with injury, under 25',
        polarity: 'lower-is-better' as const,
        values: [
          { period: '2026-Q1', value: 40 },
          { period: '2026-Q2', value: 48 },
        ],
      },
      {
        name: 'Sanction detection rate',
        polarity: 'higher-is-better' as const,
        values: [
          { period: '2026-Q1', value: 12.1 },
          { period: '2026-Q2', value: 13 },
        ],
      },
    ];
    const found = linesOfEnquiry({
      current: snapshot('2026-Q2', []),
      earlier: [],
      bodies: [],
      swot: [],
      indicators,
    });
    expect(found.map((e) => e.question)).toEqual([
      'Knife crime with injury, under 25 is moving the wrong way: what is being done about it?',
    ]);
  });
});

describe('lines of enquiry on screen', () => {
  const red = (n: number): Enquiry => ({
    rule: 'red-first-quarter',
    question: `red ${n}`,
    trigger: '',
  });
  const slipped = (n: number): Enquiry => ({
    rule: 'slipped',
    question: `slipped ${n}`,
    trigger: '',
  });
  const gap: Enquiry = { rule: 'empty-row', question: 'gap', trigger: '' };

  it('lists the first few of each kind in order, every kind still appearing, and counts the rest', () => {
    const enquiries = [
      ...Array.from({ length: 1500 }, (_, i) => red(i)),
      ...Array.from({ length: 4 }, (_, i) => slipped(i)),
      gap,
    ];
    const { shown, notShown } = enquiriesOnScreen(enquiries, 3);
    expect(shown.map((e) => e.question)).toEqual([
      'red 0',
      'red 1',
      'red 2',
      'slipped 0',
      'slipped 1',
      'slipped 2',
      'gap',
    ]);
    expect(notShown).toBe(
      'Not shown here: 1,497 more about actions red this quarter; 1 more about slipped dates.',
    );
  });

  it('lists everything, with nothing to add, when each kind fits', () => {
    expect(enquiriesOnScreen([red(1), gap], 3)).toEqual({ shown: [red(1), gap], notShown: null });
  });
});

describe('chart data', () => {
  const q1 = snapshot(
    '2026-Q1',
    [
      [gyv1, update('red')],
      [gyv2, update('green')],
      [action({ bodyId: 'ASB', status: 'cancelled' }), update('red')],
    ],
    [
      {
        number: 1,
        response: 'accepted',
        responseNote: '',
        delivery: { status: 'delivered', total: 1, complete: 1, progress: 100, explanation: '' },
      },
      {
        number: 20,
        response: 'accepted',
        responseNote: '',
        delivery: { status: 'no-actions', total: 0, complete: 0, progress: 0, explanation: '' },
      },
    ],
  );
  const q2 = snapshot('2026-Q2', [
    [gyv1, update('red')],
    [gyv2, update('red')],
  ]);

  it('counts RAG per body, leaving out cancelled actions', () => {
    expect(ragMixByBody(q1, ['GYV', 'ASB'])).toEqual([
      { bodyId: 'GYV', mix: { red: 1, amber: 0, green: 1, blue: 0, none: 0 } },
      { bodyId: 'ASB', mix: { red: 0, amber: 0, green: 0, blue: 0, none: 0 } },
    ]);
  });

  it('sums up in words, against last quarter', () => {
    expect(ragSummary(q2, q1)).toBe(
      '2 of 2 actions are red, 1 more than last quarter; 0 amber, 0 green, 0 complete and 0 with no update.',
    );
    expect(ragSummary(q1)).toBe(
      '1 of 2 actions is red; 0 amber, 1 green, 0 complete and 0 with no update.',
    );
  });

  it('groups the recommendations’ delivery by level', () => {
    const delivery = deliveryByLevel(q1);
    expect(delivery.strategic.delivered).toBe(1);
    expect(delivery.practice['no-actions']).toBe(1);
  });

  it('gives the trend across closed quarters, oldest first', () => {
    const points = trend([q2, q1]);
    expect(points.map((p) => [p.label, p.red, p.green])).toEqual([
      ['Q1 2026/27', 1, 1],
      ['Q2 2026/27', 2, 0],
    ]);
    expect(trendSummary(points)).toBe(
      'Across 2 closed quarters, red actions went from 1 in Q1 2026/27 to 2 in Q2 2026/27.',
    );
  });

  it('finds exceptions as at the quarter’s end, and headline figures', () => {
    expect(exceptionsOf(q1).overdue.map((e) => e.action.ref)).toEqual(['GYV-02']);
    expect(headlinesOf(q1)).toEqual({
      actions: 2,
      updated: 2,
      red: 1,
      overdue: 1,
      recommendationsDelivered: 1,
      recommendationsWithoutAction: 1,
    });
    expect(heatmapOf(q1, ['GYV']).cells.find((c) => c.row === 'protect')?.rag.red).toBe(1);
    expect(exceptionsByBody(q1, ['GYV', 'ASB'])).toEqual([
      { bodyId: 'GYV', overdue: 1, noUpdate: 0 },
      { bodyId: 'ASB', overdue: 0, noUpdate: 0 },
    ]);
  });
});
