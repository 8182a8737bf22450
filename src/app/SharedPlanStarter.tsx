import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { startSharedPlan } from '../api/sync';
import { useSession } from '../api/session';

/**
 * Starts syncing once the workspace is open, when the page came from a shared-plan server and a
 * member is signed in; in local mode it does nothing. What the screens show is refetched after
 * each sync, and when the person's role changes.
 */
export function SharedPlanStarter() {
  const client = useQueryClient();
  const role = useSession((session) => session.member?.role);
  useEffect(() => {
    void client.invalidateQueries();
    return startSharedPlan(() => void client.invalidateQueries());
  }, [client, role]);
  return null;
}
