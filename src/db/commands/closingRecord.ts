/**
 * A closing quarter's record worked out: its content (every action, its update, each
 * recommendation's response and delivery), its SHA-256, and the figures kept with it. The close
 * works it out inside its own transaction, or uses what was worked out as the person read the
 * confirmation (`prepareClose`), if the plan's stamp (`planStamp.ts`) shows that nothing the
 * record is made from was written since: every write to the actions, updates, recommendations,
 * records or kept figures replaces the stamp in its own transaction, whoever makes it.
 */
import { comparedContentOf, keptComparisonOf, type KeptComparison } from '../../domain/comparison';
import { figuresOf, type QuarterFigures, type RecordKey } from '../../domain/quarterFigures';
import type { QuarterKey } from '../../domain/quarters';
import {
  buildSnapshotContent,
  type ComparedContent,
  type SnapshotContent,
} from '../../domain/snapshot';
import { snapshotHashInSlices } from '../../domain/snapshotHash';
import { BREATH_TABLE, breatheIn } from '../command';
import { database } from '../connection';
import type { PlannerDatabase } from '../database';
import { planStampNow } from '../draftFigures';
import { DRAFT_FIGURES_TABLE, RECORD_SOURCES } from '../planStamp';
import { liveRecordKeys } from '../quarterFigures';
import { recordRows } from '../recordRows';

/** The code the close reads and checks records with, loaded apart from the page's. */
export async function closeCode() {
  const [{ snapshotContentInSlices }, { figuresStandFor, sealFigures }] = await Promise.all([
    import('../../domain/snapshotRecord'),
    import('../../domain/quarterFiguresCheck'),
  ]);
  return { snapshotContentInSlices, figuresStandFor, sealFigures };
}

/** The close's code, loaded: before a transaction, since awaiting a load inside one ends it. */
export type CloseCode = Awaited<ReturnType<typeof closeCode>>;

/** How a record is read and hashed inside a transaction. */
export interface Reading {
  readonly db: PlannerDatabase;
  /** Awaited between slices of the long checks and the hash: on the page, lets it answer. */
  readonly pause: () => Promise<unknown>;
  /** A small read of the transaction's own, keeping it open while the browser hashes. */
  readonly keepAlive: () => Promise<unknown>;
}

export interface ClosingRecord {
  /** The live record before it, which its directions of travel compare with. */
  readonly before: RecordKey | undefined;
  readonly content: SnapshotContent;
  readonly hash: string;
  /**
   * The figures kept with it, when the previous quarter's kept figures stand (or there is no
   * previous quarter); otherwise the first view works them out.
   */
  readonly kept: ({ readonly figures: QuarterFigures } & KeptComparison) | null;
}

/** A record worked out ahead of its close, under the plan's stamp it was read under. */
export interface PreparedRecord {
  readonly quarter: QuarterKey;
  readonly stamp: string | null;
  readonly record: ClosingRecord;
}

export const noPause = () => Promise.resolve();

/**
 * Works out `quarter`'s record from what the database holds, given the live records (oldest
 * quarter first). Each record holds every action of its quarter; only the previous record is
 * read, with its kept figures.
 */
export async function workOutRecord(
  { snapshotContentInSlices, figuresStandFor }: CloseCode,
  { db, pause, keepAlive }: Reading,
  quarter: QuarterKey,
  live: readonly RecordKey[],
): Promise<ClosingRecord> {
  const earlier = live.filter((key) => key.quarter < quarter);
  const { actions, updates, recommendations, plan } = await recordRows(
    quarter,
    db,
    db.recommendations.toArray(),
    (action) => action,
  );
  const [before, beforeThat] = [earlier.at(-1), earlier.at(-2)];
  // Directions of travel compare with the previous record: with its comparison, kept with its
  // figures, where those stand for it and the comparison's SHA-256 holds; else with the record,
  // read and checked against its SHA-256. The checks and the hash of thousands of actions go a
  // slice at a time; the browser's SHA-256 finishes each hash while `keepAlive`'s reads keep the
  // transaction open.
  const inTransaction = { keepAlive };
  const previousFigures = before ? await db.quarterFigures.get(before.hash) : undefined;
  const standing =
    before && figuresStandFor(previousFigures, before, beforeThat) ? previousFigures : undefined;
  const readPrevious = async (id: string): Promise<ComparedContent | null> => {
    const previous = await db.snapshots.get(id);
    return previous ? snapshotContentInSlices(previous, pause, inTransaction) : null;
  };
  const previousContent = before
    ? ((standing && comparedContentOf(standing)) ?? (await readPrevious(before.id)))
    : null;
  const content = buildSnapshotContent(
    {
      quarter,
      actions,
      updates,
      recommendations,
      previous:
        before && previousContent ? { quarter: before.quarter, content: previousContent } : null,
    },
    plan,
  );
  const hash = await snapshotHashInSlices(content, pause, inTransaction);
  const comparedWith =
    previousContent && standing ? { content: previousContent, figures: standing.figures } : null;
  const kept =
    !before || comparedWith
      ? { figures: figuresOf(content, comparedWith), ...keptComparisonOf(content) }
      : null;
  return { before, content, hash, kept };
}

/**
 * The tables a record is prepared from: only those under the plan's stamp, so that whatever it is
 * made from, a write to it moves the stamp (a table read that is not among them fails the
 * preparation, and the close works the record out itself); with the stamp's own table, and the
 * one `breatheIn` reads.
 */
const PREPARED_FROM = [DRAFT_FIGURES_TABLE, ...RECORD_SOURCES, BREATH_TABLE];

/**
 * Works out `quarter`'s record ahead of its close, in a transaction of its own that reads the
 * plan's stamp with the rows; or answers null if the quarter is closed (the close says so).
 */
export async function prepareClose(
  quarter: QuarterKey,
  db: PlannerDatabase = database(),
): Promise<PreparedRecord | null> {
  const code = await closeCode();
  return db.transaction('r', PREPARED_FROM, async () => {
    const [stamp, live] = await Promise.all([planStampNow(db), liveRecordKeys(db)]);
    if (live.some((key) => key.quarter === quarter)) return null;
    const reading = { db, pause: noPause, keepAlive: breatheIn(db) };
    const record = await workOutRecord(code, reading, quarter, live);
    return { quarter, stamp, record };
  });
}

/** The record `prepared` holds for `quarter`, if nothing it is made from was written since. */
export async function preparedStill(
  db: PlannerDatabase,
  quarter: QuarterKey,
  prepared: PreparedRecord | null,
): Promise<ClosingRecord | null> {
  if (prepared?.quarter !== quarter) return null;
  return (await planStampNow(db)) === prepared.stamp ? prepared.record : null;
}
