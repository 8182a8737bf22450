/**
 * MSW request handlers for the external services the app talks to. The app keeps everything on
 * the device; the only planned outside call is the public data.police.uk API (outcome
 * indicators), whose handlers are added here with that work. Tests run with
 * `onUnhandledRequest: 'error'`, so any request the app makes that is not listed here fails.
 */
import type { RequestHandler } from 'msw';

export const handlers: RequestHandler[] = [];
