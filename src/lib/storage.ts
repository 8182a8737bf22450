/**
 * The browser's storage for this site: whether it is persistent (safe from eviction when the
 * device runs short of space) and how much is used.
 */
export interface StorageStatus {
  readonly supported: boolean;
  readonly persisted: boolean;
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

let requested = false;

/** Asks once per session, after the first change, so the browser does not evict the data. */
export async function requestPersistentStorageOnce(): Promise<boolean | null> {
  if (requested || typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  requested = true;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageStatus(): Promise<StorageStatus> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) {
    return { supported: false, persisted: false, usageBytes: null, quotaBytes: null };
  }
  const [persisted, estimate] = await Promise.all([
    navigator.storage.persisted ? navigator.storage.persisted() : Promise.resolve(false),
    navigator.storage.estimate(),
  ]);
  return {
    supported: true,
    persisted,
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
