import { describe, expect, it } from 'vitest';
import {
  financialYearLabel,
  isDateInQuarter,
  nextQuarter,
  parseQuarterKey,
  previousQuarter,
  quarterEnd,
  quarterKey,
  quarterLabel,
  quarterOfDate,
  quarterStart,
} from './quarters';

describe('UK financial-year quarters', () => {
  it.each([
    ['2025-04-01', 'Q1 2025/26'],
    ['2025-06-30', 'Q1 2025/26'],
    ['2025-07-01', 'Q2 2025/26'],
    ['2025-09-30', 'Q2 2025/26'],
    ['2025-10-01', 'Q3 2025/26'],
    ['2025-12-31', 'Q3 2025/26'],
    ['2026-01-01', 'Q4 2025/26'],
    ['2026-03-31', 'Q4 2025/26'],
    ['2026-04-01', 'Q1 2026/27'],
    ['2026-11-22', 'Q3 2026/27'],
  ])('puts %s in %s', (date, label) => {
    expect(quarterLabel(quarterOfDate(date))).toBe(label);
  });

  it('puts 29 February of a leap year in Q4 of the year that began the April before', () => {
    expect(quarterLabel(quarterOfDate('2028-02-29'))).toBe('Q4 2027/28');
    expect(quarterEnd({ fyStart: 2027, q: 4 })).toBe('2028-03-31');
  });

  it('refuses a date that does not exist', () => {
    expect(() => quarterOfDate('2025-02-29')).toThrow(RangeError);
    expect(() => quarterOfDate('2025-04-31')).toThrow(RangeError);
  });

  it('labels financial years across the turn of the century', () => {
    expect(financialYearLabel(1999)).toBe('1999/00');
    expect(financialYearLabel(2009)).toBe('2009/10');
  });

  it('steps across the year boundary both ways', () => {
    expect(nextQuarter({ fyStart: 2025, q: 4 })).toEqual({ fyStart: 2026, q: 1 });
    expect(previousQuarter({ fyStart: 2026, q: 1 })).toEqual({ fyStart: 2025, q: 4 });
    expect(nextQuarter({ fyStart: 2025, q: 2 })).toEqual({ fyStart: 2025, q: 3 });
  });

  it('gives each quarter its first and last day', () => {
    expect([quarterStart({ fyStart: 2025, q: 1 }), quarterEnd({ fyStart: 2025, q: 1 })]).toEqual([
      '2025-04-01',
      '2025-06-30',
    ]);
    expect([quarterStart({ fyStart: 2025, q: 4 }), quarterEnd({ fyStart: 2025, q: 4 })]).toEqual([
      '2026-01-01',
      '2026-03-31',
    ]);
    expect(isDateInQuarter('2026-03-31', { fyStart: 2025, q: 4 })).toBe(true);
    expect(isDateInQuarter('2026-04-01', { fyStart: 2025, q: 4 })).toBe(false);
  });

  it('round-trips keys and labels and refuses malformed ones', () => {
    const quarter = { fyStart: 2025, q: 3 } as const;
    expect(parseQuarterKey(quarterKey(quarter))).toEqual(quarter);
    expect(quarterLabel(quarter)).toBe('Q3 2025/26');
    expect(parseQuarterKey('2025-Q0')).toBeUndefined();
  });

  it('gives keys that sort in time order, as the app compares them', () => {
    const key = (fyStart: number, q: 1 | 2 | 3 | 4) => quarterKey({ fyStart, q });
    expect(key(2025, 4) < key(2026, 1)).toBe(true);
    expect(key(2026, 2).localeCompare(key(2026, 2))).toBe(0);
  });
});
