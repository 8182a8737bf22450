import { describe, expect, it } from 'vitest';
import {
  checkIndicatorInput,
  checkValueInput,
  indicatorDirection,
  indicatorQuarters,
  quarterFigures,
  targetFor,
  type IndicatorInput,
} from './indicators';
import { monthRange, quarterOfMonth } from './quarters';
import { ragAgainstTarget } from './rag';

const months = (entries: Record<string, number>) =>
  Object.entries(entries).map(([period, value]) => ({ period, value }));

describe('months and quarters', () => {
  it('puts each month in its financial-year quarter', () => {
    expect(quarterOfMonth('2026-04')).toBe('2026-Q1');
    expect(quarterOfMonth('2026-06')).toBe('2026-Q1');
    expect(quarterOfMonth('2026-12')).toBe('2026-Q3');
    expect(quarterOfMonth('2027-03')).toBe('2026-Q4');
    expect(quarterOfMonth('2026-13')).toBeUndefined();
  });

  it('lists the months between two months, across a year end', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
    expect(monthRange('2026-13', '2026-14')).toEqual([]);
  });

  it('rolls three months up to a quarter by the stated rule', () => {
    const values = months({ '2026-04': 10, '2026-05': 20, '2026-06': 33 });
    expect(quarterFigures({ frequency: 'monthly', rollUp: 'sum' }, values)).toEqual([
      { quarter: '2026-Q1', value: 63, months: 3, complete: true },
    ]);
    expect(quarterFigures({ frequency: 'monthly', rollUp: 'mean' }, values)[0]?.value).toBe(21);
    expect(quarterFigures({ frequency: 'monthly', rollUp: 'last' }, values)[0]?.value).toBe(33);
  });

  it('marks a quarter with a month missing as incomplete', () => {
    const values = months({ '2026-07': 5, '2026-08': 6, '2026-04': 1, '2026-05': 1, '2026-06': 1 });
    expect(quarterFigures({ frequency: 'monthly', rollUp: 'sum' }, values)).toEqual([
      { quarter: '2026-Q1', value: 3, months: 3, complete: true },
      { quarter: '2026-Q2', value: 11, months: 2, complete: false },
    ]);
  });

  it('takes quarterly values as they are, in order, ignoring other periods', () => {
    const values = months({ '2026-Q2': 4, '2026-Q1': 7, '2026-05': 9 });
    expect(
      quarterFigures({ frequency: 'quarterly', rollUp: 'sum' }, values).map((f) => f.quarter),
    ).toEqual(['2026-Q1', '2026-Q2']);
  });
});

describe('RAG against target', () => {
  it('is Green at or beyond the target, in the indicator’s direction', () => {
    expect(ragAgainstTarget(100, 100, 'lower-is-better', 10)).toBe('green');
    expect(ragAgainstTarget(90, 100, 'lower-is-better', 10)).toBe('green');
    expect(ragAgainstTarget(100, 100, 'higher-is-better', 10)).toBe('green');
    expect(ragAgainstTarget(120, 100, 'higher-is-better', 10)).toBe('green');
  });

  it('is Amber within the tolerance and Red beyond it', () => {
    expect(ragAgainstTarget(110, 100, 'lower-is-better', 10)).toBe('amber');
    expect(ragAgainstTarget(110.1, 100, 'lower-is-better', 10)).toBe('red');
    expect(ragAgainstTarget(90, 100, 'higher-is-better', 10)).toBe('amber');
    expect(ragAgainstTarget(89.9, 100, 'higher-is-better', 10)).toBe('red');
    expect(ragAgainstTarget(101, 100, 'lower-is-better', 0)).toBe('red');
  });

  it('has no RAG without a value or a target', () => {
    expect(ragAgainstTarget(null, 100, 'lower-is-better', 10)).toBeNull();
    expect(ragAgainstTarget(5, null, 'lower-is-better', 10)).toBeNull();
  });

  it('uses a quarter’s own target, else its financial year’s', () => {
    const targets = [
      { period: '2026', value: 50 },
      { period: '2026-Q4', value: 40 },
    ];
    expect(targetFor(targets, '2026-Q2')).toBe(50);
    expect(targetFor(targets, '2026-Q4')).toBe(40);
    expect(targetFor(targets, '2027-Q1')).toBeNull();
  });
});

