/**
 * Outcome indicators: whether anything changed for residents. An indicator has a baseline,
 * targets per financial year (or per quarter), a tolerance for Amber, and values per quarter, or
 * per month rolled up to quarters by a stated rule. Its RAG compares a quarter's value with that
 * quarter's target, in the indicator's direction (higher or lower is better).
 */
import { formatFigure } from './figures';
import type { Problem } from './problems';
import {
  financialYearLabel,
  parseQuarterKey,
  quarterKey,
  quarterKeyLabel,
  quarterOfDate,
  type QuarterKey,
} from './quarters';
import type { RagStatus } from './rag';
import type { ReportIndicator } from './report/build';

export const POLARITIES = ['higher-is-better', 'lower-is-better'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const POLARITY_LABEL: Record<Polarity, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
};

export const FREQUENCIES = ['quarterly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How three months make a quarter. */
export const ROLL_UPS = ['sum', 'mean', 'last'] as const;
export type RollUp = (typeof ROLL_UPS)[number];

export const ROLL_UP_LABEL: Record<RollUp, string> = {
  sum: 'Sum of the three months (counts, such as crimes)',
  mean: 'Average of the three months (rates and percentages)',
  last: 'The last month of the quarter (a position at a date, such as staff in post)',
};

export interface IndicatorTarget {
  /** A financial year, by the year it starts ("2026" for 2026/27), or a quarter ("2026-Q2"). */
  readonly period: string;
  readonly value: number;
}

/** Street-level crime from data.police.uk, for the partnership's area. */
export interface PoliceSource {
  /** Metropolitan Police neighbourhoods making up the area. */
  readonly neighbourhoods: readonly { readonly id: string; readonly name: string }[];
  /** Or a polygon drawn by hand: latitude and longitude pairs. */
  readonly polygon: readonly (readonly [number, number])[];
  /** Crime categories followed, by their API id ("violent-crime"); counted together. */
  readonly categories: readonly string[];
}

export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly polarity: Polarity;
  readonly bodyId: string;
  /** A suggestion not yet agreed by the board (the report's candidates are seeded as drafts). */
  readonly draft: boolean;
  /** Where the figures come from, in words (for a seeded draft, the report's line). */
  readonly source: string;
  readonly sourceKind: 'manual' | 'police';
  readonly police: PoliceSource | null;
  readonly baseline: { readonly value: number; readonly period: string } | null;
  readonly targets: readonly IndicatorTarget[];
  /** How far short of target, as a percentage of the target, is still Amber rather than Red. */
  readonly tolerancePercent: number;
  readonly frequency: Frequency;
  readonly rollUp: RollUp;
  readonly recommendationNumbers: readonly number[];
  readonly objectiveIds: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface IndicatorValue {
  readonly id: string;
  readonly indicatorId: string;
  /** A quarter ("2026-Q1") or, for a monthly indicator, a month ("2026-04"). */
  readonly period: string;
  readonly value: number;
  readonly origin: 'manual' | 'police';
  readonly recordedAt: string;
}

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

/** The three months of a quarter, in order. */
export function monthsOfQuarter(key: string): string[] {
  const quarter = parseQuarterKey(key);
  if (!quarter) return [];
  const first = 4 + (quarter.q - 1) * 3;
  return [0, 1, 2].map((i) => {
    const month = first + i;
    const year = month > 12 ? quarter.fyStart + 1 : quarter.fyStart;
    return `${year}-${String(month > 12 ? month - 12 : month).padStart(2, '0')}`;
  });
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

export interface QuarterFigure {
  readonly quarter: QuarterKey;
  readonly value: number;
  /** For a monthly indicator: how many of the quarter's three months are held. */
  readonly months: number;
  /** False when months are missing: shown, but not judged against the target. */
  readonly complete: boolean;
}

/**
 * A quarterly indicator's values as they are; a monthly one's rolled up by its rule. A quarter
 * with a month missing is kept but marked incomplete: its value is not compared with the target.
 */
export function quarterFigures(
  indicator: Pick<Indicator, 'frequency' | 'rollUp'>,
  values: readonly Pick<IndicatorValue, 'period' | 'value'>[],
): QuarterFigure[] {
  if (indicator.frequency === 'quarterly')
    return values
      .filter((v) => parseQuarterKey(v.period))
      .map((v) => ({ quarter: v.period as QuarterKey, value: v.value, months: 3, complete: true }))
      .sort((a, b) => a.quarter.localeCompare(b.quarter));
  const byQuarter = new Map<QuarterKey, { period: string; value: number }[]>();
  for (const v of values) {
    const quarter = quarterOfMonth(v.period);
    if (!quarter) continue;
    byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), v]);
  }
  return [...byQuarter]
    .map(([quarter, months]) => {
      const sorted = [...months].sort((a, b) => a.period.localeCompare(b.period));
      const sum = sorted.reduce((total, m) => total + m.value, 0);
      const value =
        indicator.rollUp === 'sum'
          ? sum
          : indicator.rollUp === 'mean'
            ? Math.round((sum / sorted.length) * 100) / 100
            : (sorted.at(-1)?.value ?? 0);
      return { quarter, value, months: sorted.length, complete: sorted.length === 3 };
    })
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
}

