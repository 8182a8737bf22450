/** An indicator as the quarterly summary and the scrutiny view report it for one quarter. */
import type { IndicatorSeries } from '../enquiry';
import { formatFigure } from '../figures';
import type { RagStatus } from '../rag';
import { INDICATOR_DIRECTION_LABEL, indicatorQuarters, targetFor } from './figures';
import type { Indicator, IndicatorValue } from './model';

export interface ReportIndicator {
  readonly name: string;
  readonly unit: string;
  readonly polarity: IndicatorSeries['polarity'];
  readonly baseline: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly rag: RagStatus | null;
  readonly direction: string;
  readonly source: string;
  /** Values by period, for the lines of enquiry. */
  readonly series: IndicatorSeries;
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
