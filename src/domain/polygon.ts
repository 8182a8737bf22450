/**
 * An area as a polygon, as a manager types or pastes it: a plain rule with no library, so that the
 * indicator editors can check a polygon without loading data.police.uk's response schemas
 * (`police.ts`, with zod).
 */

/** A polygon as latitude, longitude pairs. */
export type Polygon = readonly (readonly [number, number])[];

/** Reads a polygon typed or pasted as "lat,lng" pairs, one per line or separated by colons. */
export function parsePolygon(text: string): Polygon | undefined {
  const pairs = text
    .split(/[\n:;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const points: [number, number][] = [];
  for (const pair of pairs) {
    const match = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(pair);
    if (!match) return undefined;
    const lat = Number(match[1]);
    const lng = Number(match[2]);
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
    points.push([lat, lng]);
  }
  return points.length >= 3 ? points : undefined;
}
