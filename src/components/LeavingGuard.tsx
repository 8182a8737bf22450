import { lazy, Suspense } from 'react';
import { useBlocker } from 'react-router';
import { reasonToStay, UNSAVED } from './reasonsToStay';

/** The dialog's code (Mantine's modal) is loaded when a page is first left with a reason to stay. */
const LeavingDialog = lazy(async () => ({
  default: (await import('./LeavingDialog')).LeavingDialog,
}));

/**
 * The app's one blocker: moving to another page while a page has a reason to stay
 * (`useReasonToStay`) asks first, in the words of that reason.
 */
export function LeavingGuard() {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      reasonToStay() !== undefined &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );
  if (blocker.state !== 'blocked') return null;
  return (
    <Suspense fallback={null}>
      <LeavingDialog
        words={reasonToStay() ?? UNSAVED}
        stay={() => blocker.reset()}
        leave={() => blocker.proceed()}
      />
    </Suspense>
  );
}
