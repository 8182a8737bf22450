/**
 * The quarter's picture as a query, for the scrutiny view, the overview and the reports; and a
 * closed quarter's record, checked, for the quarterly round.
 */
import { queryOptions } from '@tanstack/react-query';
import type { QuarterKey } from '../domain/quarters';
import { loadClosedRecord, loadQuarterPicture } from './quarterPicture';
import { keys } from './queries';

export const quarterPictureQuery = (quarter: QuarterKey | 'latest', reporting: QuarterKey) =>
  queryOptions({
    queryKey: [...keys.picture(), quarter, reporting],
    queryFn: () => loadQuarterPicture(quarter, reporting),
  });

export const closedRecordQuery = (quarter: QuarterKey | undefined) =>
  queryOptions({
    queryKey: [...keys.snapshots(), 'record', quarter ?? null],
    queryFn: () => (quarter ? loadClosedRecord(quarter) : null),
    enabled: quarter !== undefined,
  });
