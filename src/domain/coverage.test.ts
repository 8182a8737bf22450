import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import {
  actionsPerTheme,
  concernsWithoutAction,
  recommendationDelivery,
  recommendationsWithoutAction,
  strategicMatrix,
} from './coverage';

const bodies = ['BOARD', 'GYV', 'VAWG'];

describe('the strategic matrix', () => {
  it('counts live actions by primary row and body, with their latest RAG mix', () => {
    const actions = [
      action({ bodyId: 'GYV', primaryRow: 'protect', latestRag: 'red' }),
      action({ bodyId: 'GYV', primaryRow: 'protect', latestRag: null }),
      action({ bodyId: 'GYV', primaryRow: 'protect', archived: 1 }),
      action({ bodyId: 'GYV', primaryRow: 'protect', status: 'cancelled' }),
      action({
        bodyId: 'VAWG',
        primaryRow: 'pursue',
        secondaryRows: ['protect'],
        latestRag: 'green',
      }),
    ];
    const matrix = strategicMatrix(actions, bodies);
    const cell = (row: string, body: string) =>
      matrix.cells.find((c) => c.row === row && c.bodyId === body);
    expect(cell('protect', 'GYV')).toMatchObject({
      count: 2,
      rag: { red: 1, amber: 0, green: 0, blue: 0, none: 1 },
    });
    expect(cell('pursue', 'VAWG')?.count).toBe(1);
    expect(cell('protect', 'VAWG')?.count).toBe(0);
    expect(matrix.cells).toHaveLength(12);
    expect(matrix.gaps).toBe(10);
    expect(matrix.rowTotals).toEqual({ pursue: 1, prevent: 0, protect: 2, prepare: 0 });
    expect(matrix.bodyTotals).toEqual({ BOARD: 0, GYV: 2, VAWG: 1 });
  });

  it('is all gaps with no actions', () => {
    expect(strategicMatrix([], bodies).gaps).toBe(12);
  });
});

describe('coverage', () => {
  const actions = [
    action({ recommendationNumbers: [2, 19], swotIds: ['W1'], themeIds: ['protect.gang-exit'] }),
    action({
      recommendationNumbers: [4],
      swotIds: ['T7'],
      archived: 1,
      themeIds: ['protect.gang-exit'],
    }),
    action({ recommendationNumbers: [5], swotIds: ['W6'], status: 'cancelled' }),
  ];

  it('finds recommendations with no live action', () => {
    expect(recommendationsWithoutAction(actions, [1, 2, 4, 5, 19])).toEqual([1, 4, 5]);
  });

  it('finds weaknesses and threats no live action responds to, ignoring strengths', () => {
    const items = [
      { id: 'S1', quadrant: 'strength' as const },
      { id: 'W1', quadrant: 'weakness' as const },
      { id: 'W6', quadrant: 'weakness' as const },
      { id: 'T7', quadrant: 'threat' as const },
    ];
    expect(concernsWithoutAction(actions, items).map((item) => item.id)).toEqual(['W6', 'T7']);
  });

  it('counts live actions per theme', () => {
    expect(actionsPerTheme(actions).get('protect.gang-exit')).toBe(1);
  });
});

describe('a recommendation’s delivery, derived from its actions', () => {
  it('has no actions yet', () => {
    expect(recommendationDelivery([])).toMatchObject({
      status: 'no-actions',
      total: 0,
      progress: 0,
    });
  });

  it('is planned until an action starts', () => {
    expect(recommendationDelivery([action({ status: 'not-started' })]).status).toBe('planned');
  });

  it('is in progress with some complete, and says how many', () => {
    const delivery = recommendationDelivery([
      action({ status: 'complete' }),
      action({ status: 'complete' }),
      action({ status: 'complete' }),
      action({ status: 'not-started' }),
      action({ status: 'cancelled' }),
      action({ status: 'complete', archived: 1 }),
    ]);
    expect(delivery).toEqual({
      status: 'in-progress',
      total: 4,
      complete: 3,
      progress: 75,
      explanation: '3 of 4 actions complete.',
    });
  });

  it('is delivered when every live action is complete', () => {
    expect(recommendationDelivery([action({ status: 'complete' })])).toMatchObject({
      status: 'delivered',
      explanation: '1 of 1 action complete.',
    });
  });
});
