/** Outcome indicators: whether anything changed for residents. */
import type { ReportIndicator } from './report/build';
export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly polarity: 'higher-is-better' | 'lower-is-better';
  readonly bodyId: string;
  readonly draft: boolean;
  readonly source: string;
}

export interface IndicatorValue {
  readonly id: string;
  readonly indicatorId: string;
  readonly period: string;
  readonly value: number;
}

const byPeriod = (a: IndicatorValue, b: IndicatorValue) => a.period.localeCompare(b.period);

/** The indicator as the quarterly summary reports it: its value for the quarter and the trend. */
export function indicatorForReport(
  indicator: Indicator,
  values: readonly IndicatorValue[],
  quarter: string,
): ReportIndicator {
  const own = values.filter((v) => v.indicatorId === indicator.id).sort(byPeriod);
  const current = own.find((v) => v.period === quarter);
  const before = own.filter((v) => v.period < quarter).at(-1);
  const better = (a: number, b: number) =>
    indicator.polarity === 'higher-is-better' ? a > b : a < b;
  const direction =
    !current || !before
      ? 'Not known'
      : current.value === before.value
        ? 'No change'
        : better(current.value, before.value)
          ? 'Improving'
          : 'Worsening';
  return {
    name: indicator.name,
    unit: indicator.unit,
    polarity: indicator.polarity,
    baseline: '',
    value: current?.value ?? null,
    target: null,
    rag: null,
    direction,
    source: indicator.source,
    series: {
      name: indicator.name,
      polarity: indicator.polarity,
      values: own.filter((v) => v.period <= quarter),
    },
  };
}
