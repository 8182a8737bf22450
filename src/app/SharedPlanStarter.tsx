import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { startSharedPlan } from '../api/sync';

/**
 * Starts syncing once the workspace is open, when the page came from a shared-plan server; in
 * local mode it does nothing. What the screens show is refetched after each sync.
 */
export function SharedPlanStarter() {
  const client = useQueryClient();
  useEffect(() => startSharedPlan(() => void client.invalidateQueries()), [client]);
  return null;
}
