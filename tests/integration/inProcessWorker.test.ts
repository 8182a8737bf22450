/**
 * The in-process worker (`inProcessWorker.ts`): its modules are its own, and the page's stay the
 * page's, even those the page loads on demand after the worker has started.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { database } from '../../src/db/connection';
import { startInProcessWorkers } from './inProcessWorker';
import { freshWorkspace } from './renderApp';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('leaves the page its own modules, whatever the page loads after the worker starts', async () => {
  const db = await freshWorkspace();
  await startInProcessWorkers('recordWorker');
  // Loaded on demand by the page after the worker's modules were.
  const { database: onDemand } = await import('../../src/db/connection');
  expect(onDemand).toBe(database);
  expect(onDemand()).toBe(db);
});

it('gives each worker its own copy of the app’s modules', async () => {
  await freshWorkspace();
  // Each time, the worker's script runs, as a new worker's does, and sets its scope's handler.
  const handlerOfANewWorker = async () => {
    await startInProcessWorkers('recordWorker');
    return (self as unknown as { onmessage: unknown }).onmessage;
  };
  const handlers = [await handlerOfANewWorker(), await handlerOfANewWorker()];
  expect(handlers).toEqual([expect.any(Function), expect.any(Function)]);
  expect(handlers[0]).not.toBe(handlers[1]);
});
