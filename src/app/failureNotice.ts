import { wantMessageArea } from '../lib/notifications';

/**
 * Nothing fails in silence: a promise that fails with nobody to catch it shows a notice in words,
 * so a person knows their last step did not finish. Returns the function that stops listening.
 * The notice's code is loaded when a failure needs it, not with the first screen.
 */
export function noticeUnhandledFailures(): () => void {
  const notice = (event: PromiseRejectionEvent) => {
    wantMessageArea();
    void Promise.all([import('@mantine/notifications'), import('../api/errors')])
      .then(([{ notifications }, { messageOf }]) =>
        notifications.show({
          id: 'unhandled-failure',
          color: 'red',
          autoClose: false,
          title: 'Something did not finish',
          message: `${messageOf(event.reason)} Try the last step again, or reload the page.`,
        }),
      )
      // Not another unhandled failure, which would come back here: when even the notice's code
      // cannot be fetched (the network gone, or a newer version deployed), there is nothing to show.
      .catch(() => undefined);
  };
  window.addEventListener('unhandledrejection', notice);
  return () => window.removeEventListener('unhandledrejection', notice);
}
