/**
 * Closed quarters' figures for the scrutiny view and the overview: the kept ones where they stand
 * for the live records (`figuresStandFor`), else worked out from the records, each checked against
 * its SHA-256 a slice at a time, and kept for next time. Loaded on demand: a first visit, with no
 * quarter closed, never needs the hashing or the checks.
 */
import * as reads from '../db/reads';
import { keepFigures, keptFigures, liveRecordKeys } from '../db/quarterFigures';
import {
  closedFactsOf,
  figuresOf,
  type ClosedQuarterFacts,
  type QuarterFiguresRecord,
  type RecordKey,
} from '../domain/quarterFigures';
import { comparedContentOf, keptComparisonOf } from '../domain/comparison';
import { figuresStandFor, sealFigures } from '../domain/quarterFiguresCheck';
import type { QuarterKey } from '../domain/quarters';
import type { ComparedContent, SnapshotContent } from '../domain/snapshot';
import { yieldToPage } from '../lib/yieldToPage';

export interface CheckedRecord {
  readonly closed: ClosedQuarterFacts;
  readonly content: SnapshotContent;
}

/** A closed quarter's record, read and checked (it throws `SnapshotAlteredError` if it fails). */
export async function checkedRecord(key: RecordKey): Promise<CheckedRecord> {
  // The record's checks, with their schema library, load only when a record has to be read.
  const [record, { snapshotContentInSlices, SnapshotAlteredError }] = await Promise.all([
    reads.getSnapshot(key.id),
    import('../domain/snapshotRecord'),
  ]);
  if (!record) throw new SnapshotAlteredError(key.quarter);
  return {
    closed: closedFactsOf(record),
    content: await snapshotContentInSlices(record, yieldToPage),
  };
}

/**
 * What a quarter compares with of the closed quarter before it (`record`, its figures): the
 * comparison kept with them where it holds, else its record, read and checked.
 */
export async function comparedWithQuarter(
  record: QuarterFiguresRecord,
): Promise<{ readonly quarter: QuarterKey; readonly content: ComparedContent }> {
  const kept = comparedContentOf(record);
  if (kept) return { quarter: record.closed.quarter, content: kept };
  const { closed, content } = await checkedRecord(record.closed);
  return { quarter: closed.quarter, content };
}

/**
 * The figures of the live records `chain` (oldest first, with no live record missing between
 * them), in the same order. `live` is every live record: kept figures no live record needs are
 * let go.
 */
export async function closedFigures(
  chain: readonly RecordKey[],
  live: readonly RecordKey[],
): Promise<QuarterFiguresRecord[]> {
  const kept = await keptFigures(chain.map((key) => key.hash));
  const read = new Map<string, CheckedRecord>();
  const recordOf = async (key: RecordKey) => {
    const checked = read.get(key.id) ?? (await checkedRecord(key));
    read.set(key.id, checked);
    return checked;
  };
  const result: QuarterFiguresRecord[] = [];
  const workedOut: QuarterFiguresRecord[] = [];
  for (const [index, key] of chain.entries()) {
    const previous = index > 0 ? chain[index - 1] : undefined;
    const before = result[index - 1];
    const own = kept[index];
    if (figuresStandFor(own, key, previous)) {
      result.push(own);
      continue;
    }
    const { closed, content } = await recordOf(key);
    const figures = figuresOf(
      content,
      previous && before
        ? { content: (await recordOf(previous)).content, figures: before.figures }
        : null,
    );
    const sealed = sealFigures({
      snapshotHash: key.hash,
      previousHash: previous?.hash ?? null,
      closed,
      figures,
      ...keptComparisonOf(content),
    });
    result.push(sealed);
    workedOut.push(sealed);
  }
  // Keeping them only saves the next view the work: if the browser refuses the write (its storage
  // full), the figures are still shown.
  if (workedOut.length > 0) await keepFigures(workedOut, live).catch(() => undefined);
  return result;
}

/**
 * What is said of a live record `key` (who closed it, when, its version and SHA-256), given the
 * live record before it: from its kept figures where they stand, else from the record itself,
 * which is then read only for them. Nothing is worked out, so one altered record does not keep
 * the others from the page.
 */
async function factsOf(
  key: RecordKey,
  previous: RecordKey | undefined,
  kept: QuarterFiguresRecord | undefined,
): Promise<ClosedQuarterFacts> {
  if (figuresStandFor(kept, key, previous)) return kept.closed;
  const record = await reads.getSnapshot(key.id);
  return closedFactsOf(record ?? { ...key, closedAt: '', closedBy: '' });
}

/**
 * What is said of a closed quarter, null for a quarter not closed. No record is read while its
 * figures stand, so the round can say a quarter is closed before its record is checked.
 */
export async function closedFactsOfQuarter(
  quarter: QuarterKey,
): Promise<ClosedQuarterFacts | null> {
  const live = await liveRecordKeys();
  const index = live.findIndex((key) => key.quarter === quarter);
  const key = live[index];
  if (!key) return null;
  const [kept] = await keptFigures([key.hash]);
  return factsOf(key, live[index - 1], kept);
}

/** What is said of every closed quarter, newest first: the reports page lists them. */
export async function closedQuarterFacts(): Promise<ClosedQuarterFacts[]> {
  const live = await liveRecordKeys();
  const kept = await keptFigures(live.map((key) => key.hash));
  const facts = await Promise.all(
    live.map((key, index) => factsOf(key, live[index - 1], kept[index])),
  );
  return facts.reverse();
}
