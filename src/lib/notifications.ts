/**
 * Mantine's notifications, as the pages show them. Their code (about 14 KB gzip) arrives with the
 * message area that draws them (`app/MessageArea.tsx`, after the first screen), not with each page
 * that may show one: a page's own files are fewer, and a notice shown before the area is drawn
 * waits in Mantine's store until it is.
 */
import type { NotificationData } from '@mantine/notifications';

export const notifications = {
  show(data: NotificationData): void {
    void import('@mantine/notifications').then(({ notifications: shown }) => shown.show(data));
  },
};
