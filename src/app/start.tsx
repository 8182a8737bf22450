/** The app itself, started by `main.tsx` once the page has painted its opening line. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { database } from '../db/connection';
import { yieldToPage } from '../lib/yieldToPage';
import { App } from './App';
import { createRouter } from './router';

/** Starts the app in #root; resolves once its first render is under way. */
export async function startApp(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');

  // The offline demo answers data.police.uk from fixtures; the normal build calls the real API
  // (and this branch, decided at build time, is not in it).
  if (import.meta.env.MODE === 'demo') await (await import('../../mocks/browser')).startDemoApi();

  // The router made (its routes built, the address matched) and the database's schema read, each
  // in a task of its own, after that of running the app's code and before the first render: in
  // one, they made a long task on a phone (issue 20).
  await yieldToPage();
  const router = createRouter();
  await yieldToPage();
  database();
  await yieldToPage();

  // A background render, which React splits into short tasks: the page (index.html's "Opening the
  // SafetyNet workspace…") stays responsive while the app draws itself.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    ),
  );
}
