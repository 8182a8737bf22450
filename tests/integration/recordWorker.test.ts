/**
 * A large plan's closed record is read and checked in the record worker (run here in-process,
 * `inProcessWorker.ts`), which stays a minute with the record it checked: the round and then an
 * update page read it once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closedRound, closedUpdate } from '../../src/api/closedRecord';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import { saveUpdate } from '../../src/db/commands/quarters';
import type { PlannerDatabase } from '../../src/db/database';
import { liveRecordKeys } from '../../src/db/quarterFigures';
import type { RecordKey } from '../../src/domain/quarterFigures';
import { action } from '../fixtures/actions';
import { updateInput } from '../fixtures/quarters';
import { startInProcessWorkers } from './inProcessWorker';
import { freshWorkspace } from './renderApp';

let db: PlannerDatabase;
let live: RecordKey;
beforeEach(async () => {
  db = await freshWorkspace();
  // A plan large enough for the worker (`largePlan.ts`).
  await db.actions.bulkAdd(
    Array.from({ length: 2000 }, (_, i) => action({ id: `bulk-${i}`, ref: `ASB-${1000 + i}` })),
  );
  await saveUpdate('bulk-7', '2026-Q1', updateInput({ narrative: 'Patrols doubled.' }));
  await closeQuarter('2026-Q1');
  [live] = (await liveRecordKeys()) as [RecordKey];
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the record worker', () => {
  it('answers the round and then an update from the record it checked once, and leaves after a minute', async () => {
    const workers = await startInProcessWorkers('recordWorker');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const recordReads = () =>
      get.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'snapshots').length;

    const round = await closedRound(live);
    expect(round.ok && round.lines.length).toBe(2000);
    expect(round.ok && round.lines.find((line) => line.action.id === 'bulk-7')).toMatchObject({
      state: 'done',
      direction: 'new',
    });
    const update = await closedUpdate(live, 'bulk-7');
    expect(update).toMatchObject({ ok: true, update: { narrative: 'Patrols doubled.' } });

    expect(recordReads()).toBe(1);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);

    // The worker's messages still pass (as time goes on); its minute is moved on by hand.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await closedUpdate(live, 'bulk-8').then((answer) =>
      expect(answer).toEqual({ ok: true, update: null }),
    );
    vi.advanceTimersByTime(59_000);
    expect(workers[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(workers[0]?.terminated).toBe(true);
  });
});
