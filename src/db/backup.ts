/**
 * Backup and restore of the whole workspace. A backup reads every table in one read transaction.
 * A restore writes the file's rows into a new database while the file is checked in full
 * (`readBackupFile`, `writeBackupRows`); only a checked file's database becomes the workspace's,
 * in one step (decision 0016), so either the backup's data is all in place or the workspace is
 * exactly as it was.
 */
import {
  BACKUP_APP,
  BACKUP_KIND,
  backupFileName,
  backupFileParts,
  tableCounts,
  tablesHash,
  type Backup,
  type BackupHeader,
} from '../domain/backup';
import type { WorkspaceTables } from '../domain/backupSchema';
import { isTableName, TABLE_NAMES, type TableName } from '../domain/workspaceTables';
import { formatUkDateTime } from '../domain/dates';
import { LAST_BACKUP_KEY, type LastBackup } from './backupStatus';
import { Dexie } from 'dexie';
import { DEFAULT_WORKSPACE, type WorkspaceSettings } from '../domain/workspace';
import { runCommand, runCommandIn, ValidationError } from './command';
import { announceChange, database } from './connection';
import { CURRENT_SCHEMA_VERSION, PlannerDatabase } from './database';
import { asStored } from './rowsInKeyOrder';
import { localOnlyProblem } from './sync/outbox';
import { auditHead, switchToRestored, type RestoredDatabase } from './switchWorkspace';
import { holdingRestoreLock, restoredDatabaseName } from './workspaceDatabase';
import { writeInSlices } from './writeInSlices';

/** Every table, read in one transaction so the copy is consistent. */
export async function readWorkspaceTables(
  db: PlannerDatabase = database(),
): Promise<WorkspaceTables> {
  return db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    const tables = Object.fromEntries(entries) as WorkspaceTables;
    return { ...tables, meta: tables.meta.filter((row) => row.key !== LAST_BACKUP_KEY) };
  });
}

/** The fingerprint of everything in the workspace (the backup's SHA-256 of the same data). */
export async function workspaceHash(db: PlannerDatabase = database()): Promise<string> {
  return tablesHash(await readWorkspaceTables(db));
}

export interface BackupFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly header: BackupHeader;
  /** What the workspace records once the file is handed over. */
  readonly lastBackup: LastBackup;
}

/** Makes the backup file from one consistent read; writes nothing (the backup worker runs it). */
export async function makeBackupFile(now: Date = new Date()): Promise<BackupFile> {
  const tables = await readWorkspaceTables();
  const exportedAt = now.toISOString();
  const header: BackupHeader = {
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    workspace: tables.settings[0]?.name ?? '',
    counts: tableCounts(tables),
    sha256: await tablesHash(tables),
  };
  return {
    blob: new Blob(backupFileParts(header, tables), { type: 'application/json' }),
    fileName: backupFileName(exportedAt),
    header,
    lastBackup: { at: exportedAt, sha256: header.sha256, auditSeq: tables.audit.at(-1)?.seq ?? 0 },
  };
}

/** Records, in the audit trail, that a backup file was made. */
export async function recordBackup({ header, blob, lastBackup }: BackupFile): Promise<void> {
  await runCommand('record backup', async (context) => {
    await context.db.meta.put({ key: LAST_BACKUP_KEY, value: lastBackup });
    context.audit({
      kind: 'export',
      entityType: 'workspace',
      entityId: 'backup',
      summary: `Backup downloaded: ${describeCounts(header.counts)}`,
      before: null,
      after: { sha256: header.sha256, counts: header.counts, bytes: blob.size },
    });
  });
}

/** Makes the backup file and records, in the audit trail, that it was made. */
export async function createBackup(now: Date = new Date()): Promise<BackupFile> {
  const file = await makeBackupFile(now);
  await recordBackup(file);
  return file;
}

export function describeCounts(counts: Record<TableName, number>): string {
  return `${counts.actions} actions, ${counts.updates} quarterly updates, ${counts.snapshots} quarter snapshots, ${counts.audit} audit entries`;
}

