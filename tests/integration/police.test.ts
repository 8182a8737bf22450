// @vitest-environment node
/**
 * Crime figures from data.police.uk, against the MSW stand-in (mocks/police): a fetch that
 * works, a 429 then success, a 503 that makes the app split the area, a network failure that
 * keeps the cache, a response of the wrong shape refused, the rate limit, and the cache.
 */
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  fetchPoliceFigures,
  pacePoliceRequestsOn,
  PoliceError,
  policeRequestCount,
} from '../../src/api/police';
import { createIndicator } from '../../src/db/commands/indicators';
import type { PlannerDatabase } from '../../src/db/database';
import type { Indicator, IndicatorInput, PoliceSource } from '../../src/domain/indicators';
import {
  encodePolygon,
  POLICE_API,
  POLICE_API_LIMIT_PER_SECOND,
  POLICE_REQUESTS_PER_SECOND,
} from '../../src/domain/police';
import type { Polygon } from '../../src/domain/polygon';
import { crimesFor, crimesInPolygon, FIXTURE_BOUNDARIES, parsePoly } from '../../mocks/police/api';
import { server } from '../../mocks/server';
import { freshWorkspace } from './renderApp';

const MONTHS = ['2026-04', '2026-05', '2026-06'];
/** A neighbourhood's boundary as the app sends it (to 5 decimal places, about a metre). */
const boundary = (id: string): Polygon =>
  parsePoly(
    encodePolygon(
      (FIXTURE_BOUNDARIES[id] ?? []).map((p) => [Number(p.latitude), Number(p.longitude)] as const),
    ),
  );

let db: PlannerDatabase;
let client: QueryClient;
/** The limiter's turns, on virtual time: what is checked of the pace never depends on the machine's speed. */
let turns: readonly number[];
beforeEach(async () => {
  let time = 0;
  turns = pacePoliceRequestsOn({
    now: () => time,
    sleep: async (ms) => {
      time += ms;
    },
  });
  db = await freshWorkspace();
  client = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
});

async function policeIndicator(police: PoliceSource): Promise<Indicator> {
  const input: IndicatorInput = {
    name: `Crime ${Math.random()}`,
    description: '',
    unit: 'crimes',
    polarity: 'lower-is-better',
    bodyId: 'GYV',
    draft: false,
    source: 'data.police.uk',
    sourceKind: 'police',
    police,
    baselineValue: '',
    baselinePeriod: '',
    targets: [],
    tolerancePercent: '10',
    frequency: 'monthly',
    rollUp: 'sum',
    recommendationNumbers: [],
    objectiveIds: [],
  };
  return createIndicator(input);
}

/** What the figures should be, worked out straight from the fixture's crimes. */
function expected(polygons: readonly Polygon[], categories: readonly string[], month: string) {
  const ids = new Set<number>();
  for (const polygon of polygons)
    for (const category of categories)
      for (const crime of crimesInPolygon(category, polygon, month)) ids.add(crime.id);
  return ids.size;
}

const values = async (indicatorId: string) =>
  (await db.indicatorValues.where('indicatorId').equals(indicatorId).sortBy('period')).map((v) => [
    v.period,
    v.value,
    v.origin,
  ]);