/** The target for a quarter: the quarter's own if set, else its financial year's. */
export function targetFor(targets: readonly IndicatorTarget[], quarter: string): number | null {
  const own = targets.find((t) => t.period === quarter);
  if (own) return own.value;
  const parsed = parseQuarterKey(quarter);
  const year = parsed ? targets.find((t) => t.period === String(parsed.fyStart)) : undefined;
  return year ? year.value : null;
}

/**
 * Green when the target is met; Amber when short of it by no more than the tolerance (a
 * percentage of the target); Red beyond that. No RAG without a value or a target.
 */
export function indicatorRag(
  value: number | null,
  target: number | null,
  polarity: Polarity,
  tolerancePercent: number,
): Extract<RagStatus, 'red' | 'amber' | 'green'> | null {
  if (value === null || target === null) return null;
  const margin = Math.abs(target) * (tolerancePercent / 100);
  if (polarity === 'higher-is-better') {
    if (value >= target) return 'green';
    return value >= target - margin ? 'amber' : 'red';
  }
  if (value <= target) return 'green';
  return value <= target + margin ? 'amber' : 'red';
}

export type IndicatorDirection = 'improving' | 'worsening' | 'no-change' | 'not-known';

export const INDICATOR_DIRECTION_LABEL: Record<IndicatorDirection, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  'not-known': 'Not known yet',
};

export function indicatorDirection(
  now: number | undefined,
  before: number | undefined,
  polarity: Polarity,
): IndicatorDirection {
  if (now === undefined || before === undefined) return 'not-known';
  if (now === before) return 'no-change';
  return (polarity === 'higher-is-better') === now > before ? 'improving' : 'worsening';
}

export interface IndicatorQuarter extends QuarterFigure {
  readonly target: number | null;
  readonly rag: ReturnType<typeof indicatorRag>;
  readonly direction: IndicatorDirection;
}

/** Each quarter held: value, target, RAG (complete quarters only) and direction since the last. */
export function indicatorQuarters(
  indicator: Pick<Indicator, 'frequency' | 'rollUp' | 'polarity' | 'targets' | 'tolerancePercent'>,
  values: readonly Pick<IndicatorValue, 'period' | 'value'>[],
): IndicatorQuarter[] {
  const figures = quarterFigures(indicator, values);
  return figures.map((figure, index) => {
    const target = targetFor(indicator.targets, figure.quarter);
    const before = figures
      .slice(0, index)
      .filter((f) => f.complete)
      .at(-1);
    return {
      ...figure,
      target,
      rag: figure.complete
        ? indicatorRag(figure.value, target, indicator.polarity, indicator.tolerancePercent)
        : null,
      direction: figure.complete
        ? indicatorDirection(figure.value, before?.value, indicator.polarity)
        : 'not-known',
    };
  });
}

