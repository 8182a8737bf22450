import { describe, expect, it } from 'vitest';
import { dateFromParts, formatUkDate, formatUkDateTime, isIsoDate, todayIso } from './dates';

describe('dates', () => {
  it('formats dates the UK way', () => {
    expect(formatUkDate('2026-11-22')).toBe('22 Nov 2026');
    expect(formatUkDate('2026-04-01')).toBe('1 Apr 2026');
    expect(formatUkDate('2026-09-30')).toBe('30 Sep 2026');
    expect(formatUkDate('0999-01-05')).toBe('5 Jan 0999');
    expect(formatUkDate('2026-02-30')).toBe('2026-02-30');
    expect(formatUkDate('2024-02-29')).toBe('29 Feb 2024');
    expect(formatUkDate('0099-12-31')).toBe('31 Dec 0099');
    expect(formatUkDate('22/11/2026')).toBe('22/11/2026');
  });

  it('formats a moment in local time, and today as an ISO date', () => {
    const moment = new Date(2026, 0, 7, 9, 5);
    expect(formatUkDateTime(moment.toISOString())).toBe('7 Jan 2026, 09:05');
    expect(formatUkDateTime('not a time')).toBe('not a time');
    expect(todayIso(moment)).toBe('2026-01-07');
  });

  it('knows which dates exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('22/11/2026')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-04-30')).toBe(true);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0099-12-31')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(' 2026-01-01')).toBe(false);
  });

  it('reads day, month and year fields and refuses impossible dates', () => {
    expect(dateFromParts('1', '4', '2026')).toEqual({ ok: true, date: '2026-04-01' });
    expect(dateFromParts('31', '2', '2026')).toEqual({ ok: false, problem: 'does-not-exist' });
    expect(dateFromParts('', '', '')).toEqual({ ok: false, problem: 'missing' });
    expect(dateFromParts('1', '', '2026')).toEqual({ ok: false, problem: 'incomplete' });
    expect(dateFromParts('a', '4', '2026')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(dateFromParts('1', '4', '26')).toEqual({ ok: false, problem: 'does-not-exist' });
  });
});
