/**
 * An error as it crosses from a worker to the page: a worker's errors arrive as plain data, so
 * they carry what the page words them by (`messageOf`, `problemsOf` in `errors.ts`).
 */
import { ValidationError } from '../db/command';
import type { Problem } from '../domain/problems';
import { isStorageFull } from './errors';

export interface WorkerFailure {
  readonly name: string;
  readonly message: string;
  /** A command's refusal of its input, tied to fields. */
  readonly problems: readonly Problem[];
}

/** In the worker: the error as data. A full disk is named as such wherever in the chain it is. */
export function failureOf(error: unknown): WorkerFailure {
  const name = isStorageFull(error)
    ? 'QuotaExceededError'
    : error instanceof Error
      ? error.name
      : 'Error';
  return {
    name,
    message: error instanceof Error ? error.message : String(error),
    problems: error instanceof ValidationError ? error.problems : [],
  };
}

/** On the page: the error again, as the page's own code would have thrown it. */
export function errorOf(failure: WorkerFailure): Error {
  if (failure.problems.length > 0) return new ValidationError(failure.problems);
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}
