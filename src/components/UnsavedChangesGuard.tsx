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
  armed: boolean;
  released: boolean;
  words: LeavingWords;
}

/**
 * Every reason the pages shown give, in the order they were given. A router heeds one blocker at
 * a time, so the app has one (`LeavingGuard`), and it asks whichever reason holds.
 */
const reasons = new Set<Reason>();

/** The first reason that holds now: the words to ask with, or none (leave without asking). */
export const reasonToStay = (): LeavingWords | undefined =>
  [...reasons].find((reason) => reason.armed && !reason.released)?.words;

/**
 * Guards a form with unsaved changes (or, with its own `words`, work a page is still doing).
 * Moving elsewhere in the app asks first, in an accessible dialog (`LeavingGuard`); leaving or
 * reloading the page brings up the browser's own prompt. Call `release()` just before a save
 * navigates away, so saving never asks, and `keep()` if the save then fails.
 */
export function useUnsavedChanges(dirty: boolean, words: LeavingWords = UNSAVED) {
  const reason = useRef<Reason>({ armed: dirty, released: false, words });
  useLayoutEffect(() => {
    reason.current.armed = dirty;
    reason.current.words = words;
  }, [dirty, words]);
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
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (!reason.current.armed || reason.current.released) return;
      event.preventDefault();
      // Older browsers show their prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    release: () => {
      reason.current.released = true;
    },
    keep: () => {
      reason.current.released = false;
    },
  };
}
