import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * What leaving now would lose, as the dialog says it (`LeavingGuard.tsx`), and its two buttons.
 */
export interface LeavingWords {
  readonly title: string;
  readonly body: string;
  readonly stay: string;
  readonly leave: string;
}

export const UNSAVED: LeavingWords = {
  title: 'Leave without saving?',
  body: 'You have changes on this page that are not saved. If you leave now, they will be lost.',
  stay: 'Stay on this page',
  leave: 'Leave without saving',
};

/** A reason a page gives for asking before it is left: a form not saved, a restore writing. */
interface Reason {
  holds: boolean;
  released: boolean;
  words: LeavingWords;
}

/**
 * Every reason the pages shown give, in the order they were given. A router heeds one blocker at
 * a time, so the app has one (`LeavingGuard`), and it asks with every reason that holds.
 */
const reasons = new Set<Reason>();

/**
 * The words to ask with, put together when a page gives several reasons at once (a workspace's
 * name typed and not saved while a restore writes): each says what leaving would lose, and the
 * buttons name no one of them. The same words given twice (two forms not saved) are said once.
 */
export function wordsFor(given: readonly LeavingWords[]): LeavingWords | undefined {
  const words = [...new Set(given)];
  if (words.length < 2) return words[0];
  return {
    title: 'Leave this page?',
    body: words.map((one) => one.body).join(' '),
    stay: 'Stay on this page',
    leave: 'Leave anyway',
  };
}

/** The words to ask with, for every reason that holds now; or none (leave without asking). */
export const reasonToStay = (): LeavingWords | undefined =>
  wordsFor(
    [...reasons].filter((reason) => reason.holds && !reason.released).map((reason) => reason.words),
  );

/**
 * Asks before the page is left while `holds`, in `words`: moving elsewhere in the app asks first,
 * in an accessible dialog (`LeavingGuard`); leaving or reloading the page brings up the browser's
 * own prompt. Call `release()` just before a save navigates away, so saving never asks, and
 * `keep()` if the save then fails.
 */
export function useReasonToStay(holds: boolean, words: LeavingWords) {
  const reason = useRef<Reason>({ holds, released: false, words });
  useLayoutEffect(() => {
    reason.current.holds = holds;
    reason.current.words = words;
  }, [holds, words]);
  useLayoutEffect(() => {
    const given = reason.current;
    reasons.add(given);
    // The dialog's code is fetched while the page is open, so that asking never waits on it.
    void import('./LeavingDialog').catch(() => undefined);
    return () => {
      reasons.delete(given);
    };
  }, []);
  useEffect(() => {
    if (!holds) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (!reason.current.holds || reason.current.released) return;
      event.preventDefault();
      // Older browsers show their prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [holds]);
  return {
    release: () => {
      reason.current.released = true;
    },
    keep: () => {
      reason.current.released = false;
    },
  };
}

/** A form's guard: leaving with changes not saved asks first (`useReasonToStay`). */
export const useUnsavedChanges = (dirty: boolean) => useReasonToStay(dirty, UNSAVED);
