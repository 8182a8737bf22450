/**
 * An indicator's figures: months rolled up to quarters by its rule, the target for each quarter,
 * the RAG against it (the rule lives in `rag.ts`) and the direction of travel.
 */
import { parseQuarterKey, quarterOfMonth, type QuarterKey } from '../quarters';
import { ragAgainstTarget } from '../rag';
import type { Indicator, IndicatorTarget, IndicatorValue, Polarity } from './model';

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
  readonly rag: ReturnType<typeof ragAgainstTarget>;
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
        ? ragAgainstTarget(figure.value, target, indicator.polarity, indicator.tolerancePercent)
        : null,
      direction: figure.complete
        ? indicatorDirection(figure.value, before?.value, indicator.polarity)
        : 'not-known',
    };
  });
}
