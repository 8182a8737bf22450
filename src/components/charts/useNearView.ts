import { useLayoutEffect, useRef, useState } from 'react';

/** How near the visible part of the page counts as near: a quarter of a screen. */
const MARGIN = 0.25;

/**
 * Whether an element has come near the visible part of the page (within a quarter of a screen of it), once;
 * it stays true. One already near when it is first laid out is near before the browser paints
 * (an IntersectionObserver would say so a frame or more later); one further down is watched.
 * Where the browser cannot tell (no IntersectionObserver), it is true at once.
 */
export function useNearView<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const { top, bottom } = element.getBoundingClientRect();
    const margin = window.innerHeight * MARGIN;
    if (bottom >= -margin && top <= window.innerHeight + margin) {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: `${MARGIN * 100}% 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return { ref, near };
}
