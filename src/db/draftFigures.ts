/**
 * A draft's figures, kept with the plan's stamp they were worked out under (`planStamp.ts`,
 * decision 0015). At 20,000 actions working a draft out reads every action and the quarter's
 * updates (most of a second); while nothing it is made from has been written since, the kept
 * figures are the same figures, read in a few milliseconds.
 *
 * The table is written outside `runCommand`, as the closed quarters' figures are: it holds nothing
 * that cannot be worked out again, so it is neither audited, synced nor part of a backup.
 */
import { QUARTER_FIGURES_VERSION, type QuarterFigures } from '../domain/quarterFigures';
import type { QuarterKey } from '../domain/quarters';
import { database } from './connection';
import type { PlannerDatabase } from './database';
import type { KeptSourcesRow } from './draftSources';
import { STAMP_KEY, type TouchedRow } from './planStamp';

/** The plan's stamp: replaced by every write to what a draft is made from. */
interface PlanStampRow {
  readonly key: typeof STAMP_KEY;
  readonly stamp: string;
}

/** A draft's figures, as worked out under `stamp` against the previous live record. */
interface KeptDraftRow {
  readonly key: `draft:${QuarterKey}`;
  /** The plan's stamp when the figures' sources were read; null before the first write. */
  readonly stamp: string | null;
  /** The SHA-256 of the live record the draft was compared with, if any. */
  readonly previousHash: string | null;
  readonly figures: QuarterFigures;
}

/** The table also keeps a draft's sources, and notes of the rows written since (`draftSources.ts`). */
export type DraftFiguresRow = PlanStampRow | KeptDraftRow | KeptSourcesRow | TouchedRow;

const DRAFT_PREFIX = 'draft:';

const draftKey = (quarter: QuarterKey) => `${DRAFT_PREFIX}${quarter}` as const;

const isDraft = (row: DraftFiguresRow | undefined): row is KeptDraftRow =>
  row?.key.startsWith(DRAFT_PREFIX) ?? false;

/** What is kept for a draft: its figures if they still stand, and the plan's stamp now. */
export interface KeptDraft {
  readonly figures: QuarterFigures | null;
  readonly stamp: string | null;
  /**
   * How many actions the quarter's draft held when it was last worked out, whether or not its
   * figures still stand: if it was a large plan, it is worked out again in a worker without
   * looking at the plan's size (`worthAWorker`).
   */
  readonly actionsLastTime: number | null;
}

/**
 * The draft's kept figures, if they were worked out under the plan's stamp as it stands and
 * against the same previous record, in the current shape. Read before the draft's sources, so
 * that figures worked out from those sources are kept under the stamp they were read under.
 */
export async function keptDraft(
  quarter: QuarterKey,
  previousHash: string | null,
  db: PlannerDatabase = database(),
): Promise<KeptDraft> {
  const [stampRow, row] = await db.draftFigures.bulkGet([STAMP_KEY, draftKey(quarter)]);
  const stamp = stampOf(stampRow);
  const stands =
    isDraft(row) &&
    row.stamp === stamp &&
    row.previousHash === previousHash &&
    row.figures.version === QUARTER_FIGURES_VERSION &&
    row.figures.quarter === quarter;
  const actionsLastTime = isDraft(row) ? row.figures.actions : null;
  return { figures: stands ? row.figures : null, stamp, actionsLastTime };
}

/** The plan's stamp as a row of this table holds it: null before the first write. */
const stampOf = (row: DraftFiguresRow | undefined): string | null =>
  row?.key === STAMP_KEY ? row.stamp : null;

/** The plan's stamp now, read in the caller's transaction if there is one. */
export const planStampNow = async (db: PlannerDatabase): Promise<string | null> =>
  stampOf(await db.draftFigures.get(STAMP_KEY));

/**
 * Whether a draft's figures were kept under the plan's stamp now (nothing written since), read in
 * the caller's transaction: then the next view reads them and works nothing out.
 */
export async function draftKeptUnderStampNow(db: PlannerDatabase): Promise<boolean> {
  const [stamp, drafts] = await Promise.all([
    planStampNow(db),
    db.draftFigures.where('key').startsWith(DRAFT_PREFIX).toArray(),
  ]);
  return drafts.some((row) => isDraft(row) && row.stamp === stamp);
}

/**
 * Puts `row` in place of every other row of its kind (its key's `prefix`), and lets go of
 * `alsoLetGo`, if nothing a draft is made from was written since `stamp` was read: a kept draft's
 * figures, or its sources.
 */
export async function keepUnderStamp(
  row: KeptDraftRow | KeptSourcesRow,
  prefix: string,
  stamp: string | null,
  alsoLetGo: readonly DraftFiguresRow['key'][] = [],
  db: PlannerDatabase = database(),
): Promise<void> {
  await db.transaction('rw', db.draftFigures, async () => {
    if ((await planStampNow(db)) !== stamp) return;
    const others = (await db.draftFigures.where('key').startsWith(prefix).primaryKeys()).filter(
      (key) => key !== row.key,
    );
    await db.draftFigures.bulkDelete([...others, ...alsoLetGo]);
    await db.draftFigures.put(row);
  });
}

/**
 * Keeps a draft's figures if nothing they are made from was written since their sources were read
 * (the stamp is still `stamp`), and lets go of every other draft's.
 */
export async function keepDraft(
  figures: QuarterFigures,
  previousHash: string | null,
  stamp: string | null,
  db: PlannerDatabase = database(),
): Promise<void> {
  const row: KeptDraftRow = { key: draftKey(figures.quarter), stamp, previousHash, figures };
  await keepUnderStamp(row, DRAFT_PREFIX, stamp, [], db);
}
