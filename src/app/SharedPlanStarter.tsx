import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { workOutDraftSoon } from '../api/draftInBackground';
import { useSession } from '../api/sessionState';
import { useSyncStatus } from '../api/syncStatus';

/**
 * Starts syncing once the workspace is open, when the page came from a shared-plan server and a
 * member is signed in; in local mode it does nothing. What the screens show is refetched after
 * each sync that changed something (and the reporting quarter's figures worked out again soon),
 * and when the person's role changes: not as the app is first drawn, when every screen is reading
 * for the first time (and a large plan's figures may be being worked out).
 */
export function SharedPlanStarter() {
  const client = useQueryClient();
  const role = useSession((session) => session.member?.role);
  const roleRead = useRef(role);
  useEffect(() => {
    if (roleRead.current !== role) {
      roleRead.current = role;
      void client.invalidateQueries();
    }
    // The syncing's code is loaded only for a page served by a shared-plan server.
    if (!useSyncStatus.getState().available) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('../api/sync').then(({ startSharedPlan }) => {
      if (!stopped)
        stop = startSharedPlan(() => {
          void client.invalidateQueries();
          workOutDraftSoon();
        });
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [client, role]);
  return null;
}
