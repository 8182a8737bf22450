/** Turns a failed command into what a form shows: problems tied to fields, or one message. */
import { StaleConnectionError, ValidationError } from '../db/command';
import type { Problem } from '../domain/problems';

export type { Problem };

export function problemsOf(error: unknown): Problem[] {
  if (error instanceof ValidationError) return [...error.problems];
  return [];
}

export function messageOf(error: unknown): string {
  if (error instanceof ValidationError) return error.message;
  if (error instanceof StaleConnectionError) return error.message;
  if (error instanceof Error) return `Something went wrong and nothing was saved: ${error.message}`;
  return 'Something went wrong and nothing was saved.';
}
