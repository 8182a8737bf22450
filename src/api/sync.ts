/**
 * The browser side of the shared plan (decision 0010): pushes the outbox, pulls what this browser
 * has not seen, and keeps a small status everyone can read (online, waiting, last synced, errors,
 * conflicts; `syncStatus.ts`, which the screens read without loading this). One sync runs at a
 * time; a request during one runs once more after it.
 */
import { applyPull, applyPushResults, markSetUp, startJoining } from '../db/sync/apply';
import { database, onCommitted } from '../db/connection';
import type { SyncState } from '../domain/syncRecords';
import {
  keyOfRow,
  SYNCED_TABLES,
  type PullResponse,
  type PushResponse,
  type ServerHead,
} from '../domain/sync';
import type { SetupRequest } from '../domain/syncSchema';
import { call, SyncError } from './serverCall';
import { useSession } from './sessionState';
import { checkServerTrail, confirmTrail } from './trail';
import { useSyncStatus, type SyncStatus } from './syncStatus';

const set = (patch: Partial<SyncStatus>) => useSyncStatus.setState(patch);

/** Where the server's plan stands, and how many records it holds. */
export const serverWorkspace = () =>
  call<ServerHead & { workspaceId: string | null; rows: number }>('/api/workspace');

/** Refreshes the counts the header shows from this browser's database. */
async function refreshSyncCounts(): Promise<void> {
  const db = database();
  const [state, pending, conflicts] = await Promise.all([
    db.syncState.get('sync'),
    db.outbox.count(),
    db.conflicts.count(),
  ]);
  set({
    connected: state !== undefined,
    pending,
    conflicts,
    lastSyncedAt: state?.lastSyncedAt ?? null,
    checkpoint: state?.checkpoint ?? null,
  });
}

const PUSH_BATCH = 25;
const PULL_BATCH = 2000;

/** Sends the outbox in order; says whether the server turned any change back (rows rolled back). */
async function pushOutbox(state: SyncState): Promise<boolean> {
  const db = database();
  let turnedBack = false;
  for (;;) {
    const batch = await db.outbox.orderBy('seq').limit(PUSH_BATCH).toArray();
    if (batch.length === 0) return turnedBack;
    let answer: Pick<PushResponse, 'results'>;
    try {
      answer = await call<PushResponse>('/api/push', {
        method: 'POST',
        body: JSON.stringify({
          workspaceId: state.workspaceId,
          deviceId: state.deviceId,
          mutations: batch.map(({ seq: _seq, ...mutation }) => {
            void _seq;
            return mutation;
          }),
        }),
      });
    } catch (error) {
      // A change the person's role may not make: refused whole, answered with the changes before
      // it and the rows to roll back to. Put right here like any refusal; the next push goes on.
      const refused = error instanceof SyncError && error.status === 403 ? error.body : null;
      if (!refused || !Array.isArray((refused as PushResponse).results)) throw error;
      answer = refused as PushResponse;
    }
    await applyPushResults(db, answer.results);
    turnedBack ||= answer.results.some((result) => result.status !== 'applied');
  }
}

/** Pulls until the server has nothing newer; returns how many rows and audit entries came. */
async function pullAll(
  state: SyncState,
  onBatch?: (batch: PullResponse, received: number) => void,
): Promise<{ received: number; state: SyncState }> {
  let current = state;
  let received = 0;
  let entries = 0;
  for (;;) {
    const query = new URLSearchParams({
      workspace: current.workspaceId,
      after: current.cursor,
      auditAfter: String(current.auditAfter),
      limit: String(PULL_BATCH),
    });
    const batch = await call<PullResponse>(`/api/pull?${query.toString()}`);
    current = await applyPull(database(), batch);
    received += batch.rows.length;
    entries += batch.audit.length;
    onBatch?.(batch, received);
    if (!batch.more) return { received: received + entries, state: current };
  }
}

/** A councillor's browser is sent no audit trail, so it has none to hold the server to. */
const holdsTrail = () => useSession.getState().member?.role !== 'councillor';

let running: Promise<void> | null = null;
let again = false;
let afterSync: () => void = () => undefined;

/** Called after each sync that changed something (the app refreshes what it shows). */
function onSynced(listener: () => void): void {
  afterSync = listener;
}

