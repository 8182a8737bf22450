/**
 * Where a reader is in a quarter's round: which bodies' lines are shown, and at which page. It is
 * kept in the round's address (`?GYV=20`: the gangs subgroup's lines shown at page 20; `?GYV=hidden`),
 * and a link from the round to an update carries it, so that coming back (the update's "Back to
 * the round", saving the last update owing, or the browser's Back button) finds the round as the
 * reader left it, not folded again at its first page.
 */
import { useLocation } from 'react-router';
import { useUrlFilters } from '../../lib/useUrlFilters';

const HIDDEN = 'hidden';

/** What a link from the round to an update carries: the round's address as the reader left it. */
interface FromTheRound {
  readonly round: string;
}

/**
 * A body's lines in the round: shown or not, at which page, and how to change either. Held in the
 * address as the plan's filters are (`useUrlFilters`), under the body's id.
 */
export function useRoundPlace(bodyId: string, startOpen: boolean) {
  const { values, setFilter } = useUrlFilters([bodyId]);
  const held = values[bodyId];
  const open = held === '' ? startOpen : held !== HIDDEN;
  const page = Math.max(1, Math.floor(Number(held)) || 1);
  const hold = (value: string) => setFilter(bodyId, value);
  // Shown again, a body's lines start at their first page ('' is the body's own default).
  const toggle = () => hold(open === startOpen ? (open ? HIDDEN : '1') : '');
  const turn = (to: number) => hold(String(to));
  return { open, page, toggle, turn };
}

/** The state a link from the round to one of its updates carries. */
export function useFromTheRound(): FromTheRound {
  return { round: useLocation().search };
}

/** The round's address, with the reader's place in it if they came from there. */
export function useRoundAddress(quarterKey: string): string {
  const state = useLocation().state as Partial<FromTheRound> | null;
  const place = typeof state?.round === 'string' && state.round.startsWith('?') ? state.round : '';
  return `/updates/${quarterKey}${place}`;
}
