/**
 * Draft outcome indicators: the report's figures that can serve as baselines (domain brief §8.8).
 * The indicators are suggestions, so each is seeded as a draft; each baseline quotes the report at
 * the line it comes from (checked word for word by seed.test.ts). No targets: the board sets them.
 */
import type { Indicator } from '../../domain/indicators';

export interface SeedIndicator extends Pick<
  Indicator,
  | 'id'
  | 'name'
  | 'description'
  | 'unit'
  | 'polarity'
  | 'bodyId'
  | 'frequency'
  | 'rollUp'
  | 'recommendationNumbers'
> {
  readonly baseline: { readonly value: number; readonly period: string };
  readonly sourceLine: number;
  /** The report's words at that line, verbatim. */
  readonly quote: string;
}

export const SEED_INDICATORS: readonly SeedIndicator[] = [
  {
    id: 'draft-vwi-sanction-detection-rate',
    name: 'Violence with injury: sanction detection rate',
    description:
      'The share of violence-with-injury offences resolved by a formal sanction. The report notes sanction detections fell 18.4% locally against 8% in the rest of London.',
    unit: '%',
    polarity: 'higher-is-better',
    bodyId: 'GYV',
    frequency: 'quarterly',
    rollUp: 'mean',
    recommendationNumbers: [11],
    baseline: { value: 12.1, period: 'May 2022 to April 2023' },
    sourceLine: 301,
    quote: 'resulting in a sanction detection rate that currently stands at 12.1%',
  },
  {
    id: 'draft-under-25-knife-violence',
    name: 'Non-domestic-abuse knife violence, under 25s: change on a year earlier',
    description:
      'Used by the police as a proxy for gang violence. The report says it has almost halved since its 2018 peak but rose in the latest year.',
    unit: '% change on a year earlier',
    polarity: 'lower-is-better',
    bodyId: 'GYV',
    frequency: 'quarterly',
    rollUp: 'mean',
    recommendationNumbers: [],
    baseline: { value: 27, period: 'April 2022 to April 2023' },
    sourceLine: 318,
    quote: 'there has been a 27% increase between April 2022 and April 2023',
  },
  {
    id: 'draft-total-offences-rate',
    name: 'Total offences per head of population',
    description:
      'All recorded offences in Waltham Forest against the population. The report gives 93.8 “per 100,000” (London 110.1); with 25,978 offences that figure matches a rate per 1,000, so check the unit before setting a target.',
    unit: 'offences per 100,000 people, as the report states',
    polarity: 'lower-is-better',
    bodyId: 'BOARD',
    frequency: 'quarterly',
    rollUp: 'sum',
    recommendationNumbers: [],
    baseline: { value: 93.8, period: 'May 2022 to April 2023' },
    sourceLine: 295,
    quote: 'This equates to 93.8 offences per 100,000 of the population',
  },
  {
    id: 'draft-yos-gang-flags',
    name: 'Youth Offending Service cases flagged as gang-involved',
    description:
      '71 of 1,361 drugs and violence cases (5.2%) allocated in 2017 to 2022 were flagged as gang-involved; the report says the flags “appear to be low”, so better recording would raise this.',
    unit: '% of drugs and violence cases',
    polarity: 'higher-is-better',
    bodyId: 'GYV',
    frequency: 'quarterly',
    rollUp: 'mean',
    recommendationNumbers: [18],
    baseline: { value: 5.2, period: '2017 to 2022 (71 of 1,361 cases)' },
    sourceLine: 658,
    quote: 'they flagged 71 children as being gang-involved on recording systems',
  },
  {
    id: 'draft-mash-audit-good',
    name: 'MASH audit: files rated good',
    description:
      'In the October 2022 audit, two of six files were rated good, one required improvement and three had too little information to rate.',
    unit: '% of files audited',
    polarity: 'higher-is-better',
    bodyId: 'VAWG',
    frequency: 'quarterly',
    rollUp: 'mean',
    recommendationNumbers: [4],
    baseline: { value: 33.3, period: 'October 2022 (2 of 6 files)' },
    sourceLine: 688,
    quote: 'Two out of six files were rated as good',
  },
  {
    id: 'draft-nrm-decision-time',
    name: 'National Referral Mechanism: months from referral to a positive-grounds decision',
    description:
      'Practitioners said NRM assessments take too long (SWOT weakness W19); the only figure given is one case of two years.',
    unit: 'months',
    polarity: 'lower-is-better',
    bodyId: 'BOARD',
    frequency: 'quarterly',
    rollUp: 'mean',
    recommendationNumbers: [],
    baseline: { value: 24, period: 'one case cited in 2023' },
    sourceLine: 698,
    quote:
      'One respondent cited a case taking two years between referral and a “positive grounds” assessment.',
  },
  {
    id: 'draft-girls-group-uptake',
    name: 'Young women and girls taking up support',
    description:
      'Referrals of young women and girls were described as low; one girls’ group had an uptake of about six.',
    unit: 'girls taking part',
    polarity: 'higher-is-better',
    bodyId: 'VAWG',
    frequency: 'quarterly',
    rollUp: 'sum',
    recommendationNumbers: [23],
    baseline: { value: 6, period: 'one girls’ group, 2023' },
    sourceLine: 748,
    quote: 'the uptake was about 6 girls',
  },
];

/** The seeded drafts as indicators, stamped with the time they were added. */
export function seedIndicators(at: string): Indicator[] {
  return SEED_INDICATORS.map(({ sourceLine, quote, ...seed }) => ({
    ...seed,
    draft: true,
    source: `Andell (2023), report line ${sourceLine}: “${quote}”`,
    sourceKind: 'manual',
    police: null,
    targets: [],
    tolerancePercent: 10,
    objectiveIds: [],
    createdAt: at,
    updatedAt: at,
  }));
}
