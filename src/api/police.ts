/**
 * The data.police.uk client. Every request goes through TanStack Query (`fetchQuery`: one cache
 * and retry policy) and one rate limiter (12 a second, a margin under the API's 15); a 429 is retried with back-off; an area
 * the API finds too large (503) is split in two and each half fetched; each month fetched is
 * cached in IndexedDB, so figures work offline and nothing is fetched twice. A response of the
 * wrong shape is refused with a clear message, and nothing already held changes.
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { recordFetchedValues } from '../db/commands/indicators';
import { cachedMonths, cacheMonth } from '../db/policeCache';
import type { Indicator } from '../domain/indicators';
import {
  areasOf,
  availabilityResponse,
  boundaryResponse,
  categoriesResponse,
  crimesResponse,
  encodePolygon,
  monthlyCounts,
  neighbourhoodsResponse,
  POLICE_API,
  POLICE_FORCE,
  POLICE_REQUESTS_PER_SECOND,
  splitPolygon,
  type AreaMonth,
  type PoliceArea,
} from '../domain/police';
import type { Polygon } from '../domain/polygon';
import { rateLimiter, type Clock } from '../lib/rateLimit';
import { keys } from './queries';

export type PoliceErrorKind = 'rate-limited' | 'too-large' | 'unavailable' | 'network' | 'shape';

export class PoliceError extends Error {
  readonly kind: PoliceErrorKind;
  readonly retryAfterMs: number | undefined;
  constructor(kind: PoliceErrorKind, message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'PoliceError';
    this.kind = kind;
    this.retryAfterMs = retryAfterMs;
  }
}

const KEPT = 'Figures already fetched are kept.';
let waitTurn = rateLimiter(POLICE_REQUESTS_PER_SECOND);
/**
 * Paces requests on another clock: the tests use virtual time, so what they check of the pace
 * never depends on the machine's speed. Returns the limiter's turns as they are granted.
 */
export function pacePoliceRequestsOn(clock: Clock): readonly number[] {
  const turns: number[] = [];
  const limiter = rateLimiter(POLICE_REQUESTS_PER_SECOND, clock);
  waitTurn = async () => {
    const at = await limiter();
    turns.push(at);
    return at;
  };
  return turns;
}
/** Requests made since the page opened; the tests use it to show a cached month is not fetched. */
let requestCount = 0;
export const policeRequestCount = () => requestCount;

/** URLs longer than this go as a POST with the polygon in the body, as the API's docs advise. */
const LONGEST_URL = 3500;

async function request<S extends z.ZodType>(path: string, schema: S, form?: URLSearchParams) {
  await waitTurn();
  requestCount += 1;
  const url = `${POLICE_API}/${path}`;
  const long = form !== undefined && url.length + form.toString().length > LONGEST_URL;
  let response: Response;
  try {
    response = long
      ? await fetch(url, { method: 'POST', body: form })
      : await fetch(form ? `${url}?${form.toString()}` : url);
  } catch {
    throw new PoliceError(
      'network',
      `data.police.uk could not be reached: check the connection and try again. ${KEPT}`,
    );
  }
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    throw new PoliceError(
      'rate-limited',
      `data.police.uk asked the app to slow down, and kept refusing after several tries. Try again in a minute. ${KEPT}`,
      Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined,
    );
  }
  if (response.status === 503)
    throw new PoliceError(
      'too-large',
      `data.police.uk could not answer for this area even in small pieces (it may be down). Try again later. ${KEPT}`,
    );
  if (!response.ok)
    throw new PoliceError(
      'unavailable',
      `data.police.uk answered with an error (${response.status}). Try again later. ${KEPT}`,
    );
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new PoliceError(
      'shape',
      `data.police.uk sent a response the app does not recognise (${path.split('?')[0] ?? path}); the API may have changed. Nothing was changed. ${KEPT}`,
    );
  return parsed.data as z.infer<S>;
}

/** Through TanStack Query: cached for the session, 429s retried with back-off. */
function policeOptions<T>(key: readonly unknown[], fetcher: () => Promise<T>) {
  return queryOptions({
    queryKey: ['police', ...key],
    queryFn: fetcher,
    staleTime: Infinity,
    retry: (failures, error) =>
      error instanceof PoliceError && error.kind === 'rate-limited' && failures < 5,
    retryDelay: (attempt, error) =>
      (error instanceof PoliceError ? error.retryAfterMs : undefined) ??
      Math.min(8000, 500 * 2 ** attempt),
  });
}

const query = <T>(client: QueryClient, key: readonly unknown[], fetcher: () => Promise<T>) =>
  client.fetchQuery(policeOptions(key, fetcher));

export const categoriesOptions = () =>
  policeOptions(['categories'], () => request('crime-categories', categoriesResponse));

