/**
 * The quarter's picture as a query, for the scrutiny view, the overview and the reports; and what
 * a closed quarter's record, checked, shows in the quarterly round and its update pages.
 */
import { queryOptions } from '@tanstack/react-query';
import type { QuarterKey } from '../domain/quarters';
import type { RecordKey } from '../domain/quarterFigures';
import { supersededRecordsOf } from '../db/quarterFigures';
import { closedRound, closedUpdate } from './closedRecord';
import { loadScrutinyPicture } from './quarterPicture';
import { keys } from './queries';

/**
 * A quarter's picture for the screens, by quarter: the overview and the scrutiny view showing the
 * same quarter share it, so moving from one to the other works nothing out again.
 */
export const quarterPictureQuery = (quarter: QuarterKey) =>
  queryOptions({
    queryKey: [...keys.picture(), quarter],
    queryFn: () => loadScrutinyPicture(quarter),
  });

/** The closed quarters, newest first: who closed each, when, its version and its SHA-256. */
export const closedQuartersQuery = () =>
  queryOptions({
    queryKey: [...keys.snapshots(), 'closed quarters'],
    queryFn: async () => (await import('./closedFigures')).closedQuarterFacts(),
  });

/**
 * What is said of a closed quarter (who, when, version, SHA-256), from its kept figures: null if it
 * is open. The round shows it before the record is checked.
 */
export const quarterClosedQuery = (quarter: QuarterKey) =>
  queryOptions({
    queryKey: [...keys.snapshots(), 'closed', quarter],
    queryFn: async () => (await import('./closedFigures')).closedFactsOfQuarter(quarter),
  });

/** A quarter's superseded records, without their content: the round lists them. */
export const supersededRecordsQuery = (quarter: QuarterKey) =>
  queryOptions({
    queryKey: [...keys.snapshots(), 'superseded', quarter],
    queryFn: () => supersededRecordsOf(quarter),
  });

const recordKey = (live: RecordKey | undefined) =>
  [...keys.snapshots(), 'record', live?.id ?? null, live?.hash ?? null] as const;

/** A closed quarter's round, from its live record as checked (null: the quarter is open). */
export const closedRoundQuery = (live: RecordKey | undefined) =>
  queryOptions({
    queryKey: [...recordKey(live), 'round'],
    queryFn: () => (live ? closedRound(live) : null),
    enabled: live !== undefined,
  });

/** One action's update in a closed quarter's live record, as checked. */
export const closedUpdateQuery = (live: RecordKey | undefined, actionId: string | undefined) =>
  queryOptions({
    queryKey: [...recordKey(live), 'update', actionId ?? null],
    queryFn: () => (live && actionId ? closedUpdate(live, actionId) : null),
    enabled: live !== undefined && actionId !== undefined,
  });
