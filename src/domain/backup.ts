/**
 * The backup file: everything in the workspace inside an envelope that says what it is, which
 * database version wrote it, how many rows each table holds and the SHA-256 of the content.
 *
 * The file is one JSON object with one row per line, so a large workspace never has to be held
 * as a single string when it is written. The hash is over the canonical JSON of each row, table by
 * table in a fixed order, so the same workspace always gives the same hash however the file was
 * laid out; it is also the fingerprint the tests use to prove a refused file changed nothing.
 */
import { quarterKeyLabel } from './quarters';
import { readSnapshot } from './snapshotRecord';
import { updateId, updateKeyOfId } from './updates';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import { TABLE_ROWS, type WorkspaceTables } from './backupSchema';
import { isTableName, TABLE_LABEL, TABLE_NAMES, type TableName } from './workspaceTables';
import { canonicalJson } from './canonical';
import type { Problem } from './problems';

export const BACKUP_APP = 'safetynet-planner';
export const BACKUP_KIND = 'workspace-backup';
/** Larger than any real workspace (10,000 actions with their history is about 200 MB), smaller than a browser can parse. */
export const BACKUP_MAX_BYTES = 400 * 1024 * 1024;

export interface BackupHeader {
  readonly app: typeof BACKUP_APP;
  readonly kind: typeof BACKUP_KIND;
  /** The database version whose rows the file holds. */
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly workspace: string;
  readonly counts: Record<TableName, number>;
  readonly sha256: string;
}

export interface Backup {
  readonly header: BackupHeader;
  readonly tables: WorkspaceTables;
  /** Set when the file came from an older database version and its rows were upgraded. */
  readonly upgradedFrom: number | null;
}

type AnyTables = Record<TableName, readonly unknown[]>;

/** Rows encoded together before they are hashed: one encoding per row was half the hash's time. */
const ROWS_PER_HASH_UPDATE = 1000;

/**
 * Rows checked between pauses, when the check is given a way to pause (`pause`): at 480,000 rows
 * a backup's hash and row shapes are 7 s of work in Node, and a worker writing the rows ahead
 * (`rowsAhead` in `api/backupFile.ts`) sends its next write only when the check lets it.
 */
const ROWS_PER_PAUSE = 5000;

/** Awaited between slices of a long check: nothing, unless the caller has something to let run. */
export type Pause = () => Promise<unknown>;

const noPause: Pause = () => Promise.resolve();

/** SHA-256 over every row's canonical JSON, table by table. */
export async function tablesHash(tables: AnyTables, pause: Pause = noPause): Promise<string> {
  const hash = sha256.create();
  let lines: string[] = [];
  let rows = 0;
  for (const name of TABLE_NAMES) {
    for (const row of tables[name]) {
      lines.push(`${name}\t${canonicalJson(row)}\n`);
      if (lines.length === ROWS_PER_HASH_UPDATE) {
        hash.update(utf8ToBytes(lines.join('')));
        lines = [];
      }
      if (++rows % ROWS_PER_PAUSE === 0) await pause();
    }
  }
  hash.update(utf8ToBytes(lines.join('')));
  return bytesToHex(hash.digest());
}

export function tableCounts(tables: AnyTables): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length])) as Record<
    TableName,
    number
  >;
}

const ROWS_PER_PART = 2000;

/**
 * The file's text in parts (for a Blob), so that no single string holds the whole workspace.
 * Joined, the parts are one JSON document.
 */
export function backupFileParts(header: BackupHeader, tables: AnyTables): string[] {
  const head = JSON.stringify(header);
  const parts = [`${head.slice(0, -1)},\n"tables":{\n`];
  TABLE_NAMES.forEach((name, index) => {
    const rows = tables[name];
    parts.push(`${JSON.stringify(name)}:[\n`);
    for (let start = 0; start < rows.length; start += ROWS_PER_PART) {
      const chunk = rows.slice(start, start + ROWS_PER_PART).map((row) => JSON.stringify(row));
      parts.push(chunk.join(',\n') + (start + ROWS_PER_PART < rows.length ? ',\n' : '\n'));
    }
    parts.push(index < TABLE_NAMES.length - 1 ? '],\n' : ']\n');
  });
  parts.push('}}\n');
  return parts;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether the text could name a forbidden key: it spells one out, or it has a \u escape (which
 * could spell one). A backup rarely has either, and is then parsed without looking at every key,
 * in less than half the time (0.9 s against 2.1 s for a 200 MB backup, in Node).
 */
const mayHoldForbiddenKey = (text: string) =>
  text.includes('\\u') || [...FORBIDDEN_KEYS].some((key) => text.includes(`"${key}"`));

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

function refused(message: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ field: 'file', message }] };
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; problems: Problem[] };

