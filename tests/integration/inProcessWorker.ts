import { vi } from 'vitest';
import { WORKER_COPY } from '../workerCopies';

type Handler = ((event: { data: unknown }) => void) | null;

/** Each start's worker modules are a copy of their own (`tests/workerCopies.ts`). */
let copies = 0;

/**
 * A Worker whose script (`src/api/<script>.ts`) is imported into this process with modules of its
 * own: its own connection, its own signed-in person, its own announcements, as a real worker has.
 * Its global scope passes messages to and from the page's side. Undo with `vi.unstubAllGlobals()`.
 */
export async function startInProcessWorkers(
  script: 'backupWorker' | 'closeWorker' | 'draftWorker' | 'recordWorker',
) {
  const started: InProcessWorker[] = [];
  const scope: {
    onmessage: Handler;
    postMessage(data: unknown): void;
    close(): void;
    location: Location;
  } = {
    location: window.location,
    onmessage: null,
    // One worker at a time: the latest started hears the answer.
    postMessage: (data) => setTimeout(() => started.at(-1)?.onmessage?.({ data })),
    close: () => {
      const latest = started.at(-1);
      if (latest) latest.closed = true;
    },
  };
  class InProcessWorker {
    onmessage: Handler = null;
    onerror = null;
    terminated = false;
    /** Closed by its own script (`self.close()`), as a worker that has finished its work is. */
    closed = false;
    constructor() {
      started.push(this);
    }
    postMessage(data: unknown) {
      setTimeout(() => scope.onmessage?.({ data }));
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', InProcessWorker);
  vi.stubGlobal('self', scope);
  copies += 1;
  await import(/* @vite-ignore */ `../../src/api/${script}.ts?${WORKER_COPY}=${copies}`);
  return started;
}
