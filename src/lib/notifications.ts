/**
 * Mantine's notifications, as the pages show them. Their code (about 14 KB gzip) and the message
 * area that draws them (`app/MessageArea.tsx`) arrive with the first message, not at start-up nor
 * with each page that may show one: drawing the area as the app started cost a phone a restyle and
 * layout of the whole page (issue 20). A notice shown before the area is drawn waits in Mantine's
 * store until it is.
 */
import type { NotificationData } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';

let wanted = false;
const listeners = new Set<() => void>();

/** Asks for the message area: from now on it is drawn. */
export function wantMessageArea(): void {
  if (wanted) return;
  wanted = true;
  listeners.forEach((listener) => listener());
}

/** Whether a message has been shown in this visit, so the message area must be drawn. */
export function useMessageAreaWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => wanted,
  );
}

export const notifications = {
  show(data: NotificationData): void {
    wantMessageArea();
    void import('@mantine/notifications').then(({ notifications: shown }) => shown.show(data));
  },
};
