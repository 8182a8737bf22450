import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * For a button that takes itself away when pressed, its place taken by another control: once
 * `shown` (what decides which is in place) has changed after `follow(true)`, the focus moves to
 * `target`, the control now in place, rather than to nowhere. `follow(false)` stands down (the
 * change failed, and a later one made elsewhere must not move the focus).
 */
export function useFocusFollows(
  shown: unknown,
  target: RefObject<HTMLElement | null>,
): (armed: boolean) => void {
  const armed = useRef(false);
  useEffect(() => {
    if (!armed.current) return;
    armed.current = false;
    target.current?.focus();
  }, [shown, target]);
  return useCallback((follow: boolean) => {
    armed.current = follow;
  }, []);
}
