/**
 * Reporting quarters follow the UK financial year, which runs from 1 April to 31 March.
 * Q1 = April to June, Q2 = July to September, Q3 = October to December, Q4 = January to March.
 * A quarter is labelled "Q1 2025/26" and stored under the key "2025-Q1", where 2025 is the
 * calendar year in which the financial year starts.
 */
import { isIsoDate, type IsoDate } from './dates';

type QuarterNumber = 1 | 2 | 3 | 4;
export interface Quarter {
  /** Calendar year in which the financial year starts (2025 for 2025/26). */
  readonly fyStart: number;
  readonly q: QuarterNumber;
}
export type QuarterKey = `${number}-Q${QuarterNumber}`;

const KEY = /^(\d{4})-Q([1-4])$/;

export function quarterOfDate(iso: IsoDate): Quarter {
  if (!isIsoDate(iso)) throw new RangeError(`Not a date: ${iso}`);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  if (month >= 4) return { fyStart: year, q: (Math.floor((month - 4) / 3) + 1) as QuarterNumber };
  return { fyStart: year - 1, q: 4 };
}

export function financialYearLabel(fyStart: number): string {
  return `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
}

export function quarterLabel(quarter: Quarter): string {
  return `Q${quarter.q} ${financialYearLabel(quarter.fyStart)}`;
}

export function quarterKey(quarter: Quarter): QuarterKey {
  return `${quarter.fyStart}-Q${quarter.q}`;
}

export function parseQuarterKey(key: string): Quarter | undefined {
  const match = KEY.exec(key);
  if (!match) return undefined;
  return { fyStart: Number(match[1]), q: Number(match[2]) as QuarterNumber };
}

/** "Q1 2026/27" for the key "2026-Q1"; anything that is not a quarter key, as it is. */
export function quarterKeyLabel(key: string): string {
  const quarter = parseQuarterKey(key);
  return quarter ? quarterLabel(quarter) : key;
}

export function nextQuarter(quarter: Quarter): Quarter {
  return quarter.q === 4
    ? { fyStart: quarter.fyStart + 1, q: 1 }
    : { fyStart: quarter.fyStart, q: (quarter.q + 1) as QuarterNumber };
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.q === 1
    ? { fyStart: quarter.fyStart - 1, q: 4 }
    : { fyStart: quarter.fyStart, q: (quarter.q - 1) as QuarterNumber };
}

const START_MONTH: Record<QuarterNumber, number> = { 1: 4, 2: 7, 3: 10, 4: 1 };
const END: Record<QuarterNumber, string> = { 1: '06-30', 2: '09-30', 3: '12-31', 4: '03-31' };

export function quarterStart(quarter: Quarter): IsoDate {
  const year = quarter.q === 4 ? quarter.fyStart + 1 : quarter.fyStart;
  return `${year}-${String(START_MONTH[quarter.q]).padStart(2, '0')}-01`;
}

export function quarterEnd(quarter: Quarter): IsoDate {
  const year = quarter.q === 4 ? quarter.fyStart + 1 : quarter.fyStart;
  return `${year}-${END[quarter.q]}`;
}

export function isDateInQuarter(iso: IsoDate, quarter: Quarter): boolean {
  return iso >= quarterStart(quarter) && iso <= quarterEnd(quarter);
}

/* Months ("YYYY-MM"), for indicators recorded monthly. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(period: string): boolean {
  return MONTH.test(period);
}

/** The quarter a month ("2026-05") falls in: April to June is Q1 of the year starting in April. */
export function quarterOfMonth(month: string): QuarterKey | undefined {
  return isMonth(month) ? quarterKey(quarterOfDate(`${month}-01`)) : undefined;
}

/** Every month from `from` to `to`, both "YYYY-MM", in order; none when `to` is earlier. */
export function monthRange(from: string, to: string): string[] {
  if (!isMonth(from) || !isMonth(to)) return [];
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let key = from; key <= to; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month = (month % 12) + 1;
    if (month === 1) year += 1;
  }
  return months;
}

export function periodLabel(period: string): string {
  if (parseQuarterKey(period)) return quarterKeyLabel(period);
  if (/^\d{4}$/.test(period)) return financialYearLabel(Number(period));
  const match = MONTH.exec(period);
  if (match) {
    const name = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)).toLocaleString(
      'en-GB',
      { month: 'long', timeZone: 'UTC' },
    );
    return `${name} ${match[1]}`;
  }
  return period;
}
