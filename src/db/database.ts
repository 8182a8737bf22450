/**
 * The one database schema. Each version is a constant with a comment saying what changed. Never
 * edit a version that has shipped: add a new one, with an upgrade function that is pure over rows,
 * and a test in schema.test.ts that opens the old version with data in it.
 */
import { Dexie, type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { TableName } from '../domain/workspaceTables';
import type { Action } from '../domain/actions';
import type { AuditEntry } from '../domain/audit';
import type { Body } from '../domain/bodies';
import type { Indicator, IndicatorValue } from '../domain/indicators';
import { upgradeActionStatus } from '../domain/lifecycle';
import type { Objective } from '../domain/objectives';
import type { AreaMonth } from '../domain/police';
import type { Recommendation } from '../domain/recommendations';
import type { FourPRow, InterventionTheme } from '../domain/strategicTool';
import type { SwotItem } from '../domain/swot';
import type { QuarterSnapshot, QuarterlyUpdate, UpdateKey } from '../domain/updates';
import type { QuarterFiguresRecord } from '../domain/quarterFigures';
import type { WorkspaceSettings } from '../domain/workspace';
import type { DraftFiguresRow } from './draftFigures';
import { rowsInKeyOrder } from './rowsInKeyOrder';
import { planStamp } from './planStamp';
import { changeCapture } from './sync/capture';
import type { OutboxEntry, SyncConflict, SyncRowVersion, SyncState } from '../domain/syncRecords';

export const DATABASE_NAME = 'safetynet-planner';

/** Small facts about the workspace that are not settings (last backup, seed version…). */
export interface MetaRecord {
  readonly key: string;
  readonly value: unknown;
}

/**
 * Version 1 (first release): every entity the product needs.
 * - actions are indexed for the plan table's filters (body, status, 4P row, due date, archived)
 *   and by their links (multi-entry) for coverage of recommendations, themes, SWOT and objectives;
 * - updates are unique per action and quarter;
 * - snapshots are unique per quarter and version;
 * - the audit log is ordered by an auto-incremented sequence and indexed for its filters.
 */
export const SCHEMA_V1 = {
  settings: 'key',
  meta: 'key',
  bodies: 'id, order',
  objectives: 'id, financialYear, bodyId, &[financialYear+code]',
  recommendations: 'number, level, suggestedOwnerId, response, *suggestedRows',
  swotItems: 'id, quadrant, order, *recommendationNumbers',
  fourPRows: 'id, order',
  themes: 'id, rowId',
  actions:
    'id, &ref, bodyId, status, primaryRow, dueDate, archived, updatedAt, *recommendationNumbers, *themeIds, *swotIds, *objectiveIds',
  updates: 'id, &[actionId+quarter], quarter, actionId',
  snapshots: 'id, quarter, &[quarter+version]',
  indicators: 'id, bodyId',
  indicatorValues: 'id, &[indicatorId+period], indicatorId',
  audit: '++seq, at, kind, entityType, [entityType+entityId], actor',
} as const;

/**
 * Version 2: the audit log pages by index under every filter. Each filter gets a compound index
 * ending in the sequence number, so a page is one bounded index range, newest first, however
 * long the log. No rows change.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  audit:
    '++seq, at, kind, entityType, [entityType+entityId], actor, [kind+seq], [entityType+seq], [actor+seq], [entityType+entityId+seq]',
} as const;

/**
 * Version 3: outcome indicators get their full definition (baseline, targets, tolerance,
 * frequency and roll-up, links, source) and values say where they came from; and a cache of the
 * months of street-level crime fetched from data.police.uk, keyed by area and month. The cache is
 * public data that can be fetched again: it is not part of a backup.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  indicators: 'id, bodyId, *recommendationNumbers',
  policeMonths: 'id, area, month',
} as const;

/**
 * Version 4: an action's status follows its quarterly updates (decision 0009). Actions say who
 * set their status last (the updates or a manager) and the manager's reason. Existing actions
 * take the status their latest update implies, except where a manager's decision (Deferred,
 * Cancelled, or Complete by hand) is kept and marked as theirs. No index changes.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3 } as const;

/**
 * Version 5: the shared plan (decision 0010). Each committed command that changes the plan also
 * writes an outbox row, kept until the server answers; the server version of each synced row;
 * this browser's place in the server's log; and the inbox of conflicts and refused changes. None
 * of these is part of a backup: they are this browser's bookkeeping. No rows change.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  outbox: '++seq, &id',
  syncRows: 'key',
  syncState: 'key',
  conflicts: 'id, at',
} as const;

/**
 * Version 6: a closed quarter's figures are kept apart from its record (decision 0014). Records
 * are indexed by their SHA-256 and by when they were superseded, so the live records and their
 * hashes can be listed from the indexes alone, without reading records of 15 MB; and a table
 * holds each record's figures, keyed by the record's SHA-256. The figures can always be worked
 * out again from the records: they are neither audited, synced nor part of a backup. No rows
 * change.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  snapshots: 'id, quarter, &[quarter+version], supersededAt, hash',
  quarterFigures: 'snapshotHash',
} as const;

/**
 * Version 7: a draft's figures are kept with the plan's stamp they were worked out under
 * (`planStamp.ts`, `draftFigures.ts`, decision 0015). Like the closed quarters' figures, they can
 * always be worked out again: neither audited, synced nor part of a backup. No rows change.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  draftFigures: 'key',
} as const;

/**
 * Versions 8 and 9: the updates are stored keyed by their quarter first, `[quarter+actionId]`, so
 * a quarter's updates lie together and are read as one range of the table, not followed one by
 * one through an index (at 20,000 actions, a quarter's 20,000 updates among 160,000: decision
 * 0018). Their ids stay `${actionId}@${quarter}`, as the shared plan and backups name them. The
 * key is unique per action and quarter, and begins with the quarter, so the indexes that said
 * so go. IndexedDB cannot change a table's key: version 8 moves the updates to a table of their
 * own, and version 9 makes the table again and moves them back. No row changes.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  updates: null,
  // Only the rows' key: no index to write for rows that stay one transaction.
  updatesMoving: 'id',
} as const;

export const SCHEMA_V9 = {
  ...SCHEMA_V7,
  updates: '[quarter+actionId], actionId',
  updatesMoving: null,
} as const;

export const CURRENT_SCHEMA_VERSION = 9;

/** One month of street-level crime for an area: each crime's id and category. */
export interface PoliceMonth extends AreaMonth {
  /** `${area}|${month}` */
  readonly id: string;
  /** How many requests the month took (more than one when the area had to be split). */
  readonly requests: number;
  readonly fetchedAt: string;
}

type Row = Record<string, unknown>;

/**
 * How rows change from one version to the next: for each version, a pure function per table that
 * changed. The database's own upgrade and the restore of an older backup both use these, so a
 * backup is upgraded exactly as the database would have been. Version 2 changed only indexes.
 */
const ROW_UPGRADES: Record<number, Partial<Record<TableName, (row: Row) => Row>>> = {
  2: {},
  3: {
    indicators: (row) => ({
      sourceKind: 'manual',
      police: null,
      baseline: null,
      targets: [],
      tolerancePercent: 10,
      frequency: 'quarterly',
      rollUp: 'sum',
      recommendationNumbers: [],
      objectiveIds: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...row,
    }),
    indicatorValues: (row) => ({
      origin: 'manual',
      recordedAt: '2026-01-01T00:00:00.000Z',
      ...row,
    }),
  },
  4: {
    actions: (row) => ({
      ...row,
      ...upgradeActionStatus(row as unknown as Pick<Action, 'status' | 'latestRag'>),
    }),
  },
};

/** Upgrades a backup's tables, written by database version `fromVersion`, to the current version. */
export function upgradeRows(
  tables: Record<TableName, readonly unknown[]>,
  fromVersion: number,
): Record<TableName, readonly unknown[]> {
  let upgraded = tables;
  for (let version = fromVersion + 1; version <= CURRENT_SCHEMA_VERSION; version += 1) {
    const steps = ROW_UPGRADES[version] ?? {};
    upgraded = Object.fromEntries(
      Object.entries(upgraded).map(([name, rows]) => {
        const step = steps[name as TableName];
        return [name, step ? rows.map((row) => step(row as Row)) : rows];
      }),
    ) as Record<TableName, readonly unknown[]>;
  }
  return upgraded;
}

/** Tells the database's opener that rows are being upgraded, which it may want to say. */
function upgradeBegins(transaction: Transaction) {
  (transaction.db as PlannerDatabase).onRowsUpgrade?.();
}

/**
 * Moves every row of one table to another, inside Dexie's upgrade transaction. An empty table
 * writes nothing, so it moves no plan's stamp (`planStamp.ts`).
 */
function moveRows(from: string, to: string) {
  return async (transaction: Transaction) => {
    upgradeBegins(transaction);
    const rows = await transaction.table(from).toArray();
    if (rows.length > 0) await transaction.table(to).bulkAdd(rows);
  };
}

/** Applies a version's row upgrades inside Dexie's upgrade transaction. */
function upgradeTransaction(version: number) {
  return async (transaction: Transaction) => {
    upgradeBegins(transaction);
    for (const [name, step] of Object.entries(ROW_UPGRADES[version] ?? {})) {
      await transaction
        .table(name)
        .toCollection()
        .modify((row: Row, ref: { value: Row }) => {
          ref.value = step(row);
        });
    }
  };
}

/** The first and last keys a quarter's updates can have: the table is keyed by quarter first. */
export const updateKeysOf = (quarter: string) =>
  [
    [quarter, Dexie.minKey],
    [quarter, Dexie.maxKey],
  ] as const;

export class PlannerDatabase extends Dexie {
  settings!: EntityTable<WorkspaceSettings, 'key'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  bodies!: EntityTable<Body, 'id'>;
  objectives!: EntityTable<Objective, 'id'>;
  recommendations!: EntityTable<Recommendation, 'number'>;
  swotItems!: EntityTable<SwotItem, 'id'>;
  fourPRows!: EntityTable<FourPRow, 'id'>;
  themes!: EntityTable<InterventionTheme, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  updates!: Table<QuarterlyUpdate, UpdateKey>;
  snapshots!: EntityTable<QuarterSnapshot, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  indicatorValues!: EntityTable<IndicatorValue, 'id'>;
  audit!: Table<AuditEntry, number>;
  policeMonths!: EntityTable<PoliceMonth, 'id'>;
  outbox!: Table<OutboxEntry, number>;
  syncRows!: EntityTable<SyncRowVersion, 'key'>;
  syncState!: EntityTable<SyncState, 'key'>;
  conflicts!: EntityTable<SyncConflict, 'id'>;
  quarterFigures!: EntityTable<QuarterFiguresRecord, 'snapshotHash'>;
  draftFigures!: EntityTable<DraftFiguresRow, 'key'>;

  /**
   * Called as the opening begins to upgrade this browser's rows to the current version: only when
   * the database was written by an older version of the app with rows to change. At 20,000 actions
   * it takes a minute or more, once (decision 0018), so the opening screen says what is happening.
   */
  onRowsUpgrade: (() => void) | undefined;

  /** A quarter's updates: one range of the table, which is keyed by quarter first (version 9). */
  updatesOf(quarter: string) {
    return this.updates.where('[quarter+actionId]').between(...updateKeysOf(quarter), true, true);
  }

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    // The versions whose rows change, and the latest. Dexie (since 3.0) upgrades from the schema
    // it reads from the installed database, so a version that only changed indexes or added
    // tables need not be declared; and each one declared costs every start of the page (all
    // seven took 4-12 ms in Node, against under 1 ms for one; several times that on a phone).
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeTransaction(3));
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeTransaction(4));
    this.version(8).stores(SCHEMA_V8).upgrade(moveRows('updates', 'updatesMoving'));
    this.version(CURRENT_SCHEMA_VERSION)
      .stores(SCHEMA_V9)
      .upgrade(moveRows('updatesMoving', 'updates'));
    this.use(changeCapture);
    this.use(planStamp);
    this.use(rowsInKeyOrder);
  }
}
