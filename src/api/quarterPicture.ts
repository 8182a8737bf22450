/**
 * A quarter's picture for the scrutiny view and the overview: the closed quarter's snapshot, or
 * (for a quarter still open) a draft built the same way from today's data. No React here: the
 * export worker reads it too.
 */
import * as reads from '../db/reads';
import type { QuarterKey } from '../domain/quarters';
import { buildSnapshotContent, type SnapshotContent } from '../domain/snapshot';
import { trend, type TrendPoint } from '../domain/scrutiny';
import { liveRecordKeys } from '../db/quarterFigures';
import {
  figuresOf,
  trendOfFigures,
  type QuarterFigures,
  type QuarterFiguresRecord,
  type RecordKey,
} from '../domain/quarterFigures';
import { isLiveRecord, type QuarterSnapshot } from '../domain/updates';
import { yieldToPage } from '../lib/yieldToPage';

export interface QuarterPicture {
  readonly quarter: QuarterKey;
  /** The live snapshot when the quarter is closed; null for a draft. */
  readonly snapshot: QuarterSnapshot | null;
  readonly content: SnapshotContent;
  readonly previous: SnapshotContent | undefined;
  /** Closed quarters before this one, newest first. */
  readonly earlier: SnapshotContent[];
  readonly trend: TrendPoint[];
  readonly closedQuarters: QuarterKey[];
}

/** What the scrutiny view and the overview show of a quarter: its figures, never its record. */
export interface ScrutinyPicture {
  readonly quarter: QuarterKey;
  /** The live record's facts when the quarter is closed; null for a draft. */
  readonly closed: (QuarterFiguresRecord['closed'] & { readonly hash: string }) | null;
  readonly figures: QuarterFigures;
  /** The previous closed quarter's. */
  readonly previous: QuarterFigures | undefined;
  readonly trend: TrendPoint[];
  readonly closedQuarters: QuarterKey[];
}

/**
 * The picture the screens show. A closed quarter's figures are those kept when it closed, read
 * without its record (`closedFigures.ts`); a draft's are worked out from today's data and the
 * previous record, checked, as the documents' are (`loadQuarterPicture`).
 * `latest` is the latest closed quarter, or the reporting quarter when none is closed.
 */
export async function loadScrutinyPicture(
  quarter: QuarterKey | 'latest',
  reporting: QuarterKey,
): Promise<ScrutinyPicture> {
  const live = await liveRecordKeys();
  const target = quarter === 'latest' ? (live.at(-1)?.quarter ?? reporting) : quarter;
  const chain = live.filter((key) => key.quarter <= target);
  // The checks and their schema library load only when a quarter has been closed.
  const kept =
    chain.length > 0 ? await (await import('./closedFigures')).closedFigures(chain, live) : [];
  const own = kept.find((record) => record.closed.quarter === target);
  const earlier = kept.filter((record) => record.closed.quarter < target);
  const previous = earlier.at(-1);
  return {
    quarter: target,
    closed: own ? { ...own.closed, hash: own.snapshotHash } : null,
    figures: own?.figures ?? (await draftFigures(target, previous, chain.at(-1))),
    previous: previous?.figures,
    trend: trendOfFigures(kept.map((record) => record.figures)),
    closedQuarters: live.map((key) => key.quarter),
  };
}

/** An open quarter's figures: today's data, compared with the previous closed quarter's record. */
async function draftFigures(
  quarter: QuarterKey,
  previous: QuarterFiguresRecord | undefined,
  previousKey: RecordKey | undefined,
): Promise<QuarterFigures> {
  const [sources, before] = await Promise.all([
    reads.quarterSources(quarter),
    previous && previousKey
      ? (await import('./closedFigures')).checkedRecord(previousKey)
      : Promise.resolve(null),
  ]);
  const content = buildSnapshotContent({
    quarter,
    ...sources,
    previous: before ? { quarter: before.closed.quarter, content: before.content } : null,
  });
  return figuresOf(
    content,
    before && previous ? { content: before.content, figures: previous.figures } : null,
  );
}

/** `latest` is the latest closed quarter, or the reporting quarter when none is closed. */
export async function loadQuarterPicture(
  quarter: QuarterKey | 'latest',
  reporting: QuarterKey,
): Promise<QuarterPicture> {
  const closed = (await reads.listSnapshots())
    .filter(isLiveRecord)
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
  const target = quarter === 'latest' ? (closed.at(-1)?.quarter ?? reporting) : quarter;
  const snapshot = closed.find((s) => s.quarter === target) ?? null;
  // Every closed quarter's record up to this one is checked against its SHA-256, once, before a
  // figure is shown, a slice at a time so that the page answers meanwhile. The checker, with its
  // schema library, loads only when there is a record to check: not on a first visit.
  const records = closed.filter((s) => s.quarter <= target);
  const upTo: SnapshotContent[] = [];
  if (records.length > 0) {
    const { snapshotContentInSlices } = await import('../domain/snapshotRecord');
    for (const record of records) upTo.push(await snapshotContentInSlices(record, yieldToPage));
  }
  const earlier = upTo.filter((c) => c.quarter < target).reverse();
  const previous = earlier[0];
  // A closed quarter's figures are its record's; only an open quarter's are built from today's data.
  const content =
    upTo.find((c) => c.quarter === target) ??
    buildSnapshotContent({
      quarter: target,
      ...(await reads.quarterSources(target)),
      previous: previous ? { quarter: previous.quarter, content: previous } : null,
    });
  return {
    quarter: target,
    snapshot,
    content,
    previous,
    earlier,
    trend: trend(upTo),
    closedQuarters: closed.map((s) => s.quarter),
  };
}

/** A closed quarter's record as checked: its content, or why it cannot be shown. */
export type ClosedRecord =
  | { readonly ok: true; readonly content: SnapshotContent }
  | { readonly ok: false; readonly message: string };

/**
 * The live record of a closed quarter, as read with its quarter's other versions, checked against
 * its SHA-256 and its shape a slice at a time (so the page answers meanwhile). The record is not
 * read again: at 20,000 actions reading it is a task of about 150 ms.
 */
export async function checkClosedRecord(live: QuarterSnapshot): Promise<ClosedRecord> {
  const { snapshotContentInSlices, SnapshotAlteredError } =
    await import('../domain/snapshotRecord');
  try {
    return { ok: true, content: await snapshotContentInSlices(live, yieldToPage) };
  } catch (error) {
    if (error instanceof SnapshotAlteredError) return { ok: false, message: error.message };
    throw error;
  }
}