describe('fetching crime figures', () => {
  it('counts the crimes of the categories followed in the neighbourhoods picked, month by month', async () => {
    const indicator = await policeIndicator({
      neighbourhoods: [
        { id: 'E05013890', name: 'Hoe Street' },
        { id: 'E05013888', name: 'Grove Green' },
      ],
      polygon: [],
      categories: ['violent-crime', 'robbery'],
    });
    const progress: number[] = [];
    const result = await fetchPoliceFigures(client, indicator, MONTHS, (p) =>
      progress.push(p.done),
    );
    const polygons = [boundary('E05013890'), boundary('E05013888')];
    expect(await values(indicator.id)).toEqual(
      MONTHS.map((m) => [m, expected(polygons, ['violent-crime', 'robbery'], m), 'police']),
    );
    expect((await values(indicator.id))[0]?.[1]).toBeGreaterThan(20);
    expect(result).toMatchObject({ changed: 3, fetched: 6, cached: 0 });
    expect(progress.at(-1)).toBe(6);
    expect(await db.policeMonths.count()).toBe(6);
    // Each value is audited.
    expect(await db.audit.where('entityType').equals('indicator-value').count()).toBe(3);
  });

  it('does not fetch a cached month again, so the figures work offline', async () => {
    const indicator = await policeIndicator({
      neighbourhoods: [{ id: 'E05013893', name: 'Leyton' }],
      polygon: [],
      categories: ['all-crime'],
    });
    await fetchPoliceFigures(client, indicator, MONTHS);
    const before = policeRequestCount();
    server.use(http.get(`${POLICE_API}/*`, () => HttpResponse.error()));
    const again = await fetchPoliceFigures(new QueryClient(), indicator, MONTHS);
    expect(policeRequestCount()).toBe(before);
    expect(again).toEqual({ changed: 0, fetched: 0, cached: 3 });
  });

  it('waits and retries when the API says 429, then succeeds', async () => {
    let refused = 0;
    server.use(
      http.get(`${POLICE_API}/crimes-street/:category`, () => {
        if (refused >= 2) return undefined;
        refused += 1;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0.05' } });
      }),
    );
    const indicator = await policeIndicator({
      neighbourhoods: [{ id: 'E05013883', name: 'Cathall' }],
      polygon: [],
      categories: ['all-crime'],
    });
    await fetchPoliceFigures(client, indicator, ['2026-04']);
    expect(refused).toBe(2);
    expect(await values(indicator.id)).toEqual([
      ['2026-04', expected([boundary('E05013883')], ['all-crime'], '2026-04'), 'police'],
    ]);
  });

  it('splits an area the API finds too large (503) and counts each crime once', async () => {
    const borough: Polygon = [
      [51.55, -0.055],
      [51.64, -0.055],
      [51.64, 0.02],
      [51.55, 0.02],
    ];
    const asked: number[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('crimes-street')) asked.push(1);
    });
    const indicator = await policeIndicator({
      neighbourhoods: [],
      polygon: borough,
      categories: ['burglary'],
    });
    await fetchPoliceFigures(client, indicator, ['2026-05']);
    server.events.removeAllListeners();
    // The whole borough is 3,000 crimes against the stand-in's limit of 1,500: split, then split again.
    expect(asked.length).toBeGreaterThan(3);
    expect(await values(indicator.id)).toEqual([
      ['2026-05', crimesFor('2026-05').filter((c) => c.category === 'burglary').length, 'police'],
    ]);
  });

  it('keeps the cached months and the values when the network fails part-way', async () => {
    const indicator = await policeIndicator({
      neighbourhoods: [{ id: 'E05013894', name: 'Leytonstone' }],
      polygon: [],
      categories: ['all-crime'],
    });
    await fetchPoliceFigures(client, indicator, ['2026-04']);
    const held = await values(indicator.id);
    server.use(http.get(`${POLICE_API}/crimes-street/:category`, () => HttpResponse.error()));
    const failure = fetchPoliceFigures(client, indicator, ['2026-04', '2026-05']);
    await expect(failure).rejects.toThrow(
      'data.police.uk could not be reached: check the connection and try again. Figures already fetched are kept.',
    );
    expect(await values(indicator.id)).toEqual(held);
    expect(await db.policeMonths.count()).toBe(1);
  });

  it('refuses a response of the wrong shape, changing nothing', async () => {
    server.use(
      http.get(`${POLICE_API}/crimes-street/:category`, () =>
        HttpResponse.json([{ category: 'burglary', location: null, month: '2026-04' }]),
      ),
    );
    const indicator = await policeIndicator({
      neighbourhoods: [{ id: 'E05013895', name: 'Markhouse' }],
      polygon: [],
      categories: ['all-crime'],
    });
    const audit = await db.audit.count();
    const error = await fetchPoliceFigures(client, indicator, ['2026-04']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PoliceError);
    expect((error as PoliceError).kind).toBe('shape');
    expect((error as PoliceError).message).toMatch(/response the app does not recognise/);
    expect(await values(indicator.id)).toEqual([]);
    expect(await db.policeMonths.count()).toBe(0);
    expect(await db.audit.count()).toBe(audit);
  });

  it('never makes more than 15 requests in any second: every request waits for its turn', async () => {
    const turnsAtEachRequest: number[] = [];
    server.events.on('request:start', () => turnsAtEachRequest.push(turns.length));
    const indicator = await policeIndicator({
      neighbourhoods: [
        { id: 'E05013902', name: 'William Morris' },
        { id: 'E05013891', name: 'Higham Hill' },
        { id: 'E05013884', name: 'Chingford Green' },
      ],
      polygon: [],
      categories: ['all-crime'],
    });
    await fetchPoliceFigures(client, indicator, [
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    server.events.removeAllListeners();
    // Every request had its own turn before it left.
    expect(turnsAtEachRequest.length).toBeGreaterThanOrEqual(21);
    expect(turns.length).toBe(turnsAtEachRequest.length);
    turnsAtEachRequest.forEach((granted, i) => expect(granted).toBeGreaterThan(i));
    // And the turns keep under the API's limit, with the app's margin.
    for (const start of turns)
      expect(turns.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(
        POLICE_REQUESTS_PER_SECOND,
      );
    expect(POLICE_REQUESTS_PER_SECOND).toBeLessThan(POLICE_API_LIMIT_PER_SECOND);
  });
});

describe('the stand-in API', () => {
  it('answers with records shaped like the real API’s', () => {
    const [crime] = crimesFor('2026-04');
    expect(Object.keys(crime ?? {}).sort()).toEqual(
      [
        'category',
        'context',
        'id',
        'location',
        'location_subtype',
        'location_type',
        'month',
        'outcome_status',
        'persistent_id',
      ].sort(),
    );
    expect(parsePoly('51.5,-0.01:51.6,0.02')).toEqual([
      [51.5, -0.01],
      [51.6, 0.02],
    ]);
  });
});
