/**
 * Filters kept in the address bar, so a filtered view can be bookmarked or shared. Changing a
 * filter replaces the history entry rather than adding one per keystroke.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export function useUrlFilters<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () =>
      Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<K, string>,
    // names is a constant list per screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params],
  );
  /** Sets one or more filters at once. Any change other than the page returns to page 1. */
  const setFilters = useCallback(
    (changes: Partial<Record<K, string>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes) as [K, string][]) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setFilter = useCallback(
    (name: K, value: string) => setFilters({ [name]: value } as Partial<Record<K, string>>),
    [setFilters],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = names.some(
    (name) => values[name] !== '' && name !== 'page' && name !== 'sort' && name !== 'dir',
  );
  return { values, setFilter, setFilters, clear, active };
}
