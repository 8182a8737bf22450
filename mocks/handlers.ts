/**
 * MSW request handlers for the external services the app talks to. The app keeps everything on
 * the device; the only outside call is the public data.police.uk API (outcome indicators), answered
 * here by a stand-in with fixture data (`police/api.ts`). Tests run with
 * `onUnhandledRequest: 'error'`, so any request the app makes that is not listed here fails.
 */
import type { RequestHandler } from 'msw';
import { policeHandlers } from './police/api';

export const handlers: RequestHandler[] = [...policeHandlers];
