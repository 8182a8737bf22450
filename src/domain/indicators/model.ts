/**
 * Outcome indicators: whether anything changed for residents. An indicator has a baseline,
 * targets per financial year (or per quarter), a tolerance for Amber, and values per quarter, or
 * per month rolled up to quarters by a stated rule. This file holds what an indicator is; the
 * figures, the report projection and the input checks live beside it.
 */

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

/** An area not chosen yet: no neighbourhoods, no polygon, no categories. */
export const NO_POLICE_AREA: PoliceSource = { neighbourhoods: [], polygon: [], categories: [] };

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
