/**
 * The one way to write to the database. A command runs in a single read-write transaction and
 * records its audit entries (one per thing changed), chained to the log in that same transaction:
 * either the change and its audit entries are all stored, or nothing is.
 */
import { canonicalJson } from '../domain/canonical';
import {
  chainEntry,
  GENESIS_HASH,
  SAVE_STAMPS,
  type AuditEntry,
  type AuditKind,
  type EntityType,
} from '../domain/audit';
import type { CommandName } from '../domain/sync';
import { DEFAULT_WORKSPACE } from '../domain/workspace';
import { announceChange, database, isConnectionStale } from './connection';
import type { PlannerDatabase } from './database';
import { startCapture, stopCapture } from './sync/capture';
import { writeInSlices } from './writeInSlices';
import { localOnlyProblem, recordInOutbox } from './sync/outbox';
import { signedInActorNow } from './actor';
import { REPLACED_BY_KEY } from './workspaceDatabase';
import { NothingToChange, StaleConnectionError, ValidationError } from './commandErrors';

// Re-exported: commands and forms name them from here. They live apart so that the first screen,
// which shows these errors but writes nothing, does not load the writing (audit chain, hashing).
export { NothingToChange, StaleConnectionError, ValidationError } from './commandErrors';
export { setSignedInActor, signedInActorNow } from './actor';

interface AuditRecord {
  readonly kind: AuditKind;
  readonly entityType: EntityType;
  readonly entityId: string;
  readonly summary: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface CommandContext {
  readonly db: PlannerDatabase;
  /** ISO timestamp of this command, the same for every row it writes. */
  readonly now: string;
  readonly actor: { readonly name: string; readonly role: string };
  /**
   * Records an audit entry. A command records one entry per thing it changed: most change one
   * thing and call this once; an import calls it once per row it adds.
   */
  audit(record: AuditRecord): void;
  /**
   * Lets the page handle a click or a key between slices of long work, keeping the transaction
   * open: a transaction commits once its task ends with no request waiting, so this waits on a
   * small read of its own instead of a timer.
   */
  breathe(): Promise<void>;
}

/** A key no row has: reading it is the smallest request a transaction can wait on. */
const BREATH = '\u0000breath';

/** The table that read is made in: a transaction that breathes must take it in. */
export const BREATH_TABLE = 'meta' satisfies keyof PlannerDatabase;

/** The small read a transaction of `db` waits on to stay open (`CommandContext.breathe`). */
export const breatheIn = (db: PlannerDatabase) => async (): Promise<void> => {
  await db[BREATH_TABLE].get(BREATH);
};

/** Fields that change on every save, whatever was typed: they alone do not make a change. */
const STAMPS = [...SAVE_STAMPS, 'reportedBy'];

const withoutStamps = (record: object) =>
  canonicalJson(Object.fromEntries(Object.entries(record).filter(([k]) => !STAMPS.includes(k))));

/**
 * A save that changes nothing writes nothing and audits nothing: when `after` differs from
 * `before` only in its time stamps, the command ends here and returns `unchanged`.
 */
export function refuseNoChange<T>(before: object, after: object, unchanged: T): void {
  if (sameRecord(before, after)) throw new NothingToChange(unchanged);
}

/** The same record but for its time stamps. */
export const sameRecord = (before: object, after: object): boolean =>
  withoutStamps(before) === withoutStamps(after);

export async function runCommand<T>(
  name: CommandName,
  body: (context: CommandContext) => Promise<T>,
  clock: () => Date = () => new Date(),
): Promise<T> {
  if (isConnectionStale()) throw new StaleConnectionError();
  const db = database();
  let result: T;
  try {
    result = await inTransaction(db, name, body, clock);
  } catch (error) {
    if (error instanceof NothingToChange) return error.value as T;
    throw error;
  }
  // Committed: other tabs of the app refresh what they show.
  announceChange();
  return result;
}

type Actor = CommandContext['actor'];

/**
 * A command on a database that is not yet the workspace's (a restore's new one, decision 0016),
 * recorded as done by `actor`. Whoever makes it the workspace's announces the change.
 */
export function runCommandIn<T>(
  db: PlannerDatabase,
  name: CommandName,
  actor: Actor,
  body: (context: CommandContext) => Promise<T>,
): Promise<T> {
  return inTransaction(db, name, body, () => new Date(), actor);
}

function inTransaction<T>(
  db: PlannerDatabase,
  name: CommandName,
  body: (context: CommandContext) => Promise<T>,
  clock: () => Date,
  actor?: Actor,
): Promise<T> {
  return db.transaction('rw', db.tables, async () => {
    const [sync, replaced] = await Promise.all([
      db.syncState.get('sync'),
      db.meta.get(REPLACED_BY_KEY),
    ]);
    // A restore in another tab made a new database the workspace's; this one is being deleted.
    if (replaced) throw new StaleConnectionError();
    const shared = sync !== undefined;
    const localOnly = shared ? localOnlyProblem(name) : null;
    if (localOnly) throw new ValidationError([{ field: 'workspace', message: localOnly }]);
    const settings = await db.settings.get('workspace');
    const records: AuditRecord[] = [];
    const context: CommandContext = {
      db,
      now: clock().toISOString(),
      actor: actor ??
        (shared ? signedInActorNow() : null) ?? {
          name: settings?.userName ?? DEFAULT_WORKSPACE.userName,
          role: settings?.userRole ?? DEFAULT_WORKSPACE.userRole,
        },
      audit: (record) => {
        records.push(record);
      },
      breathe: breatheIn(db),
    };
    // The keys a command writes are collected only for the shared plan's outbox: a restore of
    // 480,000 rows in a browser of its own would collect them for nothing.
    const touched = shared ? startCapture() : null;
    let result: T;
    try {
      result = await body(context);
    } finally {
      stopCapture();
    }
    if (records.length === 0) {
      throw new Error(`Command "${name}" must record at least one audit entry; it recorded none.`);
    }
    const last = await db.audit.orderBy('seq').last();
    let prevHash = last?.hash ?? GENESIS_HASH;
    // Chained and stored a slice at a time: an import's 2,000 entries in one go held the page.
    const entries: AuditEntry[] = [];
    await writeInSlices(records, async (slice) => {
      const chained = slice.map((record) => {
        const entry = chainEntry(
          { at: context.now, actor: context.actor.name, actorRole: context.actor.role, ...record },
          prevHash,
        );
        prevHash = entry.hash;
        return entry;
      });
      await db.audit.bulkAdd(chained);
      entries.push(...chained);
    });
    if (touched && context.actor.role !== 'councillor') {
      await recordInOutbox(db, name, context.now, touched, entries);
    }
    return result;
  });
}
