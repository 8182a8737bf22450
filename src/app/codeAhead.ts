import { yieldToPage } from '../lib/yieldToPage';
import { CODE_AHEAD_ELEMENT, pageAt, type CodeAhead } from './pages';

/** Links added in one task: a first visit to /plans adds 27, one task of 55 ms while traced. */
const LINKS_PER_TASK = 6;

/**
 * Asks, now, for the code that opening the workspace loads, and for that of the page at this
 * address when it is one loaded on demand: a first visit straight to /plans or /scrutiny (a link
 * in an email) fetches the page's files alongside the app's, instead of one round trip after the
 * app has run and the router has found the page; and a first visit's seed is there when the
 * database is found empty. Only fetched, not run. The build lists the files in index.html; the
 * development server does not, and nothing is asked for there. A few links a task, so that no
 * task of the first load is long (issue 20); resolves when every one is in the page.
 */
export async function askForCodeAhead(pathname: string, doc: Document = document): Promise<void> {
  const listed = doc.getElementById(CODE_AHEAD_ELEMENT)?.textContent;
  if (!listed) return;
  let code: CodeAhead;
  try {
    code = JSON.parse(listed) as CodeAhead;
  } catch {
    return; // Only a head start: the router fetches the page's code itself in any case.
  }
  const page = pageAt(pathname);
  // The page's first: on a connection that fetches a few files at a time, the page waits for them.
  const files = [...new Set([...((page && code.pages[page.path]) ?? []), ...code.opening])]
    .map((index) => code.files[index])
    .filter((file) => file !== undefined);
  for (const [index, file] of files.entries()) {
    if (index > 0 && index % LINKS_PER_TASK === 0) await yieldToPage();
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.setAttribute('fetchpriority', 'low');
    link.href = `/${file}`;
    doc.head.append(link);
  }
}
