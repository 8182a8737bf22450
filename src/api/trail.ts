/**
 * Holding the server to the audit trail this browser has seen (decision 0010). Before each sync
 * the server's signed checkpoint must prove, by a consistency proof, that its trail only extends
 * the last checkpoint kept here; after each pull the entries received must give the checkpoint's
 * root. When either fails, sync stops with a message naming the entry that differs.
 */
import { database } from '../db/connection';
import { keepCheckpoint, localEntries, localEntry } from '../db/sync/trail';
import { formatUkDateTime } from '../domain/dates';
import {
  checkpointText,
  EMPTY_FRONTIER,
  extendFrontier,
  frontierRoot,
  verifyConsistency,
} from '../domain/merkle';
import type { CheckpointResponse } from '../domain/sync';
import type { KeptCheckpoint, SyncState } from '../domain/syncRecords';
import { call, SyncError } from './serverCall';

/** The server's trail does not hold to what this browser saw: sync stops until someone looks. */
class TrailBroken extends SyncError {
  constructor(message: string) {
    super(
      `${message} Sync has stopped, so nothing more is taken from or sent to the server; your changes are kept in this browser. Tell the community safety manager.`,
      409,
    );
    this.name = 'TrailBroken';
  }
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function signedByItsKey(response: CheckpointResponse): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new SyncError(
      'This page is not served over HTTPS, so this browser cannot check the server’s signatures. Ask IT to serve the shared plan over HTTPS.',
      null,
    );
  }
  try {
    const key = await subtle.importKey(
      'spki',
      fromBase64(response.publicKey),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    return await subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      fromBase64(response.checkpoint.signature),
      new TextEncoder().encode(checkpointText(response.checkpoint)),
    );
  } catch {
    return false;
  }
}

/** The first entry, from `from` to `to`, whose hash here differs from the server's. */
async function firstDifference(from: number, to: number): Promise<number | null> {
  let at = from;
  for await (const chunk of localEntries(database(), from, to)) {
    if (chunk.length === 0) break;
    const server = await call<{ hashes: string[] }>(
      `/api/audit/hashes?from=${at}&to=${at + chunk.length - 1}`,
    );
    const differs = chunk.findIndex((entry, i) => server.hashes[i] !== entry.hash);
    if (differs >= 0) return at + differs;
    at += chunk.length;
  }
  return null;
}

/** Which entry parts the two trails, in words. */
async function partingEntry(from: number, to: number): Promise<string> {
  const seq = await firstDifference(from, to);
  if (seq === null) return `one of entries ${from} to ${to}`;
  const entry = await localEntry(database(), seq);
  return entry
    ? `entry ${seq} (“${entry.summary}”, ${formatUkDateTime(entry.at)}, by ${entry.actor})`
    : `entry ${seq}`;
}

/** The server's checkpoint, signed by the key first seen here, consistent with the one kept. */
async function verifiedCheckpoint(state: SyncState, size?: number): Promise<CheckpointResponse> {
  const kept = state.checkpoint;
  const query = new URLSearchParams({ from: String(kept?.size ?? 0) });
  if (size !== undefined) query.set('size', String(size));
  const response = await call<CheckpointResponse>(`/api/checkpoint?${query.toString()}`);
  const { checkpoint } = response;
  if (checkpoint.workspaceId !== state.workspaceId) {
    throw new TrailBroken(
      'The server’s checkpoint is for a different shared plan from this browser’s.',
    );
  }
  if (kept && response.publicKey !== kept.publicKey) {
    throw new TrailBroken(
      'The server signed its audit trail with a key this browser has not seen before (it trusts the key it first saw). Ask the server’s administrator whether the key was replaced.',
    );
  }
  if (!(await signedByItsKey(response))) {
    throw new TrailBroken(
      'The server’s checkpoint of its audit trail does not carry a valid signature.',
    );
  }
  if (size !== undefined && checkpoint.size !== size) {
    throw new TrailBroken(`The server answered for ${checkpoint.size} audit entries, not ${size}.`);
  }
  if (
    kept &&
    !verifyConsistency(kept.size, kept.root, checkpoint.size, checkpoint.root, response.proof)
  ) {
    const parting = await partingEntry(1, kept.size);
    throw new TrailBroken(
      `The audit trail on the server is not the one this browser verified on ${formatUkDateTime(kept.issuedAt)}: ${parting} has been changed or removed there.`,
    );
  }
  return response;
}

/** Before a sync: the server's whole trail still extends what this browser has seen. */
export async function checkServerTrail(state: SyncState): Promise<void> {
  if (state.checkpoint) await verifiedCheckpoint(state);
}

/**
 * After a pull: the entries this browser now holds give the root the server signed for them;
 * the checkpoint is kept for next time.
 */
export async function confirmTrail(state: SyncState): Promise<void> {
  const kept = state.checkpoint;
  if (kept?.size === state.auditAfter) return;
  const response = await verifiedCheckpoint(state, state.auditAfter);
  const db = database();
  let frontier = kept?.frontier ?? EMPTY_FRONTIER;
  for await (const chunk of localEntries(db, frontier.size + 1, state.auditAfter)) {
    frontier = extendFrontier(
      frontier,
      chunk.map((entry) => entry.hash),
    );
  }
  if (frontier.size !== state.auditAfter || frontierRoot(frontier) !== response.checkpoint.root) {
    const parting = await partingEntry((kept?.size ?? 0) + 1, state.auditAfter);
    throw new TrailBroken(
      `The audit entries this browser received do not match the server’s signed checkpoint: ${parting} differs.`,
    );
  }
  const checkpoint: KeptCheckpoint = {
    ...response.checkpoint,
    publicKey: response.publicKey,
    frontier,
  };
  await keepCheckpoint(db, checkpoint);
}
