/** Closing a quarter in its worker, run here in-process (`inProcessWorker.ts`). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSignedInActor, ValidationError } from '../../src/db/command';
import { createAction } from '../../src/db/commands/actions';
import { saveUpdate } from '../../src/db/commands/quarters';
import { onChangeElsewhere, onCommitted } from '../../src/db/connection';
import type { PlannerDatabase } from '../../src/db/database';
import { closeQuarterOffPage, prepareToClose } from '../../src/api/quarterClosing';
import { readSnapshot } from '../../src/domain/snapshotRecord';
import { actionInput } from '../fixtures/actions';
import { updateInput } from '../fixtures/quarters';
import { startInProcessWorkers } from './inProcessWorker';
import { freshWorkspace } from './renderApp';
import { JOINED } from '../fixtures/sharedPlan';

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
  const { id } = await createAction(actionInput({ ref: 'GYV-01' }));
  await saveUpdate(id, '2026-Q1', updateInput());
});

afterEach(() => {
  vi.unstubAllGlobals();
  setSignedInActor(null);
});

describe('closing a quarter in its worker', () => {
  it('stores the record in the page’s database and tells the page only what it shows', async () => {
    const workers = await startInProcessWorkers('closeWorker');
    const closed = await closeQuarterOffPage('2026-Q1');
    const stored = await db.snapshots.get(closed.id);
    expect(stored).toBeDefined();
    expect(closed).toEqual({
      id: stored?.id,
      quarter: '2026-Q1',
      version: 1,
      hash: stored?.hash,
      closedAt: stored?.closedAt,
      closedBy: stored?.closedBy,
    });
    if (!stored) throw new Error('the record was not stored');
    expect(readSnapshot(stored).ok).toBe(true);
    expect((await db.audit.orderBy('seq').last())?.kind).toBe('quarter-closed');
    expect(workers.map((w) => w.terminated)).toEqual([true]);
  });

  it('closes in the worker prepared as the confirmation opened, starting no other', async () => {
    const workers = await startInProcessWorkers('closeWorker');
    const letGo = prepareToClose('2026-Q1');
    expect(workers).toHaveLength(1);
    const closed = await closeQuarterOffPage('2026-Q1');
    expect(await db.snapshots.get(closed.id)).toBeDefined();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
    // The confirmation closing after the close leaves nothing to let go.
    letGo();
    expect(workers).toHaveLength(1);
  });

  it('closes with what was saved while the confirmation was open', async () => {
    const workers = await startInProcessWorkers('closeWorker');
    prepareToClose('2026-Q1');
    const [id] = await db.actions.toCollection().primaryKeys();
    await saveUpdate(String(id), '2026-Q1', updateInput({ narrative: 'Saved in another tab.' }));
    const closed = await closeQuarterOffPage('2026-Q1');
    const stored = await db.snapshots.get(closed.id);
    if (!stored) throw new Error('the record was not stored');
    const reading = readSnapshot(stored);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.content.actions[0]?.update?.narrative).toBe('Saved in another tab.');
    expect(workers).toHaveLength(1);
  });

  it('lets a prepared worker go when the confirmation closes unconfirmed', async () => {
    const workers = await startInProcessWorkers('closeWorker');
    prepareToClose('2026-Q1')();
    expect(workers.map((w) => w.terminated)).toEqual([true]);
    expect(await db.snapshots.count()).toBe(0);
    // A close after it starts a worker of its own.
    await closeQuarterOffPage('2026-Q1');
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('does not keep a prepared worker that could not start: the close starts its own', async () => {
    const workers = await startInProcessWorkers('closeWorker');
    prepareToClose('2026-Q1');
    const failing = workers[0] as unknown as { onerror: (() => void) | null };
    failing.onerror?.();
    expect(workers[0]?.terminated).toBe(true);
    await closeQuarterOffPage('2026-Q1');
    expect(workers).toHaveLength(2);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('is announced by the page, once, as a command of its own', async () => {
    const committed = vi.fn();
    const elsewhere = vi.fn();
    const stopCommitted = onCommitted(committed);
    const stopElsewhere = onChangeElsewhere(elsewhere);
    await startInProcessWorkers('closeWorker');
    await closeQuarterOffPage('2026-Q1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    stopCommitted();
    stopElsewhere();
    expect(committed).toHaveBeenCalledTimes(1);
    // The worker's own announcement would reach this page as if from another tab.
    expect(elsewhere).not.toHaveBeenCalled();
  });

  it('names the person signed in on the page in the audit trail of a shared plan', async () => {
    await db.syncState.put(JOINED);
    setSignedInActor({ name: 'Morgan Ellis <manager@safetynet.example>', role: 'manager' });
    await startInProcessWorkers('closeWorker');
    await closeQuarterOffPage('2026-Q1');
    const entry = await db.audit.orderBy('seq').last();
    expect(entry?.kind).toBe('quarter-closed');
    expect(entry?.actor).toBe('Morgan Ellis <manager@safetynet.example>');
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });

  it('brings a refusal back to the page as the command’s own, with nothing written', async () => {
    await startInProcessWorkers('closeWorker');
    await closeQuarterOffPage('2026-Q1');
    const audit = await db.audit.count();
    const refused = closeQuarterOffPage('2026-Q1');
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow(/is closed/);
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.audit.count()).toBe(audit);
  });
});
