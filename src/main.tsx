import './app/styles';
import './app/global.css';
import { askForCodeAhead } from './app/codeAhead';
import { loadLocaleData } from './app/localeData';
import { yieldToPage } from './lib/yieldToPage';

void askForCodeAhead(window.location.pathname);

/**
 * Resolves once the browser has painted a frame (the first one shows index.html's "Opening the
 * SafetyNet workspace…"), or at once in a tab that is not shown (which paints nothing).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A tab hidden meanwhile has no frames: start anyway.
    setTimeout(resolve, 500);
  });
}

// The app's code is fetched alongside the page (index.html asks for it ahead, behind the
// stylesheet) but runs only after that first paint, in three tasks (React's libraries, the others,
// then the app a frame later): running it was the first load's longest task, and on a phone the page
// stayed blank until it ended (issue 20). The browser's locale data is loaded before them, in
// tasks of its own (app/localeData.ts). Not awaited at the top level: the app's code imports
// Vite's loader from this file, which must have finished running.
void afterNextPaint()
  .then(loadLocaleData)
  .then(() => import('./app/libraries'))
  .then(yieldToPage)
  .then(() => import('./app/dataLibraries'))
  .then(afterNextPaint)
  .then(() => import('./app/start'))
  .then(({ startApp }) => startApp())
  .catch((error: unknown) => {
    const opening = document.querySelector('.app-opening');
    if (opening) {
      opening.setAttribute('role', 'alert');
      opening.textContent = `The app could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and reload the page.`;
    }
    throw error;
  });
