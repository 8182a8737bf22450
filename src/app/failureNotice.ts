import { notifications } from '../lib/notifications';

/**
 * Nothing fails in silence: a promise that fails with nobody to catch it shows a notice in words,
 * so a person knows their last step did not finish. Returns the function that stops listening.
 * The words' code is loaded when a failure needs it, not with the first screen.
 */
export function noticeUnhandledFailures(): () => void {
  const notice = (event: PromiseRejectionEvent) => {
    void import('../api/errors')
      .then(({ messageOf }) =>
        notifications.show({
          id: 'unhandled-failure',
          color: 'red',
          autoClose: false,
          title: 'Something did not finish',
          message: `${messageOf(event.reason)} Try the last step again, or reload the page.`,
        }),
      )
      // Not another unhandled failure, which would come back here.
      .catch(() => undefined);
  };
  window.addEventListener('unhandledrejection', notice);
  return () => window.removeEventListener('unhandledrejection', notice);
}
