import { useQuery } from '@tanstack/react-query';
import { quarterClosedQuery, supersededRecordsQuery } from '../../api/scrutiny';
import type { QuarterKey } from '../../domain/quarters';

/**
 * What the round and its update pages know of a quarter's records: whether it is closed (who
 * closed it, when, its version and SHA-256, from its kept figures) and its superseded versions.
 * Neither reads a record of 15 MB, so the round says a quarter is closed while its live record
 * (`live`, for `closedRoundQuery` and `closedUpdateQuery`) is still being read and checked.
 */
export function useQuarterRecord(key: QuarterKey | undefined) {
  const enabled = key !== undefined;
  const closed = useQuery({ ...quarterClosedQuery(key ?? ('' as QuarterKey)), enabled });
  const superseded = useQuery({ ...supersededRecordsQuery(key ?? ('' as QuarterKey)), enabled });
  const live = closed.data ?? undefined;
  return {
    /** Whether the quarter's state is known: closed (and how) or open. */
    known: closed.isSuccess && superseded.isSuccess,
    /** Why it could not be learnt, if it could not. */
    failure: closed.error ?? superseded.error,
    live,
    earlier: superseded.data ?? [],
  };
}
