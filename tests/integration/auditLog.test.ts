/** The audit log over an in-memory IndexedDB: filters, paging, verification and tampering. */
import { beforeEach, describe, expect, it } from 'vitest';
import { auditActors, auditEntries, auditPage, verifyAuditTrail } from '../../src/db/auditLog';
import { createAction, archiveAction } from '../../src/db/commands/actions';
import { setRecommendationResponse } from '../../src/db/commands/recommendations';
import { updateSettings } from '../../src/db/commands/workspace';
import type { PlannerDatabase } from '../../src/db/database';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace } from './renderApp';

let db: PlannerDatabase;
let actionId = '';
beforeEach(async () => {
  db = await freshWorkspace();
  // 1 seed, then 24 responses, an action created and archived, and a change of user.
  for (let n = 1; n <= 24; n += 1) await setRecommendationResponse(n, 'under-consideration', '');
  actionId = (await createAction(actionInput({ ref: 'GYV-01' }))).id;
  await updateSettings({
    name: 'SafetyNet',
    fullName: 'Waltham Forest CSP',
    userName: 'Priya Shah',
    userRole: 'manager',
  });
  await archiveAction(actionId);
});

describe('paging', () => {
  it('pages newest first by sequence, forwards and back, without overlap', async () => {
    const first = await auditPage({}, {}, 10);
    expect(first.entries.map((e) => e.seq)).toEqual([28, 27, 26, 25, 24, 23, 22, 21, 20, 19]);
    expect(first.newer).toBeNull();
    const second = await auditPage({}, { before: first.older ?? 0 }, 10);
    expect(second.entries.map((e) => e.seq)).toEqual([18, 17, 16, 15, 14, 13, 12, 11, 10, 9]);
    const last = await auditPage({}, { before: 9 }, 10);
    expect(last.entries.map((e) => e.seq)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(last.older).toBeNull();
    const back = await auditPage({}, { after: second.newer ?? 0 }, 10);
    expect(back.entries.map((e) => e.seq)).toEqual(first.entries.map((e) => e.seq));
  });
});

describe('filters', () => {
  it('by kind, entity, person and words', async () => {
    expect((await auditPage({ kind: 'archive' })).entries.map((e) => e.summary)).toEqual([
      'Action GYV-01 archived',
    ]);
    expect(
      (await auditPage({ entityType: 'action', entityId: actionId })).entries.map((e) => e.kind),
    ).toEqual(['archive', 'create']);
    expect((await auditPage({ entityType: 'recommendation' })).entries).toHaveLength(24);
    expect((await auditPage({ actor: 'Priya Shah' })).entries.map((e) => e.kind)).toEqual([
      'archive',
    ]);
    expect(
      (await auditPage({ search: 'recommendation 17' })).entries.map((e) => e.entityId),
    ).toEqual(['17']);
    expect((await auditPage({ kind: 'update', entityType: 'settings' })).entries).toHaveLength(1);
    expect(await auditActors()).toEqual(['Community safety manager', 'Priya Shah']);
  });

  it('by date range, inclusive', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await auditEntries({ from: today, to: today })).length).toBe(28);
    expect(await auditEntries({ to: '2020-01-01' })).toEqual([]);
    expect((await auditPage({ from: '2099-01-01' })).entries).toEqual([]);
  });
});

describe('verification', () => {
  it('reports an intact chain with its count', async () => {
    const progress: number[] = [];
    expect(await verifyAuditTrail((n) => progress.push(n), 10)).toEqual({
      intact: true,
      count: 28,
    });
    expect(progress).toEqual([10, 20, 28]);
  });

  it('finds the first entry altered directly in the database', async () => {
    await db.audit.update(12, { summary: 'Nothing to see here' });
    expect(await verifyAuditTrail(undefined, 5)).toEqual({
      intact: false,
      count: 12,
      brokenAt: 12,
      reason: 'its content does not match its hash',
    });
  });

  it('finds an entry removed from the middle', async () => {
    await db.audit.delete(5);
    expect(await verifyAuditTrail()).toMatchObject({
      intact: false,
      brokenAt: 6,
      reason: 'does not link to the entry before it',
    });
  });
});
