import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import { planNewYear } from './newYear';
import type { Objective } from './objectives';
import type { Recommendation } from './recommendations';
import { canonicalJson } from './canonical';
import { inKeyOrder } from './keyOrder';
import { buildSnapshotContent, planSideOf, type SnapshotSources } from './snapshot';
import { snapshotHash } from './snapshotHash';
import { readSnapshot } from './snapshotRecord';
import type { QuarterlyUpdate } from './updates';

const a1 = action({ id: 'a1', ref: 'GYV-01', recommendationNumbers: [2], status: 'in-progress' });
const a2 = action({ id: 'a2', ref: 'GYV-02' });
const update = (actionId: string, quarter: string, rag: QuarterlyUpdate['rag']) =>
  ({ id: `${actionId}@${quarter}`, actionId, quarter, rag, state: 'done' }) as QuarterlyUpdate;
const recommendations = [{ number: 2, response: 'accepted', responseNote: '' }] as Recommendation[];

describe('quarter snapshots', () => {
  const q1 = buildSnapshotContent({
    quarter: '2026-Q1',
    actions: [a2, a1],
    updates: [update('a1', '2026-Q1', 'red'), update('a2', '2025-Q4', 'green')],
    recommendations,
    previous: null,
  });

  it('is built with every key in order, from rows stored in key order, so its JSON is canonical', () => {
    const content = buildSnapshotContent({
      quarter: '2026-Q2',
      actions: [a2, a1].map((row) => inKeyOrder(row)),
      updates: [update('a1', '2026-Q2', 'amber'), update('a2', '2026-Q2', null)].map((row) =>
        inKeyOrder(row),
      ),
      recommendations,
      previous: { quarter: '2026-Q1', content: q1 },
    });
    expect(JSON.stringify(content)).toBe(canonicalJson(content));
  });

  it('holds every live action with its update for the quarter only, in reference order', () => {
    expect(q1.actions.map((e) => [e.action.ref, e.update?.rag ?? null, e.direction])).toEqual([
      ['GYV-01', 'red', 'new'],
      ['GYV-02', null, null],
    ]);
    expect(q1.recommendations[0]).toMatchObject({
      number: 2,
      response: 'accepted',
      delivery: { status: 'in-progress', total: 1 },
    });
  });

  it("counts each live action once in each recommendation it answers, as the plan's screens do", () => {
    const content = buildSnapshotContent({
      quarter: '2026-Q1',
      actions: [
        action({ id: 'b1', ref: 'VAWG-01', recommendationNumbers: [2, 3, 2], status: 'complete' }),
        action({ id: 'b2', ref: 'VAWG-02', recommendationNumbers: [3], status: 'not-started' }),
        action({ id: 'b3', ref: 'VAWG-03', recommendationNumbers: [3], archived: 1 }),
        action({ id: 'b4', ref: 'VAWG-04', recommendationNumbers: [3], status: 'cancelled' }),
      ],
      updates: [],
      recommendations: [3, 4, 2].map(
        (number) => ({ number, response: 'accepted', responseNote: '' }) as Recommendation,
      ),
      previous: null,
    });
    expect(
      content.recommendations.map((r) => [r.number, r.delivery.status, r.delivery.total]),
    ).toEqual([
      [2, 'delivered', 1],
      [3, 'in-progress', 2],
      [4, 'no-actions', 0],
    ]);
  });

  it("is the same record when the plan's side was worked out before the updates were read", () => {
    const sources: SnapshotSources = {
      quarter: '2026-Q2',
      actions: [
        action({ id: 'c1', ref: 'GYV-10', recommendationNumbers: [3, 2], status: 'complete' }),
        a2,
        action({ id: 'c2', ref: 'GYV-9', recommendationNumbers: [3], archived: 1 }),
        a1,
      ],
      updates: [update('a1', '2026-Q2', 'amber'), update('c1', '2026-Q2', 'green')],
      recommendations: [3, 2].map(
        (number) => ({ number, response: 'accepted', responseNote: '' }) as Recommendation,
      ),
      previous: { quarter: '2026-Q1', content: q1 },
    };
    const plan = planSideOf(sources.actions, sources.recommendations);
    expect(plan.live.map((row) => row.ref)).toEqual(['GYV-01', 'GYV-02', 'GYV-10']);
    expect(buildSnapshotContent(sources, plan)).toEqual(buildSnapshotContent(sources));
    expect(canonicalJson(buildSnapshotContent(sources, plan))).toBe(
      canonicalJson(buildSnapshotContent(sources)),
    );
  });

  it('compares with the previous closed quarter', () => {
    const q2 = buildSnapshotContent({
      quarter: '2026-Q2',
      actions: [a1, a2],
      updates: [update('a1', '2026-Q2', 'amber'), update('a2', '2026-Q2', 'green')],
      recommendations,
      previous: { quarter: '2026-Q1', content: q1 },
    });
    expect(q2.comparedWith).toBe('2026-Q1');
    expect(q2.actions.map((e) => e.direction)).toEqual(['improved', 'new']);
  });

  it('has the same hash for the same content, another for any change', () => {
    const again = buildSnapshotContent({
      quarter: '2026-Q1',
      actions: [a1, a2],
      updates: [update('a1', '2026-Q1', 'red')],
      recommendations,
      previous: null,
    });
    expect(snapshotHash(again)).toBe(snapshotHash(q1));
    const changed = {
      ...q1,
      actions: q1.actions.map((e, i) =>
        i === 0 ? { ...e, update: update('a1', '2026-Q1', 'amber') } : e,
      ),
    };
    expect(snapshotHash(changed)).not.toBe(snapshotHash(q1));
    expect(readSnapshot({ content: q1, hash: snapshotHash(q1) }).ok).toBe(true);
    expect(readSnapshot({ content: changed, hash: snapshotHash(q1) }).ok).toBe(false);
  });
});

describe('starting a financial year', () => {
  const objective = {
    id: '2026-OBJ-1',
    code: 'OBJ-1',
    financialYear: 2026,
    title: 'Reduce ASB',
    status: 'agreed',
  } as Objective;
  it('copies objectives as drafts, carries open actions and archives completed ones', () => {
    const plan = planNewYear(
      2027,
      [objective],
      [a1, action({ id: 'done', status: 'complete' }), action({ id: 'gone', archived: 1 })],
    );
    expect(plan.label).toBe('2027/28');
    expect(plan.objectivesToCopy).toEqual([
      expect.objectContaining({ id: '2027-OBJ-1', financialYear: 2027, status: 'draft' }),
    ]);
    expect(plan.actionsToCarry.map((a) => a.id)).toEqual(['a1']);
    expect(plan.actionsToArchive.map((a) => a.id)).toEqual(['done']);
    expect(plan.refusal).toBeNull();
  });

  it('refuses a year that has already started', () => {
    expect(planNewYear(2026, [objective], []).refusal).toMatch(/already been started/);
  });
});
