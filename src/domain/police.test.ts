import { describe, expect, it } from 'vitest';
import {
  areasOf,
  contains,
  crimesResponse,
  encodePolygon,
  monthlyCounts,
  splitPolygon,
} from './police';
import { parsePolygon, type Polygon } from './polygon';

/** Shoelace area, for checking that a split loses and adds nothing. */
const area = (p: Polygon) =>
  Math.abs(
    p.reduce((sum, [x1, y1], i) => {
      const [x2, y2] = p[(i + 1) % p.length] ?? [0, 0];
      return sum + x1 * y2 - x2 * y1;
    }, 0) / 2,
  );

describe('areas as polygons', () => {
  const lShape: Polygon = [
    [0, 0],
    [0, 4],
    [1, 4],
    [1, 1],
    [3, 1],
    [3, 0],
  ];

  it('splits a polygon (even a concave one) into two halves covering it exactly', () => {
    const [a, b] = splitPolygon(lShape);
    expect(area(a) + area(b)).toBeCloseTo(area(lShape));
    expect(area(a)).toBeGreaterThan(0);
    expect(area(b)).toBeGreaterThan(0);
    for (const point of [
      [0.5, 3.5],
      [2.5, 0.5],
      [0.5, 0.5],
    ] as const)
      expect(contains(a, point) || contains(b, point)).toBe(true);
  });

  it('reads a polygon typed as lat,lng pairs and writes it for the API', () => {
    const polygon = parsePolygon('51.58,-0.02\n51.59,-0.01 : 51.57,0.00');
    expect(polygon).toEqual([
      [51.58, -0.02],
      [51.59, -0.01],
      [51.57, 0],
    ]);
    expect(encodePolygon(polygon ?? [])).toBe(
      '51.58000,-0.02000:51.59000,-0.01000:51.57000,0.00000',
    );
    expect(parsePolygon('51.58,-0.02\n51.59')).toBeUndefined();
    expect(parsePolygon('91,0\n1,1\n2,2')).toBeUndefined();
    expect(parsePolygon('1,1\n2,2')).toBeUndefined();
  });

  it('makes one area per neighbourhood and one for a polygon', () => {
    expect(
      areasOf({
        neighbourhoods: [{ id: 'E1', name: 'Leyton' }],
        polygon: [
          [1, 1],
          [1, 2],
          [2, 2],
        ],
        categories: [],
      }).map((a) => a.key),
    ).toEqual(['met:E1', 'poly:1.00000,1.00000:1.00000,2.00000:2.00000,2.00000']);
  });
});

describe('counting crimes', () => {
  it('counts each crime once across areas, for the categories followed', () => {
    const counts = monthlyCounts(
      [
        {
          area: 'a',
          month: '2026-04',
          crimes: [
            [1, 'burglary'],
            [2, 'robbery'],
            [3, 'drugs'],
          ],
        },
        {
          area: 'b',
          month: '2026-04',
          crimes: [
            [2, 'robbery'],
            [4, 'burglary'],
          ],
        },
        { area: 'a', month: '2026-05', crimes: [[5, 'drugs']] },
      ],
      ['burglary', 'robbery'],
    );
    expect(counts).toEqual([
      { month: '2026-04', value: 3 },
      { month: '2026-05', value: 0 },
    ]);
    expect(
      monthlyCounts([{ area: 'a', month: '2026-05', crimes: [[5, 'drugs']] }], ['all-crime']),
    ).toEqual([{ month: '2026-05', value: 1 }]);
  });

  it('refuses a crimes response without the fields it counts by', () => {
    expect(
      crimesResponse.safeParse([{ category: 'drugs', month: '2026-04', location: null }]).success,
    ).toBe(false);
    expect(
      crimesResponse.safeParse([
        {
          category: 'drugs',
          id: 7,
          month: '2026-04',
          location: { latitude: '51.5', longitude: '-0.1' },
        },
      ]).success,
    ).toBe(true);
  });
});