/** Upgrades rows written by an older database version to the current one (pure). */
export type RowUpgrade = (tables: AnyTables, fromVersion: number) => AnyTables;

/**
 * A file that is whole JSON, a backup of this app from a database version this app can read, with
 * every table and as many rows as it says: its content not yet checked (`checkBackup`).
 */
export interface OpenedBackup {
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly workspace: string;
  readonly sha256: string;
  readonly tables: AnyTables;
}

/** Opens a backup file's text: its envelope checked, its content not yet (`checkBackup`). */
export function openBackup(
  text: string,
  currentVersion: number,
): { ok: true; opened: OpenedBackup } | { ok: false; problems: Problem[] } {
  if (text.trim() === '')
    return refused('The file is empty. Choose a backup file made by this app.');
  let parsed: unknown;
  try {
    parsed = mayHoldForbiddenKey(text)
      ? JSON.parse(text, (key, value: unknown) => {
          if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
          return value;
        })
      : JSON.parse(text);
  } catch (error) {
    if (error instanceof ForbiddenKey)
      return refused(
        `The file contains a field named “${error.key}”, which no backup has. It was refused to keep the workspace safe.`,
      );
    return refused(
      'The file is not a complete backup: it is not valid JSON, perhaps because it was cut short when it was copied. Choose the original backup file.',
    );
  }
  if (!isRecord(parsed) || parsed.app !== BACKUP_APP || parsed.kind !== BACKUP_KIND)
    return refused(
      'The file is not a backup made by the SafetyNet planner. Choose a file named like safetynet-backup-2026-11-22.json.',
    );
  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refused(
      'The backup does not say which database version wrote it, so it cannot be read.',
    );
  if (version > currentVersion)
    return refused(
      `The backup was made by a newer version of the app (database version ${version}); this version reads backups up to version ${currentVersion}. Reload the app to update it, then restore.`,
    );
  if (typeof parsed.exportedAt !== 'string' || Number.isNaN(Date.parse(parsed.exportedAt)))
    return refused('The backup does not say when it was made, so it cannot be trusted.');
  if (typeof parsed.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.sha256))
    return refused('The backup has no SHA-256 fingerprint, so it cannot be checked.');
  const { tables, counts } = parsed;
  if (!isRecord(tables) || !isRecord(counts))
    return refused('The backup has no tables or no counts: it is incomplete.');

  const unknown = Object.keys(tables).filter((name) => !isTableName(name));
  if (unknown.length > 0)
    return refused(`The backup holds a table this app does not know: ${unknown.join(', ')}.`);
  for (const name of TABLE_NAMES) {
    const rows = tables[name];
    if (!Array.isArray(rows))
      return refused(
        `The backup has no ${TABLE_LABEL[name].toLowerCase()} table: it is incomplete.`,
      );
    if (counts[name] !== rows.length)
      return refused(
        `The backup says it holds ${String(counts[name])} ${TABLE_LABEL[name].toLowerCase()} but holds ${rows.length}: it is incomplete or was edited.`,
      );
  }
  return {
    ok: true,
    opened: {
      schemaVersion: version,
      exportedAt: parsed.exportedAt,
      workspace: typeof parsed.workspace === 'string' ? parsed.workspace : '',
      sha256: parsed.sha256,
      tables: tables as AnyTables,
    },
  };
}

/**
 * Checks all of an opened backup's content: that the SHA-256 matches it, that every row has the
 * right shape, and that the rows agree with one another; rows from an older database version are
 * upgraded first. `pause` is awaited between slices of rows.
 */
export async function checkBackup(
  opened: OpenedBackup,
  currentVersion: number,
  upgrade: RowUpgrade,
  pause: Pause = noPause,
): Promise<BackupResult> {
  const version = opened.schemaVersion;
  if ((await tablesHash(opened.tables, pause)) !== opened.sha256)
    return refused(
      'The backup’s content does not match its SHA-256 fingerprint: it was changed or damaged after it was made. Use an untouched copy.',
    );

  const current = version < currentVersion ? upgrade(opened.tables, version) : opened.tables;
  const shaped = await checkRows(current, pause);
  if (!shaped.ok) return shaped;
  const problems = checkIntegrity(shaped.tables);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    backup: {
      header: {
        app: BACKUP_APP,
        kind: BACKUP_KIND,
        schemaVersion: version,
        exportedAt: opened.exportedAt,
        workspace: opened.workspace,
        counts: tableCounts(shaped.tables),
        sha256: opened.sha256,
      },
      tables: shaped.tables,
      upgradedFrom: version < currentVersion ? version : null,
    },
  };
}

const MAX_LISTED = 10;

