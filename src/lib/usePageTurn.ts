import { useEffect, useRef } from 'react';

/**
 * Where a reader lands after choosing another page of a long list: the line saying which rows are
 * shown, above the list. The pager sits below the list, so without this a keyboard or screen
 * reader user is left at its foot, after the rows they asked to read. `page` is the page shown;
 * `turned()` is called by the pager, so the page first drawn, or one changed by a filter, leaves
 * focus where it is.
 */
export function usePageTurn<E extends HTMLElement>(page: number) {
  const shownLine = useRef<E>(null);
  const turning = useRef(false);
  useEffect(() => {
    if (!turning.current) return;
    turning.current = false;
    shownLine.current?.focus();
  }, [page]);
  return {
    shownLine,
    turned: () => {
      turning.current = true;
    },
  };
}
