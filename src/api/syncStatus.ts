/** The shared plan's status as the header and Settings show it; kept up to date by `sync.ts`. */
import { create } from 'zustand';
import type { KeptCheckpoint } from '../domain/syncRecords';

/** Whether the page came from a shared-plan server (it adds a meta tag to the page). */
const servedWithSharedPlan = (): boolean =>
  typeof document !== 'undefined' &&
  document.querySelector('meta[name="safetynet-server"]') !== null;

/** What the header and Settings show. */
export interface SyncStatus {
  /** The page was served by a shared-plan server. */
  readonly available: boolean;
  readonly connected: boolean;
  readonly online: boolean;
  readonly syncing: boolean;
  readonly pending: number;
  readonly conflicts: number;
  readonly lastSyncedAt: string | null;
  readonly error: string | null;
  /** The last checkpoint of the server's audit trail this browser verified. */
  readonly checkpoint: Pick<KeptCheckpoint, 'size' | 'root' | 'issuedAt'> | null;
  /** While joining: rows received of the total. */
  readonly progress: { readonly done: number; readonly total: number } | null;
}

export const useSyncStatus = create<SyncStatus>(() => ({
  available: servedWithSharedPlan(),
  connected: false,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  pending: 0,
  conflicts: 0,
  lastSyncedAt: null,
  error: null,
  checkpoint: null,
  progress: null,
}));
