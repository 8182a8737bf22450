/** What this browser keeps about the shared plan (decision 0010); none of it is backed up. */
import type { Frontier } from './merkle';
import type { Checkpoint, CommandName, ServerRow } from './sync';
import type { Change } from './syncSchema';
import type { AuditContent } from './audit';

/** A committed command waiting for the server's answer, oldest first. */
export interface OutboxEntry {
  readonly seq?: number;
  /** The mutation's id: the server answers a replay of it with its first answer. */
  readonly id: string;
  readonly name: CommandName;
  readonly at: string;
  readonly changes: readonly Change[];
  /** The command's audit entries, with the hash each had when this browser chained it. */
  readonly audit: readonly { readonly content: AuditContent; readonly deviceHash: string }[];
}

/** The server version of a synced row this browser last saw (`table:key`). */
export interface SyncRowVersion {
  readonly key: string;
  readonly version: number;
}

/** This browser's link to the shared plan. Absent: the plan lives here only (local mode). */
export interface SyncState {
  readonly key: 'sync';
  readonly workspaceId: string;
  readonly deviceId: string;
  /** The last row of the server's log this browser holds. */
  readonly cursor: string;
  /** How many of the server's audit entries this browser holds. */
  readonly auditAfter: number;
  readonly lastSyncedAt: string | null;
  /** The last checkpoint of the server's audit trail this browser verified against its own. */
  readonly checkpoint?: KeptCheckpoint;
}

/** A verified checkpoint, the server key that signed it, and this browser's tree at its size. */
export interface KeptCheckpoint extends Checkpoint {
  readonly publicKey: string;
  readonly frontier: Frontier;
}

/**
 * A change the server did not take: in conflict with someone else's (theirs is kept on the
 * server until the person resolves it), or refused by a rule. The person's own rows are kept here
 * until they choose, so nothing they wrote is lost.
 */
export interface SyncConflict {
  readonly id: string;
  readonly kind: 'conflict' | 'refused';
  readonly name: CommandName;
  readonly at: string;
  readonly message: string;
  readonly mine: readonly Change[];
  readonly theirs: readonly ServerRow[];
  readonly audit: OutboxEntry['audit'];
}

export const rowVersionKey = (table: string, key: string) => `${table}:${key}`;
