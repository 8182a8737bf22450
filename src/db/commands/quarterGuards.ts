/** What every quarter command checks first: a real quarter, and one still open. */
import { parseQuarterKey, quarterLabel, type QuarterKey } from '../../domain/quarters';
import { isLiveRecord, type QuarterSnapshot } from '../../domain/updates';
import { ValidationError, type CommandContext } from '../command';
import type { RecordKey } from '../../domain/quarterFigures';
import { liveRecordKeys } from '../quarterFigures';

export function quarterOrRefuse(key: string) {
  const quarter = parseQuarterKey(key);
  if (!quarter)
    throw new ValidationError([{ field: 'quarter', message: `${key} is not a quarter` }]);
  return quarter;
}

export async function liveSnapshot(
  context: CommandContext,
  quarter: QuarterKey,
): Promise<QuarterSnapshot | undefined> {
  const snapshots = await context.db.snapshots.where('quarter').equals(quarter).toArray();
  return snapshots.find(isLiveRecord);
}

/**
 * Refuses a change to a closed quarter; answers the live records it listed, oldest quarter first.
 * Whether it is closed is learnt from the records' indexes (`liveRecordKeys`): a quarter reopened
 * keeps its superseded records, about 15 MB each at 20,000 actions, and every update saved to it
 * read them all.
 */
export async function refuseIfClosed(
  context: CommandContext,
  quarter: QuarterKey,
): Promise<RecordKey[]> {
  const live = await liveRecordKeys(context.db);
  if (live.some((key) => key.quarter === quarter)) {
    throw new ValidationError([
      {
        field: 'quarter',
        message: `${quarterLabel(quarterOrRefuse(quarter))} is closed: its updates are frozen as reported. Reopen the quarter, giving a reason, to change them.`,
      },
    ]);
  }
  return live;
}