describe('direction of travel', () => {
  it('follows the indicator’s polarity', () => {
    expect(indicatorDirection(8, 10, 'lower-is-better')).toBe('improving');
    expect(indicatorDirection(12, 10, 'lower-is-better')).toBe('worsening');
    expect(indicatorDirection(12, 10, 'higher-is-better')).toBe('improving');
    expect(indicatorDirection(10, 10, 'higher-is-better')).toBe('no-change');
    expect(indicatorDirection(10, undefined, 'higher-is-better')).toBe('not-known');
  });

  it('is judged quarter by quarter against complete quarters only', () => {
    const indicator = {
      frequency: 'monthly',
      rollUp: 'sum',
      polarity: 'lower-is-better',
      targets: [{ period: '2026', value: 30 }],
      tolerancePercent: 10,
    } as const;
    const rows = indicatorQuarters(
      indicator,
      months({
        '2026-04': 10,
        '2026-05': 10,
        '2026-06': 10,
        '2026-07': 12,
        '2026-08': 12,
        '2026-09': 12,
        '2026-10': 1,
      }),
    );
    expect(rows.map((r) => [r.quarter, r.value, r.rag, r.direction])).toEqual([
      ['2026-Q1', 30, 'green', 'not-known'],
      ['2026-Q2', 36, 'red', 'worsening'],
      ['2026-Q3', 1, null, 'not-known'],
    ]);
  });
});

const input: IndicatorInput = {
  name: 'Knife crime with injury, under 25s',
  description: '',
  unit: 'crimes',
  polarity: 'lower-is-better',
  bodyId: 'GYV',
  draft: false,
  source: 'Met police',
  sourceKind: 'manual',
  police: null,
  baselineValue: '',
  baselinePeriod: '',
  targets: [{ period: '2026', value: '40' }],
  tolerancePercent: '10',
  frequency: 'quarterly',
  rollUp: 'sum',
  recommendationNumbers: [11],
  objectiveIds: [],
};
const context = { bodyIds: new Set(['GYV']), objectiveIds: new Set<string>(), existingNames: [] };

describe('checking an indicator', () => {
  it('accepts a complete definition', () => {
    expect(checkIndicatorInput(input, context)).toEqual([]);
  });

  it('refuses what cannot be right, field by field', () => {
    const problems = checkIndicatorInput(
      {
        ...input,
        name: ' ',
        unit: '',
        bodyId: 'NOPE',
        baselineValue: 'twelve',
        targets: [
          { period: '2026', value: '40' },
          { period: '2026', value: 'x' },
          { period: '2026-Q9', value: '1' },
        ],
        tolerancePercent: '150',
        recommendationNumbers: [25],
      },
      context,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'name',
      'unit',
      'bodyId',
      'baselineValue',
      'baselinePeriod',
      'targets.1.period',
      'targets.1.value',
      'targets.2.period',
      'tolerancePercent',
      'recommendationNumbers',
    ]);
  });

  it('refuses a duplicate name and a police indicator with no area or categories', () => {
    expect(
      checkIndicatorInput(input, {
        ...context,
        existingNames: ['knife crime with injury, under 25s'],
      }),
    ).toEqual([{ field: 'name', message: 'Another indicator already has this name' }]);
    const police = checkIndicatorInput(
      {
        ...input,
        sourceKind: 'police',
        police: { neighbourhoods: [], polygon: [], categories: [] },
      },
      context,
    );
    expect(police.map((p) => p.message)).toEqual([
      'Pick at least one neighbourhood, or enter a polygon of three or more points',
      'Pick at least one crime category to follow',
      'Crime figures arrive by month: choose monthly values',
    ]);
  });

  it('checks a value against the indicator’s frequency', () => {
    expect(checkValueInput({ frequency: 'quarterly' }, '2026-Q1', '12.5')).toEqual([]);
    expect(checkValueInput({ frequency: 'quarterly' }, '2026-04', '12')).toHaveLength(1);
    expect(checkValueInput({ frequency: 'monthly' }, '2026-04', '1,204')).toEqual([]);
    expect(checkValueInput({ frequency: 'monthly' }, '2026-04', 'lots')[0]?.field).toBe('value');
  });
});
