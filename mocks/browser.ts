/**
 * The offline demo (`npm run demo`): MSW's service worker answers data.police.uk with the
 * stand-in in `police/api.ts`, so crime figures can be shown with no network. Never part of the
 * normal build: `main.tsx` loads this only when Vite's mode is "demo".
 */
import { setupWorker } from 'msw/browser';
import { policeHandlers } from './police/api';

export async function startDemoApi(): Promise<void> {
  await setupWorker(...policeHandlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
