/**
 * A large plan's draft worked out in its worker, run here in-process (`inProcessWorker.ts`): the
 * same figures as worked out on the page, and the plan's size looked at only when nothing tells it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmDraftWorker } from '../../src/api/draftWorkerStart';
import { loadQuarterPicture, loadScrutinyPicture } from '../../src/api/quarterPicture';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import { saveUpdate } from '../../src/db/commands/quarters';
import type { PlannerDatabase } from '../../src/db/database';
import { figuresOf } from '../../src/domain/quarterFigures';
import { SNAPSHOT_ALTERED_MESSAGE } from '../../src/domain/snapshotRecord';
import { action } from '../fixtures/actions';
import { ragUpdate } from '../fixtures/quarters';
import { startInProcessWorkers } from './inProcessWorker';
import { freshWorkspace } from './renderApp';

const QUARTER = '2026-Q2';
let db: PlannerDatabase;
let workers: Awaited<ReturnType<typeof startInProcessWorkers>> = [];

beforeEach(async () => {
  db = await freshWorkspace();
  // A plan large enough for the worker (`largePlan.ts`).
  await db.actions.bulkAdd(
    Array.from({ length: 2000 }, (_, i) => action({ id: `bulk-${i}`, ref: `ASB-${1000 + i}` })),
  );
  await saveUpdate('bulk-7', QUARTER, ragUpdate('red'));
});

afterEach(async () => {
  // A draft's worker keeps the rows it read after sending the figures, then closes itself: it
  // must have closed before `self` is the test's window again.
  await vi.waitFor(() => expect(workers.every((worker) => worker.closed)).toBe(true));
  workers = [];
  localStorage.clear();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a large plan’s draft', () => {
  it('of a plan that was small until a moment ago is looked at, and worked out in the worker', async () => {
    const small = await freshWorkspace();
    workers = await startInProcessWorkers('draftWorker');
    await loadScrutinyPicture(QUARTER);
    expect(workers).toHaveLength(0);
    await small.actions.bulkAdd(
      Array.from({ length: 2000 }, (_, i) => action({ id: `new-${i}`, ref: `VAWG-${1000 + i}` })),
    );
    const { figures } = await loadScrutinyPicture(QUARTER);
    expect(workers).toHaveLength(1);
    expect(figures.actions).toBe(2000);
  });

  it('is worked out in the worker, to the figures the documents work out', async () => {
    workers = await startInProcessWorkers('draftWorker');
    const { figures } = await loadScrutinyPicture(QUARTER);
    // Having sent the figures, the worker keeps them and the rows it read, and closes.
    await vi.waitFor(() => expect(workers.map((worker) => worker.closed)).toEqual([true]));
    expect(await db.draftFigures.get(`draft:${QUARTER}`)).toMatchObject({ figures });
    expect(await db.draftFigures.where('key').startsWith(`sources:${QUARTER}:`).count()).toBe(1);
    const { content } = await loadQuarterPicture(QUARTER);
    expect(figures).toEqual(figuresOf(content, null));
    expect(figures.ragMix.red).toBe(1);
  });

  it('is worked out once for two views asking at once', async () => {
    workers = await startInProcessWorkers('draftWorker');
    const first = loadScrutinyPicture(QUARTER);
    const second = loadScrutinyPicture(QUARTER);
    const [one, other] = await Promise.all([first, second]);
    expect(other.figures).toEqual(one.figures);
    expect(workers).toHaveLength(1);
  });

  it('is compared with the closed quarter before it, whose figures reach the worker after it starts', async () => {
    await saveUpdate('bulk-7', '2026-Q1', ragUpdate('green'));
    await closeQuarter('2026-Q1');
    workers = await startInProcessWorkers('draftWorker');
    const { figures, previous } = await loadScrutinyPicture(QUARTER);
    expect(workers).toHaveLength(1);
    const { content, previous: before } = await loadQuarterPicture(QUARTER);
    if (!before || !previous) throw new Error('the closed quarter before expected');
    expect(figures).toEqual(figuresOf(content, { content: before, figures: previous }));
    expect(figures.comparedWith).toBe('2026-Q1');
    expect(figures.direction.betterOrWorse.total).toBe(1);
  });

  it('fails, and its worker is stopped, when the closed quarter before cannot be read', async () => {
    await closeQuarter('2026-Q1');
    // The record altered, with no figures kept for it: nothing can be compared with.
    await db.quarterFigures.clear();
    const [record] = await db.snapshots.toArray();
    if (!record) throw new Error('the closed record expected');
    await db.snapshots.put({ ...record, content: { ...(record.content as object), actions: [] } });
    workers = await startInProcessWorkers('draftWorker');
    await expect(loadScrutinyPicture(QUARTER)).rejects.toThrow(SNAPSHOT_ALTERED_MESSAGE);
    expect(workers.map((worker) => worker.terminated)).toEqual([true]);
    // Nothing is left waiting: the next asking for the quarter is answered.
    await expect(loadScrutinyPicture(QUARTER)).rejects.toThrow(SNAPSHOT_ALTERED_MESSAGE);
    workers.forEach((worker) => (worker.closed = true));
  });

  it('is worked out again without looking at the plan’s size: the figures last kept tell it', async () => {
    workers = await startInProcessWorkers('draftWorker');
    const keys = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys');
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    const actionKeysAsked = () =>
      (keys.mock.contexts as IDBObjectStore[]).filter((store) => store.name === 'actions').length;
    await loadScrutinyPicture(QUARTER);
    // Nothing kept tells the size: the first 2,000 actions' keys are read, and none counted.
    expect(actionKeysAsked()).toBe(1);
    expect(keys.mock.calls.at(0)?.[0]).toMatchObject({ count: 2000 });
    expect(count).not.toHaveBeenCalled();
    keys.mockClear();

    await saveUpdate('bulk-8', QUARTER, ragUpdate('red'));
    const { figures } = await loadScrutinyPicture(QUARTER);
    expect(figures.ragMix.red).toBe(2);
    expect(workers).toHaveLength(2);
    expect(actionKeysAsked()).toBe(0);
  });
});

describe('a large plan’s draft worker, started ahead', () => {
  /** A draft worked out in a worker, which this browser then remembers; its worker closed. */
  async function workedOutInAWorker() {
    await loadScrutinyPicture(QUARTER);
    await vi.waitFor(() => expect(workers.every((worker) => worker.closed)).toBe(true));
  }

  it('is started as the workspace opens once a draft was worked out in one, and given the first draft', async () => {
    workers = await startInProcessWorkers('draftWorker');
    warmDraftWorker(db.name);
    expect(workers).toHaveLength(0);
    await workedOutInAWorker();
    await saveUpdate('bulk-8', QUARTER, ragUpdate('red'));

    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const keptSourcesRead = () =>
      get.mock.calls.filter(([key]) => String(key).startsWith('sources:')).length;
    warmDraftWorker(db.name);
    expect(workers).toHaveLength(2);
    // It reads the sources kept last time before it is asked, and is then given the draft.
    await vi.waitFor(() => expect(keptSourcesRead()).toBe(1));
    const { figures } = await loadScrutinyPicture(QUARTER);
    expect(workers).toHaveLength(2);
    expect(keptSourcesRead()).toBe(1);
    expect(figures.ragMix.red).toBe(2);
    const { content } = await loadQuarterPicture(QUARTER);
    expect(figures).toEqual(figuresOf(content, null));
  });

  it('is not started for a plan whose last draft was worked out on the page', async () => {
    workers = await startInProcessWorkers('draftWorker');
    await workedOutInAWorker();
    const small = await freshWorkspace();
    await loadScrutinyPicture(QUARTER);
    warmDraftWorker(small.name);
    expect(workers).toHaveLength(1);
  });

  it('is stopped when no draft is asked for within a minute', async () => {
    workers = await startInProcessWorkers('draftWorker');
    await workedOutInAWorker();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    warmDraftWorker(db.name);
    const [, ahead] = workers;
    vi.advanceTimersByTime(59_000);
    expect(ahead?.terminated).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(ahead?.terminated).toBe(true);
    vi.useRealTimers();
    workers.forEach((worker) => (worker.closed = true));
  });

  it('is stopped, and another started, when the draft asked for is another database’s', async () => {
    workers = await startInProcessWorkers('draftWorker');
    await workedOutInAWorker();
    warmDraftWorker(db.name);
    const [, ahead] = workers;
    const other = await freshWorkspace();
    await other.actions.bulkAdd(
      Array.from({ length: 2000 }, (_, i) => action({ id: `new-${i}`, ref: `VAWG-${1000 + i}` })),
    );
    const { figures } = await loadScrutinyPicture(QUARTER);
    expect(figures.actions).toBe(2000);
    expect(workers).toHaveLength(3);
    expect(ahead?.terminated).toBe(true);
    if (ahead) ahead.closed = true;
  });

  it('is let go if its code cannot be run, and the draft starts its own', async () => {
    workers = await startInProcessWorkers('draftWorker');
    await workedOutInAWorker();
    warmDraftWorker(db.name);
    const [, ahead] = workers;
    (ahead?.onerror as unknown as ((event: Partial<ErrorEvent>) => void) | null)?.({
      message: 'Failed to fetch the worker’s code',
    });
    expect(ahead?.terminated).toBe(true);
    if (ahead) ahead.closed = true;
    await saveUpdate('bulk-8', QUARTER, ragUpdate('red'));
    const { figures } = await loadScrutinyPicture(QUARTER);
    expect(figures.ragMix.red).toBe(2);
    expect(workers).toHaveLength(3);
  });
});