/** Rows written per transaction into the new database: no one reads it until it is complete. */
const ROWS_PER_WRITE = 10_000;

/**
 * Tables a backup does not hold, kept through a restore (the police data fetched, closed quarters'
 * figures, which are keyed by their record's hash): all but a draft's kept figures, which the new
 * database works out afresh.
 */
const carriedTables = (db: PlannerDatabase) =>
  db.tables
    .map((table) => table.name)
    .filter((name) => !isTableName(name) && name !== 'draftFigures');

/** Why this browser cannot restore a backup (it shares its plan: decision 0010), or null. */
export async function restoreRefused(db: PlannerDatabase = database()): Promise<string | null> {
  return (await db.syncState.get('sync')) ? localOnlyProblem('restore backup') : null;
}

/**
 * A restore's new database while the backup's rows are written into it, `ROWS_PER_WRITE` to a
 * transaction, holding the restore lock until it is finished or abandoned. A restore may start it
 * as soon as the file opens (`rowsAhead` in `api/backupFile.ts`), while the rest of the file is
 * checked and the person reads what it holds; nothing reads it until `writeRestoredDatabase` has
 * finished it.
 */
export interface RowsWriting {
  readonly name: string;
  readonly into: PlannerDatabase;
  /** Settles once every row is written, or the writing failed or was stopped. */
  readonly written: Promise<void>;
  /** Stops the writing between transactions if it is still going, and deletes the database. */
  abandon(): Promise<void>;
  /** Closes the finished database and lets go of the restore lock. */
  close(): void;
}

/** Starts writing a backup's rows (all but the settings row: see `recordRestore`) apart. */
export function writeBackupRows(
  tables: Readonly<Record<TableName, readonly unknown[]>>,
  from: string = database().name,
  now: Date = new Date(),
): RowsWriting {
  const name = restoredDatabaseName(from, now);
  // The rows are written as the browser likes (relaxed), the restore's command strictly: the new
  // database is on disk before the old one is deleted.
  const into = new PlannerDatabase(name, { chromeTransactionDurability: 'strict' });
  let stopped = false;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const written = new Promise<void>((resolve, reject) => {
    holdingRestoreLock(async () => {
      const rows = TABLE_NAMES.filter((table) => table !== 'settings').map(
        (table) => [table, tables[table]] as const,
      );
      await addAll(into, rows, () => stopped).then(resolve, reject);
      await released;
    }).catch(reject);
  });
  // Whoever finishes or abandons the writing hears how it ended.
  written.catch(() => undefined);
  return {
    name,
    into,
    written,
    async abandon() {
      stopped = true;
      await written.catch(() => undefined);
      into.close();
      await Dexie.delete(name).catch(() => undefined);
      release();
    },
    close() {
      into.close();
      release();
    },
  };
}

/**
 * Writes a checked backup into a new database of its own (or finishes `ahead`, its rows written
 * as it was checked), with the tables the workspace keeps through a restore and the restore's
 * audit entry, as the person using this browser. The workspace is not changed:
 * `switchToRestored` makes the new database its own. A failure part-way (a full disk) deletes the
 * new database.
 */
export async function writeRestoredDatabase(
  backup: Backup,
  now: Date = new Date(),
  {
    ahead = null,
    writingInto = () => undefined,
  }: {
    /** The backup's rows, written as it was checked (`writeBackupRows`). */
    readonly ahead?: RowsWriting | null;
    /** Told the new database's name once the restore is writing into it. */
    readonly writingInto?: (name: string) => void;
  } = {},
): Promise<RestoredDatabase> {
  const from = database();
  let writing = ahead;
  try {
    // Read as the person asks for the restore: a write to the workspace after this refuses the
    // switch (`switchToRestored`).
    const found = await from.transaction('r', from.tables, async () => {
      const refused = await restoreRefused(from);
      if (refused) throw new ValidationError([{ field: 'workspace', message: refused }]);
      const counts: Partial<Record<TableName, number>> = {};
      for (const name of TABLE_NAMES) counts[name] = await from.table(name).count();
      const carried = await Promise.all(
        carriedTables(from).map(async (name) => [name, await from.table(name).toArray()] as const),
      );
      return {
        settings: await from.settings.get('workspace'),
        counts,
        carried,
        head: await auditHead(from),
      };
    });
    writing ??= writeBackupRows(backup.tables, from.name, now);
    writingInto(writing.name);
    await writing.written;
    // The workspace's settings row is written last, by the restore's command: a database with
    // one holds the backup in full (`restoredDatabases.ts`).
    await addAll(writing.into, found.carried);
    await recordRestore(writing.into, backup, found.settings, found.counts);
    writing.close();
    return { name: writing.name, replaces: from.name, auditHead: found.head };
  } catch (error) {
    await writing?.abandon();
    throw error;
  }
}

