/**
 * The SWOT analysis of Andell (2023), "The Findings in brief: a SWOT Summary" (R L39–99).
 */
export const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

export const QUADRANT_LABEL: Record<SwotQuadrant, string> = {
  strength: 'Strengths',
  weakness: 'Weaknesses',
  opportunity: 'Opportunities',
  threat: 'Threats',
};

export const QUADRANT_SINGULAR: Record<SwotQuadrant, string> = {
  strength: 'Strength',
  weakness: 'Weakness',
  opportunity: 'Opportunity',
  threat: 'Threat',
};

export interface SwotItem {
  /** "S1", "S6a", "W19"… */
  readonly id: string;
  readonly quadrant: SwotQuadrant;
  /** Verbatim. */
  readonly text: string;
  readonly sourceLine: number;
  readonly order: number;
  /** Recommendations that respond to this item (the domain brief's reading of the report). */
  readonly recommendationNumbers: readonly number[];
}

/** Weaknesses and threats are the items a plan must answer; strengths and opportunities are not gaps. */
export function isConcern(item: Pick<SwotItem, 'quadrant'>): boolean {
  return item.quadrant === 'weakness' || item.quadrant === 'threat';
}

/** Weaknesses and threats that no recommendation addresses. */
export function concernsWithoutRecommendation<T extends SwotItem>(items: readonly T[]): T[] {
  return items.filter((item) => isConcern(item) && item.recommendationNumbers.length === 0);
}
