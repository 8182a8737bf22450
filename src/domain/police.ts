/**
 * data.police.uk, as plain rules: the shape of each response the app reads (checked with zod, so
 * a changed API is refused with a clear message rather than misread), areas as polygons, the
 * split of an area the API finds too large, and street-level crimes counted into monthly figures.
 * See https://data.police.uk/docs/.
 */
import { z } from './zod';
import type { PoliceSource } from './indicators';
import type { Polygon } from './polygon';

export const POLICE_API = 'https://data.police.uk/api';
export const POLICE_FORCE = 'metropolitan';
/** The API allows 15 requests a second (with a burst of 30). */
export const POLICE_API_LIMIT_PER_SECOND = 15;
/** The app keeps a margin below the API's limit, against timers and networks that bunch requests. */
export const POLICE_REQUESTS_PER_SECOND = 12;

const coordinate = z.union([z.string(), z.number()]).transform(Number).pipe(z.number().finite());

export const categoriesResponse = z.array(z.object({ url: z.string().min(1), name: z.string() }));
export const neighbourhoodsResponse = z.array(
  z.object({ id: z.string().min(1), name: z.string() }),
);
export const boundaryResponse = z
  .array(z.object({ latitude: coordinate, longitude: coordinate }))
  .min(3);
export const availabilityResponse = z.array(
  z.object({ date: z.string().regex(/^\d{4}-\d{2}$/), 'stop-and-search': z.array(z.string()) }),
);
export const crimesResponse = z.array(
  z.object({
    category: z.string().min(1),
    id: z.number().int(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    location: z.object({ latitude: coordinate, longitude: coordinate }).nullable(),
  }),
);

/** The API's `poly` parameter: "lat,lng:lat,lng:…", to 5 decimal places (about a metre). */
export function encodePolygon(polygon: Polygon): string {
  return polygon.map(([lat, lng]) => `${lat.toFixed(5)},${lng.toFixed(5)}`).join(':');
}

/**
 * The part of a polygon on one side of a line of latitude or longitude (Sutherland–Hodgman
 * clipping against a half-plane: exact for any simple polygon, convex or not).
 */
function clip(polygon: Polygon, axis: 0 | 1, at: number, keepBelow: boolean): Polygon {
  const inside = (p: readonly [number, number]) => (keepBelow ? p[axis] <= at : p[axis] >= at);
  const result: [number, number][] = [];
  polygon.forEach((current, index) => {
    const previous = polygon[(index + polygon.length - 1) % polygon.length] ?? current;
    const crossing = (): [number, number] => {
      const t = (at - previous[axis]) / (current[axis] - previous[axis]);
      const other = axis === 0 ? 1 : 0;
      const point: [number, number] = [0, 0];
      point[axis] = at;
      point[other] = previous[other] + t * (current[other] - previous[other]);
      return point;
    };
    if (inside(current)) {
      if (!inside(previous)) result.push(crossing());
      result.push([current[0], current[1]]);
    } else if (inside(previous)) result.push(crossing());
  });
  return result;
}

/** Splits a polygon in two across the middle of its longer side. */
export function splitPolygon(polygon: Polygon): [Polygon, Polygon] {
  const lats = polygon.map((p) => p[0]);
  const lngs = polygon.map((p) => p[1]);
  const latSpan = Math.max(...lats) - Math.min(...lats);
  const lngSpan = Math.max(...lngs) - Math.min(...lngs);
  const axis: 0 | 1 = latSpan >= lngSpan ? 0 : 1;
  const values = axis === 0 ? lats : lngs;
  const middle = (Math.max(...values) + Math.min(...values)) / 2;
  return [clip(polygon, axis, middle, true), clip(polygon, axis, middle, false)];
}

/** Ray casting: is the point inside the polygon? (Used by the test fixtures' API.) */
export function contains(polygon: Polygon, [lat, lng]: readonly [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [latI, lngI] = polygon[i] ?? [0, 0];
    const [latJ, lngJ] = polygon[j] ?? [0, 0];
    if (lngI > lng !== lngJ > lng && lat < ((latJ - latI) * (lng - lngI)) / (lngJ - lngI) + latI)
      inside = !inside;
  }
  return inside;
}

/** One piece of the partnership's area, fetched and cached on its own. */
export interface PoliceArea {
  /** "met:E05013902" for a neighbourhood, "poly:…" for a polygon drawn by hand. */
  readonly key: string;
  readonly label: string;
  /** A neighbourhood's boundary is fetched; a polygon is given. */
  readonly neighbourhoodId: string | null;
  readonly polygon: Polygon | null;
}

export function areasOf(source: PoliceSource): PoliceArea[] {
  const areas: PoliceArea[] = source.neighbourhoods.map((n) => ({
    key: `met:${n.id}`,
    label: n.name,
    neighbourhoodId: n.id,
    polygon: null,
  }));
  if (source.polygon.length >= 3)
    areas.push({
      key: `poly:${encodePolygon(source.polygon)}`,
      label: `Polygon of ${source.polygon.length} points`,
      neighbourhoodId: null,
      polygon: source.polygon,
    });
  return areas;
}

/** One area's crimes for one month, as cached: each crime once, by its id. */
export interface AreaMonth {
  readonly area: string;
  readonly month: string;
  readonly crimes: readonly (readonly [id: number, category: string])[];
}

/**
 * The monthly figures for the categories followed: crimes in any of the areas, each counted once
 * (a crime on the boundary of two neighbourhoods is returned for both).
 */
export function monthlyCounts(
  months: readonly AreaMonth[],
  categories: readonly string[],
): { month: string; value: number }[] {
  const wanted = new Set(categories);
  const all = wanted.has('all-crime');
  const byMonth = new Map<string, Set<number>>();
  for (const entry of months) {
    const seen = byMonth.get(entry.month) ?? new Set<number>();
    for (const [id, category] of entry.crimes) if (all || wanted.has(category)) seen.add(id);
    byMonth.set(entry.month, seen);
  }
  return [...byMonth]
    .map(([month, ids]) => ({ month, value: ids.size }))
    .sort((a, b) => a.month.localeCompare(b.month));
}
