/**
 * A quarter's picture, for the screens (its figures) and for the documents (its record): a closed
 * quarter's, or (for a quarter still open) a draft built the same way from today's data. No React
 * here: the export worker reads it too. Closed quarters are found from the indexes
 * (`liveRecordKeys`); a record is read only to be checked and used. A draft's figures are kept
 * or worked out by `draftFigures.ts`.
 */
import { liveRecordKeys } from '../db/quarterFigures';
import type {
  ClosedQuarterFacts,
  RecordKey,
  QuarterFigures,
  QuarterFiguresRecord,
} from '../domain/quarterFigures';
import type { QuarterKey } from '../domain/quarters';
import { trend, trendOf, type TrendPoint } from '../domain/scrutiny';
import type { SnapshotContent } from '../domain/snapshot';
import type { CheckedRecord } from './closedFigures';
import { checks, draftContent, draftFigures } from './draftFigures';

/** What the scrutiny view and the overview show of a quarter: its figures, never its record. */
export interface ScrutinyPicture {
  readonly quarter: QuarterKey;
  /** The live record's facts when the quarter is closed; null for a draft. */
  readonly closed: ClosedQuarterFacts | null;
  readonly figures: QuarterFigures;
  /** The previous closed quarter's. */
  readonly previous: QuarterFigures | undefined;
  readonly trend: TrendPoint[];
}

/** What the documents are made from: the quarter's record, and the closed quarters' before it. */
export interface QuarterPicture {
  readonly quarter: QuarterKey;
  /** The live record's facts when the quarter is closed; null for a draft. */
  readonly snapshot: ClosedQuarterFacts | null;
  readonly content: SnapshotContent;
  readonly previous: SnapshotContent | undefined;
  /** Closed quarters before this one, newest first. */
  readonly earlier: SnapshotContent[];
  readonly trend: TrendPoint[];
}

/**
 * The picture the screens show. A closed quarter's figures are those kept when it closed, read
 * without its record (`closedFigures.ts`); a draft's are worked out from today's data and the
 * previous record, checked, as the documents' are. `closedQuarters`: the live records' keys, if
 * just read (`liveRecordKeys`).
 */
export async function loadScrutinyPicture(
  quarter: QuarterKey,
  closedQuarters?: readonly RecordKey[],
): Promise<ScrutinyPicture> {
  const live = closedQuarters ?? (await liveRecordKeys());
  const chain = live.filter((key) => key.quarter <= quarter);
  const closed =
    chain.length > 0
      ? checks().then(({ closedFigures }) => closedFigures(chain, live))
      : Promise.resolve([]);
  const previousOf = (kept: readonly QuarterFiguresRecord[]) =>
    kept.filter((record) => record.closed.quarter < quarter).at(-1);
  // A draft's figures are asked for at once: its worker reads the plan while the closed quarters'
  // figures are read and checked here. A draft kept may not need the previous quarter's figures:
  // if they cannot be read, that is said once, below, as the closed quarters' failure.
  const previousFigures = closed.then(previousOf);
  previousFigures.catch(() => undefined);
  const draft = chain.some((key) => key.quarter === quarter)
    ? undefined
    : draftFigures(
        quarter,
        chain.filter((key) => key.quarter < quarter).at(-1)?.hash ?? null,
        previousFigures,
      );
  const [kept, draftOwn] = await Promise.all([closed, draft]);
  const own = kept.find((record) => record.closed.quarter === quarter);
  const previous = previousOf(kept);
  const figures = own?.figures ?? draftOwn;
  if (!figures) throw new Error(`no figures for ${quarter}`);
  return {
    quarter,
    closed: own?.closed ?? null,
    figures,
    previous: previous?.figures,
    trend: trendOf(kept.map((record) => record.figures)),
  };
}

/**
 * The picture the documents are made from. Every closed quarter's record up to this one is
 * checked against its SHA-256, once, before a figure is used, a slice at a time.
 */
export async function loadQuarterPicture(quarter: QuarterKey): Promise<QuarterPicture> {
  const chain = (await liveRecordKeys()).filter((key) => key.quarter <= quarter);
  const records: CheckedRecord[] = [];
  if (chain.length > 0) {
    const { checkedRecord } = await checks();
    for (const key of chain) records.push(await checkedRecord(key));
  }
  const own = records.find((record) => record.closed.quarter === quarter);
  const earlier = records.filter((record) => record.closed.quarter < quarter);
  const content = own?.content ?? (await draftContent(quarter, earlier.at(-1) ?? null));
  return {
    quarter,
    snapshot: own?.closed ?? null,
    content,
    previous: earlier.at(-1)?.content,
    earlier: earlier.map((record) => record.content).reverse(),
    trend: trend(records.map((record) => record.content)),
  };
}
