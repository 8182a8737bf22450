import { CODE_AHEAD_ELEMENT, pageAt, type CodeAhead } from './pages';

/**
 * Asks, now, for the code that opening the workspace loads, and for that of the page at this
 * address when it is one loaded on demand: a first visit straight to /plans or /scrutiny (a link
 * in an email) fetches the page's files alongside the app's, instead of one round trip after the
 * app has run and the router has found the page; and a first visit's seed is there when the
 * database is found empty. Only fetched, not run. The build lists the files in index.html; the
 * development server does not, and nothing is asked for there.
 */
export function askForCodeAhead(pathname: string, doc: Document = document): void {
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
  for (const index of new Set([...((page && code.pages[page.path]) ?? []), ...code.opening])) {
    const file = code.files[index];
    if (!file) continue;
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.setAttribute('fetchpriority', 'low');
    link.href = `/${file}`;
    doc.head.append(link);
  }
}
