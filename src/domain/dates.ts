/**
 * Calendar dates as the app stores them: ISO strings `YYYY-MM-DD`, free of time zones.
 * Shown to people in UK format ("22 Nov 2026").
 */
import { isValid, lightFormat } from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is a real calendar date in `YYYY-MM-DD` form (no 31 April, no 29 Feb 2025),
 * from year 1. Checked by letting the calendar roll an impossible day over (31 April becomes
 * 1 May) rather than by parsing and formatting it again: an import checks thousands of dates, and
 * date-fns' round trip was half of checking a 2,000-row tracker (8 times slower in Node).
 */
export function isIsoDate(value: string): boolean {
  return calendarDate(value) !== null;
}

/** A real calendar date's year, month (0 for January) and day; null for anything else. */
function calendarDate(value: string): readonly [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  const real =
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month &&
    date.getUTCDate() === day;
  return real ? [year, month, day] : null;
}

export type DatePartsResult =
  | { ok: true; date: IsoDate }
  | { ok: false; problem: 'missing' | 'incomplete' | 'not-a-number' | 'does-not-exist' };

/**
 * Reads a date typed as day, month and year (the GOV.UK date input pattern).
 * Refuses dates that do not exist, such as 31 February.
 */
export function dateFromParts(day: string, month: string, year: string): DatePartsResult {
  const parts = [day.trim(), month.trim(), year.trim()];
  if (parts.every((part) => part === '')) return { ok: false, problem: 'missing' };
  if (parts.some((part) => part === '')) return { ok: false, problem: 'incomplete' };
  if (parts.some((part) => !/^\d+$/.test(part))) return { ok: false, problem: 'not-a-number' };
  const [d, m, y] = parts as [string, string, string];
  if (y.length !== 4) return { ok: false, problem: 'does-not-exist' };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? { ok: true, date: iso } : { ok: false, problem: 'does-not-exist' };
}

// date-fns' `lightFormat` has no month names (they come with a locale, which `format` would bring
// to the first screen); these are the short English names `format` gave, "Sep" included.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayMonthYear = (date: Date) =>
  `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${lightFormat(date, 'yyyy')}`;

/**
 * "22 Nov 2026". Written from the date's own parts, which `calendarDate` has read: no `Date` in
 * between, so no time zone, and no date-fns `parseISO` (1 KB of the first screen's code).
 */
export function formatUkDate(iso: IsoDate): string {
  const parts = calendarDate(iso);
  if (!parts) return iso;
  const [year, month, day] = parts;
  return `${day} ${MONTHS[month] ?? ''} ${String(year).padStart(4, '0')}`;
}

/** "22 Nov 2026, 14:05" for a timestamp. */
export function formatUkDateTime(timestamp: string): string {
  const parsed = new Date(timestamp);
  return isValid(parsed) ? `${dayMonthYear(parsed)}, ${lightFormat(parsed, 'HH:mm')}` : timestamp;
}

/** Today's date in the user's local calendar. */
export function todayIso(now: Date = new Date()): IsoDate {
  return lightFormat(now, 'yyyy-MM-dd');
}
