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

/**
 * The backup worker's answer that a restore's database is written, held back until the test lets
 * it through: the restore is then being written for as long as the test needs. Call after
 * `startInProcessWorkers('backupWorker')`.
 */
export function holdTheRestoredAnswer() {
  const scope = self as unknown as { postMessage(data: unknown): void };
  const post = scope.postMessage;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let written = false;
  scope.postMessage = (data) => {
    if ((data as { kind: string }).kind !== 'restored') return post(data);
    written = true;
    void released.then(() => post(data));
  };
  return { release, written: () => written };
}
