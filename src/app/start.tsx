/** The app itself, started by `main.tsx` once the page has painted its opening line. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The offline demo answers data.police.uk from fixtures; the normal build calls the real API
// (and this branch, decided at build time, is not in it).
if (import.meta.env.MODE === 'demo') await (await import('../../mocks/browser')).startDemoApi();

// A background render, which React splits into short tasks: the page (index.html's "Opening the
// SafetyNet workspace…") stays responsive while the app draws itself.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