/**
 * Adds every row to the new database, `ROWS_PER_WRITE` to a transaction, straight through
 * IndexedDB, so that each can be written as the browser likes (relaxed durability) where the
 * restore's command is strict. No one has this database open yet, so what Dexie's layers do for
 * readers (the plan's stamp, the bookkeeping for live queries) has no one to serve (decision 0016);
 * the rows are stored as Dexie's would store them (`rowsInKeyOrder.ts`). Stops, throwing, before
 * the next transaction once `stopped`.
 */
async function addAll(
  into: PlannerDatabase,
  tables: readonly (readonly [string, readonly unknown[]])[],
  stopped: () => boolean = () => false,
): Promise<void> {
  await into.open();
  const idb = into.backendDB();
  for (const [table, rows] of tables)
    await writeInSlices(
      rows,
      (slice) => {
        if (stopped()) throw new Error('the restore was let go');
        return addRows(idb, table, slice);
      },
      ROWS_PER_WRITE,
    );
}

/** One transaction of added rows: all of them, or (a full disk, a key twice) none. */
function addRows(idb: IDBDatabase, table: string, rows: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = idb.transaction(table, 'readwrite', { durability: 'relaxed' });
    transaction.oncomplete = () => resolve();
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException('The write was abandoned.', 'AbortError'));
    try {
      const store = transaction.objectStore(table);
      for (const row of rows) store.add(asStored(table, row));
    } catch (error) {
      transaction.abort();
      reject(error);
    }
  });
}

/** The restore's own command in the new database: the backup's settings, as this browser's person. */
function recordRestore(
  into: PlannerDatabase,
  backup: Backup,
  current: WorkspaceSettings | undefined,
  before: Partial<Record<TableName, number>>,
): Promise<void> {
  const person = {
    name: current?.userName ?? DEFAULT_WORKSPACE.userName,
    role: current?.userRole ?? DEFAULT_WORKSPACE.userRole,
  };
  return runCommandIn(into, 'restore backup', person, async (context) => {
    // The person using this browser stays the same: a restore is not a change of user.
    await context.db.settings.bulkAdd(
      backup.tables.settings.map((row) =>
        current && row.key === 'workspace'
          ? { ...row, userName: current.userName, userRole: current.userRole }
          : row,
      ),
    );
    const lastBackup: LastBackup = {
      at: backup.header.exportedAt,
      sha256: backup.header.sha256,
      auditSeq: backup.tables.audit.at(-1)?.seq ?? 0,
    };
    await context.db.meta.put({ key: LAST_BACKUP_KEY, value: lastBackup });
    context.audit({
      kind: 'restore',
      entityType: 'workspace',
      entityId: 'backup',
      summary: `Workspace restored from the backup made ${formatUkDateTime(backup.header.exportedAt)}: ${describeCounts(backup.header.counts)}`,
      before,
      after: {
        sha256: backup.header.sha256,
        counts: backup.header.counts,
        upgradedFrom: backup.upgradedFrom,
      },
    });
  });
}

/** Replaces the whole workspace with a checked backup: written apart, then switched to. */
export async function restoreBackup(backup: Backup, now: Date = new Date()): Promise<void> {
  await switchToRestored(await writeRestoredDatabase(backup, now));
  announceChange();
}
