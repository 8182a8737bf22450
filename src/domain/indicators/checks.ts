/** The rules an indicator's definition and each value must meet before they are saved. */
import type { Problem } from '../problems';
import { isMonth, parseQuarterKey, periodLabel } from '../quarters';
import {
  FREQUENCIES,
  POLARITIES,
  ROLL_UPS,
  type Frequency,
  type Indicator,
  type Polarity,
  type PoliceSource,
  type RollUp,
} from './model';

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
