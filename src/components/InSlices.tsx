import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Draws its children in a transition once the page has painted what comes before them: React
 * then renders a long page in slices and lets the browser answer clicks and keys between them,
 * rather than in one long task. Nothing is shown in their place meanwhile; put it below what the
 * reader sees first, so nothing above moves when it arrives.
 */
export function InSlices({ children }: { readonly children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown ? children : null;
}
