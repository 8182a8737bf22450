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
  const setFilter = useCallback(
    (name: K, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = names.some((name) => values[name] !== '');
  return { values, setFilter, clear, active };
}