/** Pushes what waits and pulls what is new; at most one at a time. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        const state = await database().syncState.get('sync');
        if (!state) return;
        set({ syncing: true });
        if (holdsTrail()) await checkServerTrail(state);
        const turnedBack = await pushOutbox(state);
        const fresh = (await database().syncState.get('sync')) ?? state;
        const { received, state: pulled } = await pullAll(fresh);
        if (holdsTrail()) await confirmTrail(pulled);
        set({ error: null, online: true });
        // Most syncs bring nothing: the screens refetch only when this browser's data changed.
        if (turnedBack || received > 0) afterSync();
      } while (again);
    } catch (error) {
      set({
        error: error instanceof Error ? error.message : String(error),
        online: !(error instanceof SyncError && error.status === null),
      });
      throw error;
    } finally {
      set({ syncing: false });
      running = null;
      await refreshSyncCounts();
    }
  })();
  return running;
}

/** What first setup will send, counted for the person to see before they agree. */
export async function localWorkspaceCounts(): Promise<{
  rows: number;
  actions: number;
  updates: number;
  audit: number;
  ownChanges: number;
}> {
  const db = database();
  const [counts, audit, seeded] = await Promise.all([
    Promise.all(SYNCED_TABLES.map(async (name) => [name, await db.table(name).count()] as const)),
    db.audit.count(),
    db.audit.where('kind').equals('seed').count(),
  ]);
  const count = Object.fromEntries(counts) as Record<(typeof SYNCED_TABLES)[number], number>;
  return {
    rows: counts.reduce((sum, [, n]) => sum + n, 0),
    actions: count.actions,
    updates: count.updates,
    audit,
    // Entries other than seeding: the changes someone made in this browser.
    ownChanges: audit - seeded,
  };
}

/** First setup: this browser's whole workspace becomes the server's shared plan. */
export async function setUpSharedPlan(): Promise<void> {
  const db = database();
  const workspaceId = crypto.randomUUID();
  const deviceId = crypto.randomUUID();
  const tables = Object.fromEntries(
    await Promise.all(
      SYNCED_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
    ),
  ) as SetupRequest['tables'];
  const audit = await db.audit.orderBy('seq').toArray();
  const answer = await call<{ head: ServerHead }>('/api/setup', {
    method: 'POST',
    body: JSON.stringify({
      workspaceId,
      deviceId,
      tables,
      audit: audit.map(({ seq: _seq, ...entry }) => (void _seq, entry)),
    }),
  });
  const keys = SYNCED_TABLES.flatMap((table) =>
    (tables[table] ?? []).map((row) => ({ table, key: keyOfRow(table, row) })),
  );
  const state: SyncState = {
    key: 'sync',
    workspaceId,
    deviceId,
    cursor: String(answer.head.seq),
    // The server adds its own entry after this browser's (who set the plan up): pulled next.
    auditAfter: audit.length,
    lastSyncedAt: new Date().toISOString(),
  };
  await markSetUp(db, state, keys);
  const { state: pulled } = await pullAll(state);
  await confirmTrail(pulled);
  await refreshSyncCounts();
  afterSync();
}

/** Joining: this browser's plan is replaced by the shared plan, pulled with a progress count. */
export async function joinSharedPlan(): Promise<void> {
  const server = await serverWorkspace();
  if (!server.workspaceId)
    throw new SyncError('This server holds no shared plan yet: set it up first.', 404);
  const state = await startJoining(database(), server.workspaceId);
  set({ progress: { done: 0, total: server.rows }, syncing: true });
  try {
    const pulled = await pullAll(state, (_batch, received) =>
      set({ progress: { done: received, total: Math.max(server.rows, received) } }),
    );
    if (holdsTrail()) await confirmTrail(pulled.state);
  } finally {
    set({ progress: null, syncing: false });
  }
  await refreshSyncCounts();
  afterSync();
}

const STEADY_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/**
 * Starts the shared plan when the page came from its server: a fresh browser joins at once
 * (nothing of its own to lose); then it syncs after every change made here, on reconnecting, on
 * coming back to the tab, and every few seconds (backing off while the server cannot be reached).
 */
export function startSharedPlan(onChange: () => void): () => void {
  onSynced(onChange);
  if (!useSyncStatus.getState().available) return () => undefined;
  let stopped = false;
  let wait = STEADY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const kick = () => {
    void syncNow()
      .then(() => (wait = STEADY_MS))
      .catch(() => (wait = Math.min(wait * 2, LONGEST_WAIT_MS)));
  };
  const tick = () => {
    if (stopped) return;
    kick();
    timer = setTimeout(tick, wait);
  };
  const online = () => {
    set({ online: true });
    wait = STEADY_MS;
    kick();
  };
  const offline = () => set({ online: false });
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  window.addEventListener('focus', kick);
  const stopListening = onCommitted(kick);
  void (async () => {
    await refreshSyncCounts();
    if (!useSyncStatus.getState().connected) await joinIfFresh();
    tick();
  })();
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
    window.removeEventListener('focus', kick);
    stopListening();
  };
}

/** A browser holding only the report's seed data joins the shared plan without asking. */
async function joinIfFresh(): Promise<void> {
  try {
    const [server, local] = await Promise.all([serverWorkspace(), localWorkspaceCounts()]);
    if (server.workspaceId && local.ownChanges === 0) await joinSharedPlan();
  } catch (error) {
    set({ error: error instanceof Error ? error.message : String(error) });
  }
}
