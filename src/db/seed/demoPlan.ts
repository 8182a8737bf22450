/**
 * The demo action plan: example actions drawn from the report's text (domain brief, section 9),
 * each with the report lines it comes from. Loaded on request, labelled as demo data, and
 * removable in one step. Rows and themes are the brief's suggestions.
 */
import type { FourPRowId } from '../../domain/strategicTool';

export interface DemoAction {
  readonly bodyId: string;
  readonly title: string;
  readonly source: string;
  readonly primaryRow: FourPRowId;
  readonly secondaryRows?: readonly FourPRowId[];
  readonly themeIds?: readonly string[];
  readonly recommendationNumbers?: readonly number[];
  readonly swotIds?: readonly string[];
  /** The report says this already happens. */
  readonly existing?: boolean;
}

export const DEMO_PLAN: readonly DemoAction[] = [
  // Violence against women and girls
  {
    bodyId: 'VAWG',
    title:
      'Commission a themed MASH audit of contextual safeguarding and of safeguarding gang-affected young women and girls',
    source: 'R L720',
    primaryRow: 'protect',
    themeIds: ['protect.early-help', 'protect.youth-and-social-work'],
    recommendationNumbers: [4],
    swotIds: ['S3', 'T7'],
  },
  {
    bodyId: 'VAWG',
    title: 'Increase referrals to Abianda and expand its preventative work',
    source: 'R L773',
    primaryRow: 'protect',
    themeIds: ['protect.early-help'],
    recommendationNumbers: [23],
    swotIds: ['T7'],
  },
  {
    bodyId: 'VAWG',
    title:
      'Scope a dedicated Girls and Young Women’s Intervention Team within the desistance model',
    source: 'R L1202',
    primaryRow: 'protect',
    themeIds: ['protect.gang-exit'],
    recommendationNumbers: [23, 24],
  },
  {
    bodyId: 'VAWG',
    title: 'Re-design the schools-based girls’ group after low uptake',
    source: 'R L748',
    primaryRow: 'protect',
    themeIds: ['protect.early-help'],
    recommendationNumbers: [23],
  },
  {
    bodyId: 'VAWG',
    title:
      'Embed gender mainstreaming training and case consultation across gang programme services',
    source: 'W L54–62',
    primaryRow: 'protect',
    themeIds: ['protect.youth-and-social-work'],
    existing: true,
  },
  {
    bodyId: 'VAWG',
    title:
      'Practitioner briefing on image-based coercion and “vapes for sexual favours” exploitation',
    source: 'R L728–744, L875',
    primaryRow: 'protect',
    themeIds: ['protect.youth-and-social-work'],
    recommendationNumbers: [14, 22],
  },
  {
    bodyId: 'VAWG',
    title:
      'Ask health partners to consider gang involvement when girls present with self-harm or overdose',
    source: 'V L674–680',
    primaryRow: 'protect',
    themeIds: ['protect.cams'],
    swotIds: ['T7'],
  },
  // Gangs and youth violence
  {
    bodyId: 'GYV',
    title:
      'Draft the comprehensive Gangs Strategy around the three aims and five themes, using Figure 8',
    source: 'R L1119–1149',
    primaryRow: 'pursue',
    secondaryRows: ['prevent', 'protect', 'prepare'],
    recommendationNumbers: [1],
    swotIds: ['W1', 'W5', 'T5'],
  },
  {
    bodyId: 'GYV',
    title:
      'Establish a co-located Gang Intervention Team: secondment, leadership and ring-fenced funding',
    source: 'R L1169–1181',
    primaryRow: 'protect',
    secondaryRows: ['prepare'],
    themeIds: ['protect.gang-exit', 'protect.vru-case-work'],
    recommendationNumbers: [2, 19],
    swotIds: ['W1'],
  },
  {
    bodyId: 'GYV',
    title:
      'Signalling campaign: a “rule” against using children, enforced against all members of any group that breaks it',
    source: 'R L1131',
    primaryRow: 'pursue',
    themeIds: ['pursue.targeted-enforcement'],
    swotIds: ['T2'],
  },
  {
    bodyId: 'GYV',
    title: 'Apply civil orders to exploiters, with regular review',
    source: 'R L1149',
    primaryRow: 'prevent',
    themeIds: ['prevent.civil-orders'],
    swotIds: ['W17'],
  },
  {
    bodyId: 'GYV',
    title: 'BCU to review discrepancies in Violence with Injury sanction detection rates',
    source: 'R L307',
    primaryRow: 'pursue',
    themeIds: ['pursue.targeted-enforcement'],
    recommendationNumbers: [11],
    swotIds: ['T4'],
  },
  {
    bodyId: 'GYV',
    title: 'BCU to enlist specialist enforcement to track online grooming and drug sales',
    source: 'R L560',
    primaryRow: 'pursue',
    themeIds: ['pursue.intelligence'],
    recommendationNumbers: [12],
    swotIds: ['T10', 'W17'],
  },
  {
    bodyId: 'GYV',
    title: 'YOS to implement accurate gang flagging',
    source: 'R L660',
    primaryRow: 'pursue',
    secondaryRows: ['protect'],
    themeIds: ['pursue.intelligence', 'protect.yos'],
    recommendationNumbers: [18],
    swotIds: ['W4'],
  },
  {
    bodyId: 'GYV',
    title:
      'Exclusions package: governor training, independent advocacy, a college MoU and reintegration plans',
    source: 'R L592–598',
    primaryRow: 'protect',
    themeIds: ['protect.early-help'],
    recommendationNumbers: [15],
    swotIds: ['W14'],
  },
  {
    bodyId: 'GYV',
    title:
      'CCE and internet safety in PSHE in all schools; awareness of missing checks for short absences',
    source: 'R L560, L576, L578',
    primaryRow: 'protect',
    themeIds: ['protect.early-help'],
    recommendationNumbers: [13],
    swotIds: ['W15', 'W18'],
  },
  {
    bodyId: 'GYV',
    title: 'Graded access for voluntary sector partners to Mosaic and Child View',
    source: 'R L628–630',
    primaryRow: 'protect',
    themeIds: ['protect.youth-and-social-work'],
    recommendationNumbers: [16],
    swotIds: ['T11'],
  },
  {
    bodyId: 'GYV',
    title:
      'Invite all relevant voluntary sector partners to the Exploitation and Risk Panel; hold regular commissioning forums',
    source: 'R L632',
    primaryRow: 'prepare',
    themeIds: ['prepare.youth-and-community-work'],
    recommendationNumbers: [17],
    swotIds: ['W9', 'W10'],
  },
  {
    bodyId: 'GYV',
    title: 'Through-care visits to YOIs, and timely housing and social-care placements on release',
    source: 'R L654, L1201',
    primaryRow: 'protect',
    themeIds: ['protect.through-and-aftercare'],
    recommendationNumbers: [24],
    swotIds: ['W16'],
  },
  {
    bodyId: 'GYV',
    title: 'Deploy a Housing Professional to relocate young people under threat',
    source: 'R L1199, L646',
    primaryRow: 'prevent',
    themeIds: ['prevent.housing'],
    recommendationNumbers: [24],
    swotIds: ['O1'],
  },
  {
    bodyId: 'GYV',
    title: 'Evaluate the Youth Hub pilot and decide on two further hubs',
    source: 'R L1187',
    primaryRow: 'prepare',
    themeIds: ['prepare.youth-and-community-work'],
    recommendationNumbers: [24, 3],
    swotIds: ['O6'],
  },
  {
    bodyId: 'GYV',
    title: 'Clarify the VRU’s role in each locality',
    source: 'R L674',
    primaryRow: 'prepare',
    secondaryRows: ['protect'],
    themeIds: ['protect.vru-case-work'],
    swotIds: ['O7'],
  },
  // Anti-social behaviour
  {
    bodyId: 'ASB',
    title: 'Contextual policing of the night-time economy, hotels, taxi firms and take-aways',
    source: 'R L1141',
    primaryRow: 'prevent',
    themeIds: ['prevent.neighbourhood-policing'],
  },
  {
    bodyId: 'ASB',
    title: 'Business engagement on signs of exploitation with franchises, taxi and hotel firms',
    source: 'R L799',
    primaryRow: 'prepare',
    themeIds: ['prepare.vru-business-and-community-meetings'],
    swotIds: ['W12'],
  },
  {
    bodyId: 'ASB',
    title:
      'Make hotspot spaces safer, such as the supermarket car park: gates, locks, clearing debris',
    source: 'R L805',
    primaryRow: 'prevent',
    themeIds: ['prevent.neighbourhood-design'],
  },
  {
    bodyId: 'ASB',
    title:
      'Joint police and council outreach at hotspots, with follow-up conversations with parents',
    source: 'R L809–813',
    primaryRow: 'prepare',
    themeIds: ['prepare.youth-and-community-work'],
  },
  {
    bodyId: 'ASB',
    title: 'Refer suspected business complicity or extortion for specialist regional interventions',
    source: 'R L817–843, L1141',
    primaryRow: 'pursue',
    themeIds: ['pursue.intelligence'],
    swotIds: ['W12'],
  },
  {
    bodyId: 'ASB',
    title: 'Early intervention when anti-social peer groups escalate (inferred from the narrative)',
    source: 'R L415–424',
    primaryRow: 'prevent',
    swotIds: ['T3'],
  },
  {
    bodyId: 'ASB',
    title: 'Close the loop on community meetings; councillor drop-ins and local meetings',
    source: 'R L69, L1074',
    primaryRow: 'prepare',
    themeIds: ['prepare.councillor-drop-ins-and-local-meetings'],
    swotIds: ['W13'],
  },
  {
    bodyId: 'ASB',
    title: 'Engage private-rented-sector landlords who avoid police contact (inferred)',
    source: 'R L211–213',
    primaryRow: 'prevent',
    themeIds: ['prevent.housing'],
  },
  // Prevent subgroup
  {
    bodyId: 'PREV',
    title:
      'Share online-safety and techno-prevention approaches between the Prevent and CCE agendas',
    source: 'R L534, L558',
    primaryRow: 'protect',
    themeIds: ['protect.early-help'],
    recommendationNumbers: [12],
    swotIds: ['T10'],
  },
  {
    bodyId: 'PREV',
    title:
      'Extend the online harm-reduction groups for parents to cover gangs and online radicalisation',
    source: 'R L548',
    primaryRow: 'protect',
    secondaryRows: ['prepare'],
    themeIds: ['protect.early-help'],
    existing: true,
  },
  {
    bodyId: 'PREV',
    title:
      'Cross-panel case alignment across county lines, CSE, modern slavery and Prevent/Channel',
    source: 'V L857–861, L1494',
    primaryRow: 'protect',
    themeIds: ['protect.vru-case-work'],
    swotIds: ['T6'],
  },
  // SafetyNet board
  {
    bodyId: 'BOARD',
    title:
      'Commission the Strategic Assessment, adding CCE and gangs analysis to the needs assessment',
    source: 'R L1094, L1098',
    primaryRow: 'pursue',
    themeIds: ['pursue.intelligence'],
  },
  {
    bodyId: 'BOARD',
    title: 'Scrutiny training for councillors on drugs and community safety',
    source: 'R L1115',
    primaryRow: 'prepare',
    themeIds: ['prepare.councillor-drop-ins-and-local-meetings'],
    recommendationNumbers: [9],
    swotIds: ['W3'],
  },
  {
    bodyId: 'BOARD',
    title: 'Address the analyst deficit and the single-analyst vulnerability',
    source: 'R L1009, L1015',
    primaryRow: 'pursue',
    themeIds: ['pursue.intelligence'],
    recommendationNumbers: [7, 8],
    swotIds: ['W4'],
  },
  {
    bodyId: 'BOARD',
    title:
      'Resolve subgroup communication gaps and overlap; bring Probation and Housing into the partnership',
    source: 'R L63–65',
    primaryRow: 'prepare',
    swotIds: ['W7', 'W8', 'W9'],
  },
  {
    bodyId: 'BOARD',
    title: 'Move voluntary sector commissioning to a longer-term basis',
    source: 'R L35, L626',
    primaryRow: 'prepare',
    themeIds: ['prepare.youth-and-community-work'],
    recommendationNumbers: [17],
    swotIds: ['W10'],
  },
  {
    bodyId: 'BOARD',
    title: 'Monitor disproportionality of racialised communities in the criminal justice system',
    source: 'R L281',
    primaryRow: 'pursue',
    secondaryRows: ['prepare'],
    recommendationNumbers: [10],
    swotIds: ['T4'],
  },
  // Combatting Drugs Partnership
  {
    bodyId: 'CDP',
    title: 'Establish the partnership and align it with the 10-Year Drug Plan and the SOC strategy',
    source: 'R L1048',
    primaryRow: 'pursue',
    recommendationNumbers: [6],
    swotIds: ['W2', 'O5'],
  },
  {
    bodyId: 'CDP',
    title: 'Local actions against the seven “Breaking the Drug Supply Chain” objectives',
    source: 'R L1054–1064',
    primaryRow: 'pursue',
    themeIds: ['pursue.targeted-enforcement'],
    recommendationNumbers: [6],
  },
  {
    bodyId: 'CDP',
    title: 'Supply-and-demand response to vapes, Xanax, nitrous oxide, cannabis gummies and lean',
    source: 'R L907',
    primaryRow: 'protect',
    secondaryRows: ['pursue'],
    themeIds: ['protect.drug-treatment'],
    recommendationNumbers: [14],
    swotIds: ['T10'],
  },
  {
    bodyId: 'CDP',
    title: 'Monitor the emergence of methamphetamine',
    source: 'R L949',
    primaryRow: 'pursue',
    themeIds: ['pursue.intelligence'],
  },
];
