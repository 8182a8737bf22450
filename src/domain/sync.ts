/**
 * The shared plan's wire protocol (decision 0010), used by the browser and the server alike.
 *
 * A mutation is one committed command: its id, its name, and its effect on the synced tables as
 * row after-images, each with the server version the device last saw of that row (its base). The
 * server applies a mutation only when every base is still the server's version (optimistic
 * concurrency), checks every row against the same schemas and rules as a restore, and orders it
 * with the next sequence number. Pull returns rows changed since a cursor, in server order.
 */
import type { TableName } from './workspaceTables';
import { updateId, updateKeyOfId, type UpdateKey } from './updates';

/**
 * The tables the partnership shares. Settings (who is using this browser), meta (this browser's
 * bookkeeping) and the audit trail (which has its own chain, below) are not rows of the plan.
 */
export const SYNCED_TABLES = [
  'bodies',
  'objectives',
  'recommendations',
  'swotItems',
  'fourPRows',
  'themes',
  'actions',
  'updates',
  'snapshots',
  'indicators',
  'indicatorValues',
] as const satisfies readonly TableName[];
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export const isSyncedTable = (name: string): name is SyncedTable =>
  (SYNCED_TABLES as readonly string[]).includes(name);

/** Each synced table's primary key field; recommendations are keyed by their number. */
const PRIMARY_KEY: Record<SyncedTable, string> = {
  bodies: 'id',
  objectives: 'id',
  recommendations: 'number',
  swotItems: 'id',
  fourPRows: 'id',
  themes: 'id',
  actions: 'id',
  updates: 'id',
  snapshots: 'id',
  indicators: 'id',
  indicatorValues: 'id',
};

/** A row's key as text, the same on both sides ("7" for recommendation 7). */
export const keyOfRow = (table: SyncedTable, row: Record<string, unknown>): string =>
  String(row[PRIMARY_KEY[table]]);

/**
 * The key as the browser's table holds it: a number for recommendations, the quarter and the
 * action for an update (stored quarter first), the key itself for the rest.
 */
export function storedKey(table: SyncedTable, key: string): string | number | UpdateKey {
  if (table === 'recommendations') return Number(key);
  if (table === 'updates') return updateKeyOfId(key);
  return key;
}

/** A key as the browser's table holds it, as text: the inverse of `storedKey`. */
export function keyOfStored(table: SyncedTable, stored: unknown): string {
  if (table === 'updates' && Array.isArray(stored)) {
    const [quarter, actionId] = stored as UpdateKey;
    return updateId(actionId, quarter);
  }
  return String(stored);
}

/** Every command the app runs; a mutation names one of them. */
export const COMMAND_NAMES = [
  'accept update returns',
  'add draft indicators',
  'archive action',
  'close quarter',
  'create action',
  'create indicator',
  'delete indicator value',
  'import actions',
  'load demo plan',
  'record backup',
  'record export',
  'record fetched indicator values',
  'remove demo plan',
  'reopen quarter',
  'reset workspace',
  'resolve conflict',
  'restore action',
  'restore backup',
  'save indicator value',
  'save update',
  'seed workspace',
  'set backup reminder',
  'set recommendation response',
  'set reporting quarter',
  'start financial year',
  'update action',
  'update indicator',
  'update settings',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Commands that replace the whole workspace: never sent to a shared plan (decision 0010). */
export const LOCAL_ONLY_COMMANDS: readonly CommandName[] = ['reset workspace', 'restore backup'];

/** A row as the server holds it now, for the device to adopt. */
export interface ServerRow {
  readonly table: SyncedTable;
  readonly key: string;
  readonly row: Record<string, unknown> | null;
  readonly version: number;
}

export type MutationResult =
  | { readonly id: string; readonly status: 'applied'; readonly seq: number }
  | {
      readonly id: string;
      readonly status: 'conflict';
      /** The server's rows where the device's base was out of date. */
      readonly theirs: readonly ServerRow[];
      readonly message: string;
    }
  | {
      readonly id: string;
      readonly status: 'refused';
      readonly message: string;
      /** The server's current rows for every key the mutation touched, to roll back to. */
      readonly current: readonly ServerRow[];
    };

export interface PushResponse {
  readonly results: readonly MutationResult[];
  readonly head: ServerHead;
}

/** Where the server's log stands: its sequence and its audit trail's length and head hash. */
export interface ServerHead {
  readonly seq: number;
  readonly auditCount: number;
  readonly auditHash: string;
}

/** A server audit entry: the chained entry in server order, and the device hash it came from. */
interface ServerAuditEntry {
  readonly seq: number;
  readonly entry: Record<string, unknown>;
  readonly deviceHash: string | null;
}

export interface PullResponse {
  readonly workspaceId: string;
  readonly rows: readonly ServerRow[];
  readonly audit: readonly ServerAuditEntry[];
  /** Pass back as `after` for the next batch. */
  readonly cursor: string;
  readonly auditAfter: number;
  readonly more: boolean;
  readonly head: ServerHead;
}

/** A signed statement of the server's audit trail: its size, Merkle root and chain head. */
export interface Checkpoint {
  readonly workspaceId: string;
  readonly size: number;
  readonly root: string;
  readonly head: string;
  readonly issuedAt: string;
  /** ECDSA P-256 over `checkpointText`, base64 (r ‖ s). */
  readonly signature: string;
}

export interface CheckpointResponse {
  readonly checkpoint: Checkpoint;
  /** The server's public key (SPKI, base64); a device keeps the first it sees. */
  readonly publicKey: string;
  readonly keyId: string;
  /** The consistency proof from the size the device asked about to the checkpoint's. */
  readonly proof: readonly string[];
}

/**
 * A place in the server's log: "V" once every row of version V and before is held, or
 * "V:table:key" part-way through version V (pull batches end at any row).
 */
export const START_CURSOR = '0';

export function parseCursor(
  text: string,
): { version: number; table?: string; key?: string } | undefined {
  const match = /^(\d{1,15})(?::([A-Za-z]+):(.+))?$/s.exec(text);
  if (!match) return undefined;
  return match[2] === undefined
    ? { version: Number(match[1]) }
    : { version: Number(match[1]), table: match[2], key: match[3] ?? '' };
}

export const cursorOf = (row: ServerRow): string => `${row.version}:${row.table}:${row.key}`;
