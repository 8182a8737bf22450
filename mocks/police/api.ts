/**
 * A stand-in for data.police.uk, for the tests and the offline demo: the same paths, and
 * responses shaped exactly like the real API's (see crimes-street-sample.json, two records as the
 * API returns them). Categories, neighbourhoods, boundaries and available months are fixture
 * files; the street-level crimes are generated from a fixed seed over Waltham Forest, so every
 * run answers the same. Neighbourhood names are the borough's wards; their codes and boundaries
 * are illustrative, not the Met's. Like the real API, a polygon holding more crimes than the limit
 * is refused with 503.
 */
import { http, HttpResponse } from 'msw';
import { contains, POLICE_API } from '../../src/domain/police';
import type { Polygon } from '../../src/domain/polygon';
import boundaries from './boundaries.json';
import categories from './crime-categories.json';
import availability from './crimes-street-dates.json';
import neighbourhoods from './neighbourhoods.json';

/** The real API refuses a custom area with more than 10,000 crimes; the fixture's limit is lower. */
const CRIME_LIMIT = 1500;
const CRIMES_PER_MONTH = 3000;
const BOROUGH = { south: 51.55, north: 51.64, west: -0.055, east: 0.02 };
const CATEGORY_WEIGHTS: [string, number][] = [
  ['violent-crime', 30],
  ['anti-social-behaviour', 16],
  ['vehicle-crime', 10],
  ['other-theft', 9],
  ['burglary', 7],
  ['shoplifting', 6],
  ['criminal-damage-arson', 6],
  ['public-order', 6],
  ['drugs', 3],
  ['robbery', 3],
  ['theft-from-the-person', 2],
  ['bicycle-theft', 1],
  ['possession-of-weapons', 1],
];
const STREETS = ['Hoe Street', 'High Road Leyton', 'Lea Bridge Road', 'Forest Road', 'Church Road'];

export interface FixtureCrime {
  readonly category: string;
  readonly location_type: 'Force';
  readonly location: {
    readonly latitude: string;
    readonly street: { readonly id: number; readonly name: string };
    readonly longitude: string;
  };
  readonly context: string;
  readonly outcome_status: { readonly category: string; readonly date: string } | null;
  readonly persistent_id: string;
  readonly id: number;
  readonly location_subtype: string;
  readonly month: string;
}

/** A small, fixed pseudo-random sequence (mulberry32). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byMonth = new Map<string, FixtureCrime[]>();

/** Every crime in the borough for a month, the same on every call. */
export function crimesFor(month: string): FixtureCrime[] {
  const held = byMonth.get(month);
  if (held) return held;
  const next = random(Number(month.replace('-', '')));
  const total = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const base = Number(month.replace('-', '')) * 10_000;
  const crimes = Array.from({ length: CRIMES_PER_MONTH }, (_, i): FixtureCrime => {
    let pick = next() * total;
    const category = CATEGORY_WEIGHTS.find(([, w]) => (pick -= w) < 0)?.[0] ?? 'violent-crime';
    const street = Math.floor(next() * STREETS.length);
    return {
      category,
      location_type: 'Force',
      location: {
        latitude: (BOROUGH.south + next() * (BOROUGH.north - BOROUGH.south)).toFixed(6),
        street: { id: 1_675_000 + street, name: `On or near ${STREETS[street] ?? ''}` },
        longitude: (BOROUGH.west + next() * (BOROUGH.east - BOROUGH.west)).toFixed(6),
      },
      context: '',
      outcome_status:
        category === 'anti-social-behaviour'
          ? null
          : { category: 'Investigation complete; no suspect identified', date: month },
      persistent_id: category === 'anti-social-behaviour' ? '' : `${base + i}`.padStart(64, '0'),
      id: base + i,
      location_subtype: '',
      month,
    };
  });
  byMonth.set(month, crimes);
  return crimes;
}

export function parsePoly(poly: string): Polygon {
  return poly.split(':').map((pair) => {
    const [lat, lng] = pair.split(',').map(Number);
    return [lat ?? 0, lng ?? 0] as const;
  });
}

/** The fixture's crimes of a category inside a polygon: what the real API would return. */
export function crimesInPolygon(category: string, polygon: Polygon, month: string) {
  return crimesFor(month).filter(
    (crime) =>
      (category === 'all-crime' || crime.category === category) &&
      contains(polygon, [Number(crime.location.latitude), Number(crime.location.longitude)]),
  );
}

export const FIXTURE_BOUNDARIES = boundaries as Record<
  string,
  { latitude: string; longitude: string }[]
>;

async function streetCrimes(request: Request, category: string) {
  const url = new URL(request.url);
  const form =
    request.method === 'POST' ? new URLSearchParams(await request.text()) : url.searchParams;
  const poly = form.get('poly');
  const date = form.get('date');
  if (!poly || !date) return HttpResponse.json([], { status: 400 });
  const found = crimesInPolygon(category, parsePoly(poly), date);
  if (found.length > CRIME_LIMIT) return new HttpResponse(null, { status: 503 });
  return HttpResponse.json(found);
}

export const policeHandlers = [
  http.get(`${POLICE_API}/crime-categories`, () => HttpResponse.json(categories)),
  http.get(`${POLICE_API}/crimes-street-dates`, () => HttpResponse.json(availability)),
  http.get(`${POLICE_API}/metropolitan/neighbourhoods`, () => HttpResponse.json(neighbourhoods)),
  http.get(`${POLICE_API}/metropolitan/:id/boundary`, ({ params }) => {
    const boundary = FIXTURE_BOUNDARIES[String(params.id)];
    return boundary ? HttpResponse.json(boundary) : new HttpResponse(null, { status: 404 });
  }),
  http.get(`${POLICE_API}/crimes-street/:category`, ({ request, params }) =>
    streetCrimes(request, String(params.category)),
  ),
  http.post(`${POLICE_API}/crimes-street/:category`, ({ request, params }) =>
    streetCrimes(request, String(params.category)),
  ),
];
