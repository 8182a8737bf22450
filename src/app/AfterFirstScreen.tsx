import { useEffect, useState, type ReactNode } from 'react';

/** Longest wait for an idle moment before the deferred parts are drawn anyway (ms). */
const AT_MOST = 2000;

/**
 * Draws its children once the first screen is on the page and the browser has a quiet moment:
 * for what the first paint does not need (the message area, the service worker's registration),
 * whose code would otherwise be fetched and run while the first screen is still being drawn.
 */
export function AfterFirstScreen({ children }: { readonly children: ReactNode }) {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setDue(true), 0);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(() => setDue(true), { timeout: AT_MOST });
    return () => window.cancelIdleCallback(idle);
  }, []);
  return due ? children : null;
}