export const neighbourhoodsOptions = () =>
  policeOptions(['neighbourhoods'], async () =>
    [...(await request(`${POLICE_FORCE}/neighbourhoods`, neighbourhoodsResponse))].sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
  );

/** The months the API holds, newest first. */
export const availabilityOptions = () =>
  policeOptions(['availability'], async () =>
    (await request('crimes-street-dates', availabilityResponse))
      .map((entry) => entry.date)
      .sort((a, b) => b.localeCompare(a)),
  );

const boundaryOf = (client: QueryClient, neighbourhoodId: string) =>
  query(client, ['boundary', neighbourhoodId], async (): Promise<Polygon> =>
    (
      await request(
        `${POLICE_FORCE}/${encodeURIComponent(neighbourhoodId)}/boundary`,
        boundaryResponse,
      )
    ).map((p) => [p.latitude, p.longitude] as const),
  );

const MAX_SPLITS = 6;

/** Crimes in a polygon for a month; a polygon the API finds too large is split and retried. */
async function crimesIn(
  client: QueryClient,
  polygon: Polygon,
  month: string,
  depth = 0,
): Promise<{ crimes: Map<number, string>; requests: number }> {
  const poly = encodePolygon(polygon);
  try {
    const crimes = await query(client, ['crimes', poly, month], () =>
      request(
        'crimes-street/all-crime',
        crimesResponse,
        new URLSearchParams({ poly, date: month }),
      ),
    );
    return { crimes: new Map(crimes.map((c) => [c.id, c.category])), requests: 1 };
  } catch (error) {
    if (!(error instanceof PoliceError && error.kind === 'too-large') || depth >= MAX_SPLITS)
      throw error;
    const halves = splitPolygon(polygon).filter((half) => half.length >= 3);
    let requests = 1;
    const crimes = new Map<number, string>();
    for (const half of halves) {
      const part = await crimesIn(client, half, month, depth + 1);
      requests += part.requests;
      for (const [id, category] of part.crimes) crimes.set(id, category);
    }
    return { crimes, requests };
  }
}

async function fetchAreaMonth(
  client: QueryClient,
  area: PoliceArea,
  month: string,
): Promise<AreaMonth> {
  const polygon = area.polygon ?? (await boundaryOf(client, area.neighbourhoodId ?? ''));
  const { crimes, requests } = await crimesIn(client, polygon, month);
  const entry: AreaMonth = { area: area.key, month, crimes: [...crimes] };
  await cacheMonth(entry, requests);
  return entry;
}

export interface FetchProgress {
  readonly done: number;
  readonly total: number;
  /** Area-months found in the cache, not fetched. */
  readonly cached: number;
}

/**
 * Fetches (or finds in the cache) every month asked for in every area of the indicator, then
 * records the monthly counts as the indicator's values. Stops at the first error: months fetched
 * before it stay cached, and the indicator's values are not changed.
 */
export async function fetchPoliceFigures(
  client: QueryClient,
  indicator: Pick<Indicator, 'id' | 'police'>,
  months: readonly string[],
  onProgress: (progress: FetchProgress) => void = () => undefined,
): Promise<{ changed: number; fetched: number; cached: number }> {
  if (!indicator.police)
    throw new Error('This indicator does not take its figures from the police.');
  const areas = areasOf(indicator.police);
  const held = await cachedMonths(
    areas.map((a) => a.key),
    months,
  );
  const heldIds = new Set(held.map((row) => row.id));
  const missing = areas.flatMap((area) =>
    months.filter((m) => !heldIds.has(`${area.key}|${m}`)).map((month) => ({ area, month })),
  );
  const total = areas.length * months.length;
  let done = held.length;
  onProgress({ done, total, cached: held.length });
  const fetched: AreaMonth[] = [];
  // A few at a time: the rate limiter keeps the pace; a failure stops the rest.
  const queue = [...missing];
  let failure: unknown;
  const worker = async () => {
    for (let next = queue.shift(); next && !failure; next = queue.shift()) {
      try {
        fetched.push(await fetchAreaMonth(client, next.area, next.month));
        done += 1;
        onProgress({ done, total, cached: held.length });
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (failure) throw failure;
  const counts = monthlyCounts([...held, ...fetched], indicator.police.categories);
  const changed = await recordFetchedValues(indicator.id, counts);
  return { changed, fetched: fetched.length, cached: held.length };
}

/** Fetches an indicator's crime figures, with progress, and refreshes what shows them. */
export function useFetchPoliceFigures() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<FetchProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: { indicator: Pick<Indicator, 'id' | 'police'>; months: string[] }) => {
      setProgress(null);
      return fetchPoliceFigures(client, input.indicator, input.months, setProgress);
    },
    // The values recorded are a committed command: every read of the workspace refetches.
    onSettled: () => client.invalidateQueries({ queryKey: keys.all }),
  });
  return { ...mutation, progress };
}
