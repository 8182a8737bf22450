/**
 * Draft board objectives. The report does not list SafetyNet's objectives; it states its aims at
 * line 1088: "aims to reduce anti-social behaviour, gang crime, violence against women and girls,
 * youth and re-offending, and substance misuse". Each draft below is derived from one of those
 * aims and is marked as a draft for the board to refresh.
 */
export const SAFETYNET_AIMS_LINE = 1088;
export const SAFETYNET_AIMS_QUOTE =
  'aims to reduce anti-social behaviour, gang crime, violence against women and girls, youth and re-offending, and substance misuse.';

export interface SeedObjective {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly bodyId: string;
  /** The words of the aim the objective is derived from, verbatim from line 1088. */
  readonly derivedFromAim: string;
}

export const SEED_OBJECTIVES: readonly SeedObjective[] = [
  {
    code: 'OBJ-1',
    title: 'Reduce anti-social behaviour',
    description:
      'Reduce anti-social behaviour across the borough, targeting neighbourhoods most affected.',
    bodyId: 'ASB',
    derivedFromAim: 'anti-social behaviour',
  },
  {
    code: 'OBJ-2',
    title: 'Reduce gang crime',
    description:
      'Reduce gang crime and the criminal exploitation of children and young people by gangs.',
    bodyId: 'GYV',
    derivedFromAim: 'gang crime',
  },
  {
    code: 'OBJ-3',
    title: 'Reduce violence against women and girls',
    description:
      'Reduce violence against women and girls, including the sexual and criminal exploitation of young women and girls.',
    bodyId: 'VAWG',
    derivedFromAim: 'violence against women and girls',
  },
  {
    code: 'OBJ-4',
    title: 'Reduce youth offending and re-offending',
    description:
      'Reduce youth offending and re-offending. The report’s wording, “youth and re-offending”, is ambiguous; this reading is a draft for the board to confirm.',
    bodyId: 'GYV',
    derivedFromAim: 'youth and re-offending',
  },
  {
    code: 'OBJ-5',
    title: 'Reduce harm from substance misuse',
    description:
      'Reduce substance misuse and the harm drug markets cause, working with the Combatting Drugs Partnership.',
    bodyId: 'CDP',
    derivedFromAim: 'substance misuse',
  },
];