/** The indicator as the quarterly summary and scrutiny report it for one quarter. */
export function indicatorForReport(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  quarter: string,
): ReportIndicator {
  const own = values.filter((v) => v.indicatorId === indicator.id);
  const quarters = indicatorQuarters(indicator, own).filter((q) => q.quarter <= quarter);
  const current = quarters.find((q) => q.quarter === quarter);
  return {
    name: indicator.name,
    unit: indicator.unit,
    polarity: indicator.polarity,
    baseline: indicator.baseline
      ? `${formatFigure(indicator.baseline.value)} (${indicator.baseline.period})`
      : 'None',
    value: current?.complete ? current.value : null,
    target: targetFor(indicator.targets, quarter),
    rag: current?.rag ?? null,
    direction: INDICATOR_DIRECTION_LABEL[current?.direction ?? 'not-known'],
    source: indicator.source,
    series: {
      name: indicator.name,
      polarity: indicator.polarity,
      values: quarters
        .filter((q) => q.complete)
        .map((q) => ({ period: q.quarter, value: q.value })),
    },
  };
}

/** What a person enters for an indicator; strings as typed. */
export interface IndicatorInput {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly polarity: Polarity;
  readonly bodyId: string;
  readonly draft: boolean;
  readonly source: string;
  readonly sourceKind: 'manual' | 'police';
  readonly police: PoliceSource | null;
  readonly baselineValue: string;
  readonly baselinePeriod: string;
  readonly targets: readonly { readonly period: string; readonly value: string }[];
  readonly tolerancePercent: string;
  readonly frequency: Frequency;
  readonly rollUp: RollUp;
  readonly recommendationNumbers: readonly number[];
  readonly objectiveIds: readonly string[];
}

export interface IndicatorContext {
  readonly bodyIds: ReadonlySet<string>;
  readonly objectiveIds: ReadonlySet<string>;
  readonly existingNames: readonly string[];
}

/** A number as people type it: "1,234.5" or "12.1%" are fine; "twelve" is not. */
export function readNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

const isTargetPeriod = (period: string) =>
  /^\d{4}$/.test(period) || parseQuarterKey(period) !== undefined;

