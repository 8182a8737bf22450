import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Within a quarter of a screen of the visible part of the page (the observer's margin below). */
function isNear(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const margin = window.innerHeight / 4;
  return bottom >= -margin && top <= window.innerHeight + margin;
}

/**
 * Whether an element has come near the visible part of the page (within a quarter of a screen of it), once;
 * it stays true. Where the browser cannot tell (no IntersectionObserver), it is true at once.
 */
export function useNearView<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // Near the screen as it appears: known before it is painted, not a frame later from the
  // observer's first report (15-30 ms of a chart's way to the scrutiny view).
  useLayoutEffect(() => {
    if (ref.current && isNear(ref.current)) setNear(true);
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '25% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return { ref, near };
}
