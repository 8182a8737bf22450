import type { Recommendation } from '../../domain/recommendations';

/** A recommendation as seeded: the board's response is added when the workspace is created. */
export type SeedRecommendation = Omit<
  Recommendation,
  'level' | 'response' | 'responseNote' | 'respondedAt'
>;