export function checkIndicatorInput(input: IndicatorInput, context: IndicatorContext): Problem[] {
  const problems: Problem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', message: 'Enter the indicator’s name' });
  else if (name.length > 200)
    problems.push({ field: 'name', message: 'The name must be 200 characters or fewer' });
  else if (context.existingNames.some((n) => n.trim().toLowerCase() === name.toLowerCase()))
    problems.push({ field: 'name', message: 'Another indicator already has this name' });
  if (input.description.length > 5000)
    problems.push({
      field: 'description',
      message: 'The description must be 5,000 characters or fewer',
    });
  if (input.unit.trim() === '')
    problems.push({ field: 'unit', message: 'Enter the unit, such as “crimes” or “%”' });
  else if (input.unit.length > 60)
    problems.push({ field: 'unit', message: 'The unit must be 60 characters or fewer' });
  if (!POLARITIES.includes(input.polarity))
    problems.push({ field: 'polarity', message: 'Say whether higher or lower is better' });
  if (!context.bodyIds.has(input.bodyId))
    problems.push({ field: 'bodyId', message: 'Select the body that owns the indicator' });
  if (input.source.length > 2000)
    problems.push({ field: 'source', message: 'The source must be 2,000 characters or fewer' });
  const hasBaseline = input.baselineValue.trim() !== '' || input.baselinePeriod.trim() !== '';
  if (hasBaseline) {
    if (readNumber(input.baselineValue) === undefined)
      problems.push({
        field: 'baselineValue',
        message: 'Enter the baseline as a number, such as 12.1',
      });
    if (input.baselinePeriod.trim() === '')
      problems.push({ field: 'baselinePeriod', message: 'Enter the period the baseline is for' });
  }
  const periods = new Set<string>();
  input.targets.forEach((target, index) => {
    const row = index + 1;
    if (!isTargetPeriod(target.period))
      problems.push({
        field: `targets.${index}.period`,
        message: `Target ${row}: choose a financial year or a quarter`,
        row,
      });
    else if (periods.has(target.period))
      problems.push({
        field: `targets.${index}.period`,
        message: `Target ${row}: ${periodLabel(target.period)} already has a target`,
        row,
      });
    periods.add(target.period);
    if (readNumber(target.value) === undefined)
      problems.push({
        field: `targets.${index}.value`,
        message: `Target ${row}: enter the target as a number`,
        row,
      });
  });
  const tolerance = readNumber(input.tolerancePercent);
  if (tolerance === undefined || tolerance < 0 || tolerance > 100)
    problems.push({
      field: 'tolerancePercent',
      message: 'Enter the Amber tolerance as a percentage from 0 to 100',
    });
  if (!FREQUENCIES.includes(input.frequency))
    problems.push({ field: 'frequency', message: 'Select quarterly or monthly values' });
  if (!ROLL_UPS.includes(input.rollUp))
    problems.push({ field: 'rollUp', message: 'Select how months roll up to quarters' });
  if (input.recommendationNumbers.some((n) => !Number.isInteger(n) || n < 1 || n > 24))
    problems.push({
      field: 'recommendationNumbers',
      message: 'Recommendations are numbered 1 to 24',
    });
  if (input.objectiveIds.some((id) => !context.objectiveIds.has(id)))
    problems.push({ field: 'objectiveIds', message: 'One of the objectives no longer exists' });
  if (input.sourceKind === 'police') {
    const police = input.police;
    if (!police || (police.neighbourhoods.length === 0 && police.polygon.length < 3))
      problems.push({
        field: 'police',
        message: 'Pick at least one neighbourhood, or enter a polygon of three or more points',
      });
    if (!police || police.categories.length === 0)
      problems.push({ field: 'police', message: 'Pick at least one crime category to follow' });
    if (input.frequency !== 'monthly')
      problems.push({
        field: 'frequency',
        message: 'Crime figures arrive by month: choose monthly values',
      });
  }
  return problems;
}

/** The checked input as the indicator's fields. Call only when there are no problems. */
export function indicatorFields(input: IndicatorInput) {
  return {
    name: input.name.trim(),
    description: input.description.trim(),
    unit: input.unit.trim(),
    polarity: input.polarity,
    bodyId: input.bodyId,
    draft: input.draft,
    source: input.source.trim(),
    sourceKind: input.sourceKind,
    police: input.sourceKind === 'police' ? input.police : null,
    baseline:
      input.baselineValue.trim() === ''
        ? null
        : { value: readNumber(input.baselineValue) ?? 0, period: input.baselinePeriod.trim() },
    targets: input.targets
      .map((t) => ({ period: t.period, value: readNumber(t.value) ?? 0 }))
      .sort((a, b) => a.period.localeCompare(b.period)),
    tolerancePercent: readNumber(input.tolerancePercent) ?? 0,
    frequency: input.frequency,
    rollUp: input.rollUp,
    recommendationNumbers: [...new Set(input.recommendationNumbers)].sort((a, b) => a - b),
    objectiveIds: [...new Set(input.objectiveIds)],
  } satisfies Omit<Indicator, 'id' | 'createdAt' | 'updatedAt'>;
}

/** A value as entered: the period must suit the indicator's frequency; the value a number. */
export function checkValueInput(
  indicator: Pick<Indicator, 'frequency'>,
  period: string,
  value: string,
): Problem[] {
  const problems: Problem[] = [];
  if (indicator.frequency === 'quarterly' ? !parseQuarterKey(period) : !isMonth(period))
    problems.push({
      field: 'period',
      message:
        indicator.frequency === 'quarterly'
          ? 'Choose the quarter the value is for'
          : 'Enter the month the value is for, as YYYY-MM',
    });
  const number = readNumber(value);
  if (number === undefined)
    problems.push({ field: 'value', message: 'Enter the value as a number, such as 42 or 12.5' });
  else if (Math.abs(number) > 1e12)
    problems.push({ field: 'value', message: 'That number is too large to be a real figure' });
  return problems;
}
