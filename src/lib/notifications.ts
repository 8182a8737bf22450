/**
 * Mantine's notifications, as the pages show them. Their code (about 14 KB gzip) and the message
 * area that draws them (`app/MessageArea.tsx`) are fetched after the first screen and the area is
 * drawn with the first message, not at start-up nor with each page that may show one: drawing the
 * area as the app started cost a phone a restyle and layout of the whole page (issue 20). A notice
 * shown before the area is drawn waits in Mantine's store until it is.
 */
import type { NotificationData } from '@mantine/notifications';
import { create } from 'zustand';

/** Whether a message has been shown in this visit, so the message area must be drawn. */
const useMessageArea = create<{ readonly wanted: boolean }>(() => ({ wanted: false }));

export const useMessageAreaWanted = () => useMessageArea((state) => state.wanted);

export const notifications = {
  show(data: NotificationData): void {
    useMessageArea.setState({ wanted: true });
    void import('@mantine/notifications')
      .then(({ notifications: shown }) => shown.show(data))
      // Not an unhandled failure, whose notice would come back here: when the code cannot be
      // fetched (the network gone before it was, or a newer version deployed), nothing can be shown.
      .catch(() => undefined);
  },
};
