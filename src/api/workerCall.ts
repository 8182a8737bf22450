/**
 * Asking a module worker one thing: the request is sent, and each answer goes to `hear` until it
 * returns the result (or throws). A worker's own failure rejects, worded as the page's own error.
 * Used by the export and backup workers alike.
 */
import { errorOf, type WorkerFailure } from './workerFailure';

type Failed = { readonly kind: 'failed'; readonly failure: WorkerFailure };

export function askWorker<Reply extends { readonly kind: string }, Result>(
  worker: Worker,
  request: unknown,
  hear: (reply: Exclude<Reply, Failed>) => Result | undefined,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      try {
        if (data.kind === 'failed') throw errorOf((data as unknown as Failed).failure);
        const result = hear(data as Exclude<Reply, Failed>);
        if (result !== undefined) resolve(result);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) =>
      reject(new Error(`the worker could not start (${event.message || 'no reason given'})`));
    worker.postMessage(request);
  });
}
