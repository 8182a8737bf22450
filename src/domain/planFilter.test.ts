import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import { filterActions, sortActions } from './planFilter';

const today = '2026-11-22';
const quarter = { fyStart: 2026, q: 3 } as const;
const list = [
  action({
    ref: 'GYV-02',
    bodyId: 'GYV',
    title: 'Gang exit team',
    primaryRow: 'protect',
    themeIds: ['protect.gang-exit'],
    dueDate: '2026-12-31',
    latestRag: 'red',
    recommendationNumbers: [2],
  }),
  action({
    ref: 'GYV-10',
    bodyId: 'GYV',
    title: 'Civil orders',
    primaryRow: 'prevent',
    themeIds: ['prevent.civil-orders'],
    dueDate: '2026-10-01',
    status: 'in-progress',
  }),
  action({
    ref: 'VAWG-01',
    bodyId: 'VAWG',
    title: 'MASH audit',
    primaryRow: 'protect',
    dueDate: '2027-03-31',
    latestRag: 'green',
    leadAgency: 'Children’s Services',
  }),
  action({ ref: 'GYV-03', bodyId: 'GYV', title: 'Archived one', archived: 1 }),
];
const refs = (filter: Parameters<typeof filterActions>[1]) =>
  filterActions(list, filter, { today, quarter }).map((a) => a.ref);

describe('filtering the plan', () => {
  it('shows live actions only, unless asked for the archive', () => {
    expect(refs({})).toEqual(['GYV-02', 'GYV-10', 'VAWG-01']);
    expect(refs({ archived: true })).toEqual(['GYV-03']);
  });

  it('filters by body, row, theme, status, RAG and recommendation', () => {
    expect(refs({ bodyId: 'VAWG' })).toEqual(['VAWG-01']);
    expect(refs({ row: 'protect' })).toEqual(['GYV-02', 'VAWG-01']);
    expect(refs({ themeId: 'prevent.civil-orders' })).toEqual(['GYV-10']);
    expect(refs({ status: 'in-progress' })).toEqual(['GYV-10']);
    expect(refs({ rag: 'red' })).toEqual(['GYV-02']);
    expect(refs({ rag: 'none' })).toEqual(['GYV-10']);
    expect(refs({ recommendation: 2 })).toEqual(['GYV-02']);
  });

  it('finds overdue actions and those due this quarter', () => {
    expect(refs({ overdue: true })).toEqual(['GYV-10']);
    expect(refs({ dueThisQuarter: true })).toEqual(['GYV-02', 'GYV-10']);
  });

  it('searches reference, title and lead, every word', () => {
    expect(refs({ search: 'mash' })).toEqual(['VAWG-01']);
    expect(refs({ search: 'children audit' })).toEqual(['VAWG-01']);
    expect(refs({ search: 'gyv-1' })).toEqual(['GYV-10']);
    expect(refs({ search: 'nothing like this' })).toEqual([]);
  });
});

describe('sorting the plan', () => {
  const bodyOrder = new Map([
    ['GYV', 3],
    ['VAWG', 2],
  ]);
  it('sorts references as numbers, and by due date or RAG', () => {
    const live = list.slice(0, 3);
    expect(
      sortActions(live, { key: 'ref', direction: 'ascending' }, bodyOrder).map((a) => a.ref),
    ).toEqual(['GYV-02', 'GYV-10', 'VAWG-01']);
    expect(
      sortActions(live, { key: 'dueDate', direction: 'descending' }, bodyOrder).map((a) => a.ref),
    ).toEqual(['VAWG-01', 'GYV-02', 'GYV-10']);
    expect(
      sortActions(live, { key: 'rag', direction: 'ascending' }, bodyOrder).map((a) => a.ref),
    ).toEqual(['GYV-02', 'VAWG-01', 'GYV-10']);
    expect(
      sortActions(live, { key: 'body', direction: 'ascending' }, bodyOrder).map((a) => a.ref),
    ).toEqual(['VAWG-01', 'GYV-02', 'GYV-10']);
  });
});
