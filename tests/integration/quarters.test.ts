/** The quarterly cycle over an in-memory IndexedDB. */
import { beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/db/command';
import { createAction } from '../../src/db/commands/actions';
import { saveUpdate, startFinancialYear } from '../../src/db/commands/quarters';
import { closeQuarter, reopenQuarter } from '../../src/db/commands/closeQuarter';
import type { PlannerDatabase } from '../../src/db/database';
import type { SnapshotContent } from '../../src/domain/snapshot';
import { readSnapshot } from '../../src/domain/snapshotRecord';
import type { QuarterKey } from '../../src/domain/quarters';
import type { UpdateInput } from '../../src/domain/updates';
import { actionInput } from '../fixtures/actions';
import { snapshotsOfQuarter as readSnapshots } from '../../src/db/reads';
import { freshWorkspace } from './renderApp';

const green: UpdateInput = {
  rag: 'green',
  percentComplete: '25',
  narrative: 'Started.',
  evidence: '',
  nextSteps: '',
  correctiveAction: '',
  onTrack: true,
  revisedDate: '',
  state: 'done',
};

let db: PlannerDatabase;
let actionId: string;
beforeEach(async () => {
  db = await freshWorkspace();
  actionId = (await createAction(actionInput({ ref: 'GYV-01' }))).id;
});

describe('updates', () => {
  it('are stored one per action and quarter, and keep the action’s latest RAG', async () => {
    await saveUpdate(actionId, '2026-Q1', green);
    await saveUpdate(actionId, '2026-Q1', {
      ...green,
      rag: 'amber',
      correctiveAction: 'Extra staff',
    });
    expect(await db.updates.count()).toBe(1);
    expect((await db.actions.get(actionId))?.latestRag).toBe('amber');
    await saveUpdate(actionId, '2026-Q2', { ...green, rag: 'red', correctiveAction: 'Escalated' });
    await saveUpdate(actionId, '2026-Q1', green);
    expect((await db.actions.get(actionId))?.latestRag).toBe('red');
  });

  it('are refused with their problems and nothing written', async () => {
    const audit = await db.audit.count();
    await expect(
      saveUpdate(actionId, '2026-Q1', { ...green, percentComplete: '120' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(saveUpdate(actionId, 'Q1 2026' as QuarterKey, green)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.updates.count()).toBe(0);
    expect(await db.audit.count()).toBe(audit);
  });
});

describe('closing a quarter', () => {
  it('freezes a snapshot with its hash, and refuses later changes to that quarter’s updates', async () => {
    await saveUpdate(actionId, '2026-Q1', green);
    const snapshot = await closeQuarter('2026-Q1');
    expect(snapshot).toMatchObject({
      quarter: '2026-Q1',
      version: 1,
      supersededAt: null,
      closedBy: 'Community safety manager',
    });
    expect(snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(readSnapshot(snapshot).ok).toBe(true);
    expect((snapshot.content as SnapshotContent).actions[0]?.update?.rag).toBe('green');

    const error = await saveUpdate(actionId, '2026-Q1', {
      ...green,
      rag: 'blue',
      percentComplete: '100',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/Q1 2026\/27 is closed/);
    expect((await db.updates.get(['2026-Q1', actionId]))?.rag).toBe('green');
    await expect(closeQuarter('2026-Q1')).rejects.toBeInstanceOf(ValidationError);
  });

  it('reopens with a reason and re-closes as a new version, keeping both', async () => {
    await saveUpdate(actionId, '2026-Q1', green);
    const first = await closeQuarter('2026-Q1');
    await expect(reopenQuarter('2026-Q1', '  ')).rejects.toBeInstanceOf(ValidationError);
    await reopenQuarter('2026-Q1', 'Police figures arrived late');
    await saveUpdate(actionId, '2026-Q1', { ...green, percentComplete: '30' });
    const second = await closeQuarter('2026-Q1');
    const versions = await db.snapshots.where('quarter').equals('2026-Q1').sortBy('version');
    expect(versions.map((s) => [s.version, s.supersededAt !== null, s.reopenReason])).toEqual([
      [1, true, 'Police figures arrived late'],
      [2, false, null],
    ]);
    expect(versions[0]?.hash).toBe(first.hash);
    expect(second.hash).not.toBe(first.hash);
    const kinds = (await db.audit.orderBy('seq').toArray()).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('quarter'))).toEqual([
      'quarter-closed',
      'quarter-reopened',
      'quarter-closed',
    ]);
  });

  it('records direction of travel against the previous closed quarter', async () => {
    await saveUpdate(actionId, '2026-Q1', { ...green, rag: 'red', correctiveAction: 'Escalated' });
    await closeQuarter('2026-Q1');
    await saveUpdate(actionId, '2026-Q2', green);
    const q2 = await closeQuarter('2026-Q2');
    const content = q2.content as SnapshotContent;
    expect(content.comparedWith).toBe('2026-Q1');
    expect(content.actions[0]?.direction).toBe('improved');
  });

  it('compares with the live record of the latest earlier quarter, not a reopened version', async () => {
    await saveUpdate(actionId, '2026-Q1', { ...green, rag: 'amber', correctiveAction: 'Slipped' });
    await closeQuarter('2026-Q1');
    await reopenQuarter('2026-Q1', 'Late return');
    await saveUpdate(actionId, '2026-Q1', { ...green, rag: 'red', correctiveAction: 'Escalated' });
    await closeQuarter('2026-Q1');
    await saveUpdate(actionId, '2026-Q2', green);
    await closeQuarter('2026-Q2');
    await reopenQuarter('2026-Q2', 'Corrected');
    await saveUpdate(actionId, '2026-Q3', { ...green, rag: 'amber', correctiveAction: 'Slipped' });
    const q3 = (await closeQuarter('2026-Q3')).content as SnapshotContent;
    // Q2 is open again, and Q1's first version was replaced: amber now is better than Q1's red
    // (it would be the same as Q1's first version, and worse than Q2's green).
    expect(q3.comparedWith).toBe('2026-Q1');
    expect(q3.actions[0]?.direction).toBe('improved');
    expect(
      (await readSnapshots('2026-Q1')).map((s) => [s.version, s.supersededAt === null]),
    ).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});

describe('a new financial year', () => {
  it('is one audited step, and cannot be run twice', async () => {
    const done = await createAction(actionInput({ ref: 'GYV-02', status: 'complete' }));
    const counts = await startFinancialYear(2027);
    expect(counts).toEqual({ objectives: 5, carried: 1, archived: 1 });
    expect((await db.actions.get(done.id))?.archived).toBe(1);
    expect(await db.objectives.where('financialYear').equals(2027).count()).toBe(5);
    await expect(startFinancialYear(2027)).rejects.toBeInstanceOf(ValidationError);
  });
});
