/** Turns a failed command into what a form shows: problems tied to fields, or one message. */
import { StaleConnectionError, ValidationError } from '../db/commandErrors';
import type { Problem } from '../domain/problems';

export type { Problem };

export function problemsOf(error: unknown): Problem[] {
  if (error instanceof ValidationError) return [...error.problems];
  return [];
}

/**
 * The browser refused to store more: the device or the site's share of it is full. Wherever in
 * the chain the refusal is: Dexie wraps the browser's error as `inner`, and a DOMException is not
 * an Error everywhere (a worker's, Node's).
 */
export function isStorageFull(error: unknown): boolean {
  type Link = { name?: unknown; inner?: unknown; cause?: unknown };
  for (let cause = error as Link | undefined; cause && typeof cause === 'object';) {
    if (cause.name === 'QuotaExceededError') return true;
    cause = (cause.inner ?? cause.cause) as Link | undefined;
  }
  return false;
}

const STORAGE_FULL_MESSAGE =
  'This browser has run out of space for the app, so nothing was saved and your data is as it was. Free up space on the device (or download a backup and remove old data), then try again.';

export function messageOf(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE;
  if (error instanceof ValidationError) return error.message;
  if (error instanceof StaleConnectionError) return error.message;
  if (error instanceof Error) return `Something went wrong and nothing was saved: ${error.message}`;
  return 'Something went wrong and nothing was saved.';
}
