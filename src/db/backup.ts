/**
 * Backup and restore of the whole workspace. A backup reads every table in one read transaction;
 * a restore checks the whole file first (`readBackup`), then replaces every table in one command,
 * so either the backup's data is all in place or the workspace is exactly as it was.
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
import { TABLE_NAMES, type TableName, type WorkspaceTables } from '../domain/backupSchema';
import { formatUkDateTime } from '../domain/dates';
import { LAST_BACKUP_KEY, type LastBackup } from './backupStatus';
import { runCommand } from './command';
import { database } from './connection';
import { CURRENT_SCHEMA_VERSION, type PlannerDatabase } from './database';

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
    sha256: tablesHash(tables),
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

/**
 * Replaces the whole workspace with a checked backup, in one transaction. The person using this
 * browser stays the same (a restore is not a change of user), and the restore itself is the one
 * audit entry added after the backup's own log.
 */
export async function restoreBackup(backup: Backup): Promise<void> {
  await runCommand('restore backup', async (context) => {
    const { db } = context;
    const current = await db.settings.get('workspace');
    const before: Partial<Record<TableName, number>> = {};
    for (const name of TABLE_NAMES) {
      before[name] = await db.table(name).count();
      await db.table(name).clear();
    }
    for (const name of TABLE_NAMES) {
      await db.table(name).bulkAdd(backup.tables[name] as unknown[]);
    }
    if (current) {
      await db.settings.update('workspace', {
        userName: current.userName,
        userRole: current.userRole,
      });
    }
    const lastBackup: LastBackup = {
      at: backup.header.exportedAt,
      sha256: backup.header.sha256,
      auditSeq: backup.tables.audit.at(-1)?.seq ?? 0,
    };
    await db.meta.put({ key: LAST_BACKUP_KEY, value: lastBackup });
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
