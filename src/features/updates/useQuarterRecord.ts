import { useQuery } from '@tanstack/react-query';
import { quarterSnapshotsQuery } from '../../api/queries';
import { closedRecordQuery } from '../../api/scrutiny';
import type { QuarterKey } from '../../domain/quarters';
import { isLiveRecord } from '../../domain/updates';

/**
 * A quarter's records (every version, oldest first), the live one when the quarter is closed, and
 * that record as checked against its SHA-256: what the round and its update pages show of a closed
 * quarter. The record is checked as read, not read again.
 */
export function useQuarterRecord(key: QuarterKey | undefined) {
  const records = useQuery({ ...quarterSnapshotsQuery(key ?? ''), enabled: key !== undefined });
  const live = records.data?.find(isLiveRecord);
  const record = useQuery(closedRecordQuery(live));
  return { records, live, record };
}
