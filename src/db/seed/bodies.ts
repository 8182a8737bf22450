/**
 * The owning bodies. Names and duties verbatim from Andell (2023): the board's duties at report
 * lines 1094–1096, the subgroups at lines 1102–1105, the Combatting Drugs Partnership at 1048/1088.
 */
import type { Body } from '../../domain/bodies';

export const SEED_BODIES: readonly Body[] = [
  {
    id: 'BOARD',
    name: 'SafetyNet board',
    kind: 'board',
    description:
      'The partnership board of SafetyNet, the Community Safety Partnership. It works in conjunction with the Safeguarding Children’s Board and Safeguarding Adults Board (report line 1092). Its four subgroups are accountable to it (line 1098).',
    duties: [
      {
        text: 'Commissioning the Waltham Forest Strategic Assessment in response to existing and emerging crime threats and challenges',
        sourceLine: 1094,
      },
      {
        text: 'Refreshing SafetyNet’s strategic objectives and priorities annually to ensure resources are deployed effectively',
        sourceLine: 1095,
      },
      {
        text: 'Quarterly meetings to review the performance of partners delivering the SafetyNet action plan.',
        sourceLine: 1096,
      },
    ],
    order: 1,
  },
  {
    id: 'VAWG',
    name: 'Violence against women and girls (VAWG)',
    kind: 'subgroup',
    description:
      'A multi-agency subgroup accountable to the board; it delivers a strategic priority action plan on the board’s behalf (report line 1098).',
    duties: [],
    order: 2,
  },
  {
    id: 'GYV',
    name: 'Gangs and youth violence',
    kind: 'subgroup',
    description:
      'A multi-agency subgroup accountable to the board; it delivers a strategic priority action plan on the board’s behalf (report line 1098).',
    duties: [],
    order: 3,
  },
  {
    id: 'ASB',
    name: 'Anti-social behaviour',
    kind: 'subgroup',
    description:
      'A multi-agency subgroup accountable to the board; it delivers a strategic priority action plan on the board’s behalf (report line 1098).',
    duties: [],
    order: 4,
  },
  {
    id: 'PREV',
    name: 'Prevent',
    kind: 'subgroup',
    description:
      'The Prevent subgroup: in a Community Safety Partnership this is the counter-radicalisation duty. The report does not describe its remit. It is not the Prevent row of the 4Ps (situational prevention).',
    duties: [],
    order: 5,
  },
  {
    id: 'CDP',
    name: 'Combatting Drugs Partnership',
    kind: 'associated-partnership',
    description:
      'Required by the Government’s 10 year Drug Action Plan (report line 1048). At the time of the report its structures and subgroups were in development (line 1088).',
    duties: [],
    order: 6,
  },
];
