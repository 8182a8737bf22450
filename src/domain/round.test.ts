import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import { nextOwing, returnsByBody, roundFor } from './round';
import type { QuarterlyUpdate } from './updates';

const q1 = { fyStart: 2026, q: 1 } as const;
const a = action({ id: 'a', bodyId: 'GYV', startDate: '2026-04-01' });
const b = action({ id: 'b', bodyId: 'GYV', startDate: '2026-05-01' });
const later = action({ id: 'later', bodyId: 'GYV', startDate: '2026-07-01' });
const cancelled = action({ id: 'c', bodyId: 'VAWG', status: 'cancelled' });
const archived = action({ id: 'd', bodyId: 'VAWG', archived: 1 });
const v = action({ id: 'v', bodyId: 'VAWG' });
const draft = { actionId: 'b', state: 'draft' } as QuarterlyUpdate;
const done = { actionId: 'v', state: 'done' } as QuarterlyUpdate;

describe('the quarterly round', () => {
  const order = new Map([
    ['GYV', 1],
    ['VAWG', 2],
  ]);
  const round = roundFor([v, b, later, cancelled, archived, a], [draft, done], q1, order);

  it('holds started, open, live actions, with their update state', () => {
    expect(round.map((e) => [e.action.id, e.state])).toEqual([
      ['a', 'missing'],
      ['b', 'draft'],
      ['v', 'done'],
    ]);
  });

  it('lists actions by body, then by reference number', () => {
    const refs = (...list: [string, string][]) =>
      list.map(([bodyId, ref], i) => action({ id: `r${i}`, bodyId, ref }));
    const listed = roundFor(
      refs(['VAWG', 'VAWG-02'], ['GYV', 'GYV-16'], ['GYV', 'GYV-100'], ['GYV', 'GYV-03']),
      [],
      q1,
      order,
    );
    expect(listed.map((e) => e.action.ref)).toEqual(['GYV-03', 'GYV-16', 'GYV-100', 'VAWG-02']);
  });

  it('counts returns per body', () => {
    expect(returnsByBody(round, ['GYV', 'VAWG', 'ASB'])).toEqual([
      { bodyId: 'GYV', total: 2, done: 0, draft: 1, missing: 1 },
      { bodyId: 'VAWG', total: 1, done: 1, draft: 0, missing: 0 },
      { bodyId: 'ASB', total: 0, done: 0, draft: 0, missing: 0 },
    ]);
  });

  it('finds the next action still owing an update, wrapping round', () => {
    expect(nextOwing(round, 'a')?.action.id).toBe('b');
    expect(nextOwing(round, 'b')?.action.id).toBe('a');
    expect(nextOwing(roundFor([v], [done], q1, order), 'v')).toBeUndefined();
  });
});
