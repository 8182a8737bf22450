import { useMediaQuery } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';

/**
 * Where messages appear. App loads it after the first screen, with its animation library: a message
 * shown before it arrives waits in Mantine's store and appears with it.
 */
export function MessageArea() {
  // On a phone a message at the top would cover the header (the quarter and the sync status).
  const phone = useMediaQuery('(max-width: 48em)');
  return <Notifications position={phone ? 'bottom-center' : 'top-right'} />;
}
