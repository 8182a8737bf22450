/** Outcome indicators: whether anything changed for residents. */
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
