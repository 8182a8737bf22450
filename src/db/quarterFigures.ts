/**
 * Closed quarters' kept figures (`domain/quarterFigures.ts`), and the live records listed from the
 * indexes alone: a record of 20,000 actions is about 15 MB, and reading it to learn its quarter or
 * its hash took the page most of a second.
 *
 * The figures table is, with the police cache, written outside `runCommand` when a view works
 * figures out from a record that has none kept (a database from before schema 6, a restore, a
 * record that arrived from the shared plan): it holds nothing that cannot be worked out again from
 * the records, so it is neither audited, synced nor part of a backup. Closing a quarter keeps its
 * figures inside the close's own transaction.
 */
import { closedFactsOf, type QuarterFiguresRecord, type RecordKey } from '../domain/quarterFigures';
import type { QuarterKey } from '../domain/quarters';
import type { SupersededRecord } from '../domain/updates';
import { database } from './connection';
import type { PlannerDatabase } from './database';

/** The live records, oldest quarter first, from the indexes: no record is read. */
export async function liveRecordKeys(db: PlannerDatabase = database()): Promise<RecordKey[]> {
  // Three key cursors, each over an index: its keys and the records' ids, no record. In one
  // transaction, so that a quarter closed or reopened meanwhile is seen by all three or none.
  const records: Omit<RecordKey, 'hash'>[] = [];
  const hashes = new Map<string, string>();
  const superseded = new Set<string>();
  await db.transaction('r', db.snapshots, () =>
    Promise.all([
      db.snapshots.orderBy('[quarter+version]').eachPrimaryKey((id, cursor) => {
        const [quarter, version] = cursor.key as unknown as [QuarterKey, number];
        records.push({ id, quarter, version });
      }),
      db.snapshots.orderBy('hash').eachPrimaryKey((id, cursor) => {
        hashes.set(id, String(cursor.key));
      }),
      db.snapshots.orderBy('supersededAt').eachPrimaryKey((id) => {
        superseded.add(id);
      }),
    ]),
  );
  return records.flatMap((record) => {
    const hash = hashes.get(record.id);
    return superseded.has(record.id) || hash === undefined ? [] : [{ ...record, hash }];
  });
}

/**
 * A quarter's superseded records (oldest first), without their content: found from the indexes,
 * and only those read. Most quarters were never reopened, and read none.
 */
export async function supersededRecordsOf(
  quarter: QuarterKey,
  db: PlannerDatabase = database(),
): Promise<SupersededRecord[]> {
  const ids = await db.transaction('r', db.snapshots, async () => {
    const [versions, superseded] = await Promise.all([
      db.snapshots
        .where('[quarter+version]')
        .between([quarter, 0], [quarter, Infinity])
        .primaryKeys(),
      db.snapshots.orderBy('supersededAt').primaryKeys(),
    ]);
    const gone = new Set(superseded);
    return versions.filter((id) => gone.has(id));
  });
  if (ids.length === 0) return [];
  return (await db.snapshots.bulkGet(ids)).flatMap((record) =>
    record
      ? [
          {
            ...closedFactsOf(record),
            supersededAt: record.supersededAt,
            reopenReason: record.reopenReason,
          },
        ]
      : [],
  );
}

export async function keptFigures(
  hashes: readonly string[],
  db: PlannerDatabase = database(),
): Promise<(QuarterFiguresRecord | undefined)[]> {
  return db.quarterFigures.bulkGet([...hashes]);
}

/** Keeps figures worked out on the page, and lets go of any no live record needs. */
export async function keepFigures(
  records: readonly QuarterFiguresRecord[],
  live: readonly RecordKey[],
  db: PlannerDatabase = database(),
): Promise<void> {
  const needed = new Set(live.map((record) => record.hash));
  await db.transaction('rw', db.quarterFigures, async () => {
    await db.quarterFigures.bulkPut([...records]);
    await db.quarterFigures.filter((row) => !needed.has(row.snapshotHash)).delete();
  });
}