async function checkRows(
  tables: AnyTables,
  pause: Pause,
): Promise<{ ok: true; tables: WorkspaceTables } | { ok: false; problems: Problem[] }> {
  const problems: Problem[] = [];
  const result: Partial<Record<TableName, unknown[]>> = {};
  let checked = 0;
  for (const name of TABLE_NAMES) {
    const schema: z.ZodType = TABLE_ROWS[name];
    const rows: unknown[] = [];
    for (const [index, row] of tables[name].entries()) {
      const parsed = schema.safeParse(row);
      if (parsed.success) rows.push(parsed.data);
      else if (problems.length < MAX_LISTED) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `, field ${issue.path.join('.')}` : '';
        problems.push({
          field: 'file',
          message: `${TABLE_LABEL[name]}, row ${index + 1}${where}: ${issue?.message ?? 'not valid'}.`,
        });
      }
      if (++checked % ROWS_PER_PAUSE === 0) await pause();
    }
    result[name] = rows;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tables: result as WorkspaceTables };
}

/** The rows must agree with one another, as the database's keys and links require. */
function checkIntegrity(tables: WorkspaceTables): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => {
    if (problems.length < MAX_LISTED) problems.push({ field: 'file', message });
  };
  const duplicates = (values: readonly (string | number)[]) => {
    const seen = new Set<string | number>();
    const repeated = new Set<string | number>();
    for (const value of values) (seen.has(value) ? repeated : seen).add(value);
    return [...repeated];
  };
  const keyed: [TableName, (row: never) => string | number][] = [
    ['meta', (row: { key: string }) => row.key],
    ['bodies', (row: { id: string }) => row.id],
    ['objectives', (row: { id: string }) => row.id],
    ['recommendations', (row: { number: number }) => row.number],
    ['swotItems', (row: { id: string }) => row.id],
    ['fourPRows', (row: { id: string }) => row.id],
    ['themes', (row: { id: string }) => row.id],
    ['actions', (row: { id: string }) => row.id],
    // Not the updates: an update's id is its action and quarter (the row rules), checked below.
    ['snapshots', (row: { id: string }) => row.id],
    ['indicators', (row: { id: string }) => row.id],
    ['indicatorValues', (row: { id: string }) => row.id],
    ['audit', (row: { seq: number }) => row.seq],
  ];
  for (const [name, key] of keyed) {
    const repeated = duplicates((tables[name] as never[]).map(key));
    if (repeated.length > 0)
      add(`${TABLE_LABEL[name]} appear more than once: ${repeated.slice(0, 5).join(', ')}.`);
  }
  if (tables.settings.length !== 1)
    add('The backup must hold exactly one set of workspace settings.');
  const refs = duplicates(tables.actions.map((action) => action.ref));
  if (refs.length > 0) add(`Two actions share a reference: ${refs.slice(0, 5).join(', ')}.`);
  const bodyIds = new Set(tables.bodies.map((body) => body.id));
  const strayBodies = tables.actions.filter((action) => !bodyIds.has(action.bodyId));
  if (strayBodies.length > 0)
    add(`Action ${strayBodies[0]?.ref} belongs to a body the backup does not hold.`);
  const actionIds = new Set(tables.actions.map((action) => action.id));
  const strayUpdates = tables.updates.filter((update) => !actionIds.has(update.actionId));
  if (strayUpdates.length > 0)
    add(`${strayUpdates.length} quarterly updates belong to actions the backup does not hold.`);
  const twice = duplicates(
    tables.updates.map((update) => updateId(update.actionId, update.quarter)),
  );
  if (twice.length > 0) {
    const refs = new Map(tables.actions.map((action) => [action.id, action.ref]));
    const named = twice.slice(0, 5).map((id) => {
      const [quarter, actionId] = updateKeyOfId(String(id));
      return `${refs.get(actionId) ?? actionId} in ${quarterKeyLabel(quarter)}`;
    });
    add(`An action has two updates for the same quarter: ${named.join(', ')}.`);
  }
  const versions = duplicates(
    tables.snapshots.map((snapshot) => `${snapshot.quarter} v${snapshot.version}`),
  );
  if (versions.length > 0) add(`Two snapshots share a quarter and version: ${versions[0]}.`);
  const altered = tables.snapshots.filter((snapshot) => !readSnapshot(snapshot).ok);
  if (altered.length > 0)
    add(
      `The record of ${altered.map((s) => `${quarterKeyLabel(s.quarter)} (version ${s.version})`).join(', ')} does not match the SHA-256 taken when the quarter closed: the file has been altered.`,
    );
  const indicatorIds = new Set(tables.indicators.map((indicator) => indicator.id));
  if (tables.indicatorValues.some((value) => !indicatorIds.has(value.indicatorId)))
    add('Some indicator values belong to indicators the backup does not hold.');
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "safetynet-backup-2026-11-22T10-15.json" */
export function backupFileName(exportedAt: string): string {
  return `safetynet-backup-${exportedAt.slice(0, 16).replace(':', '-')}.json`;
}
