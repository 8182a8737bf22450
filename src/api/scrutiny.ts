/**
 * The quarter's picture as a query, for the scrutiny view, the overview and the reports; and what
 * a closed quarter's record, checked, shows in the quarterly round and its update pages.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { todayIso } from '../domain/dates';
import { quarterKey, type QuarterKey } from '../domain/quarters';
import { reportingQuarterOf } from '../domain/workspace';
import type { RecordKey } from '../domain/quarterFigures';
import { supersededRecordsOf } from '../db/quarterFigures';
import { closedRound, closedUpdate } from './closedRecord';
import { loadScrutinyPicture } from './quarterPicture';
import { keys, liveRecordsQuery, settingsQuery } from './queries';

/**
 * A quarter's picture for the screens, by quarter: the overview and the scrutiny view showing the
 * same quarter share it, so moving from one to the other works nothing out again. A caller that
 * has just read the closed quarters (`liveRecordsQuery`) hands them over, so they are not read
 * again.
 */
export const quarterPictureQuery = (quarter: QuarterKey, closedQuarters?: readonly RecordKey[]) =>
  queryOptions({
    queryKey: [...keys.picture(), quarter],
    queryFn: () => loadScrutinyPicture(quarter, closedQuarters),
  });

/**
 * The quarter the scrutiny view shows when no quarter is asked for: the latest closed quarter,
 * else the reporting quarter's draft.
 */
export const latestClosedOr = (live: readonly RecordKey[], reporting: QuarterKey): QuarterKey =>
  live.at(-1)?.quarter ?? reporting;

/**
 * The picture a page with charts will show, asked for as its link is pressed: a draft that must be
 * worked out starts on its way before the page's code has arrived. Not on hover: a pointer passing
 * over the link on its way elsewhere would set a worker reading the whole plan while the person
 * uses another page. Kept with the query, so the page finds it there; a failure is left for the
 * page to show.
 */
export async function pictureAhead(client: QueryClient, page: 'overview' | 'scrutiny') {
  const settings = await client.fetchQuery(settingsQuery());
  const reporting = quarterKey(reportingQuarterOf(settings, todayIso()));
  if (page === 'overview') return client.prefetchQuery(quarterPictureQuery(reporting));
  const live = await client.fetchQuery(liveRecordsQuery());
  return client.prefetchQuery(quarterPictureQuery(latestClosedOr(live, reporting), live));
}

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
    queryKey: keys.closedQuarter(quarter),
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
