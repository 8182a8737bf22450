/**
 * Suggested lines of enquiry for councillors: plain rules over the quarter's snapshot and those
 * before it, each saying what triggered it. Councillors called scrutiny "tick box" (R L1109);
 * these make the good questions easy to find.
 */
import { bodyDisplayName, type Body } from './bodies';
import { formatUkDate } from './dates';
import { formatFigure } from './figures';
import { quarterKeyLabel, type QuarterKey } from './quarters';
import { exceptionsOf, isReportable } from './scrutiny';
import type { ComparedContent, FiguresContent, FiguresEntry, SnapshotContent } from './snapshot';
import { RAG, type RagStatus } from './rag';
import { FOUR_P_ROWS, fourPRowName } from './strategicTool';
import { isConcern, type SwotItem } from './swot';
import { plural } from './words';

type EnquiryRule =
  | 'red-first-quarter'
  | 'red-two-quarters'
  | 'overdue'
  | 'slipped'
  | 'no-update'
  | 'recommendation-without-action'
  | 'concern-without-action'
  | 'empty-row'
  | 'indicator-wrong-way';

export interface Enquiry {
  readonly rule: EnquiryRule;
  readonly question: string;
  /** What in the data raised it. */
  readonly trigger: string;
}

export interface IndicatorSeries {
  readonly name: string;
  readonly polarity: 'higher-is-better' | 'lower-is-better';
  /** Values in period order. */
  readonly values: readonly { readonly period: string; readonly value: number }[];
}

export interface EnquiryInputs {
  readonly current: SnapshotContent;
  /** Closed quarters before this one, any order. */
  readonly earlier: readonly SnapshotContent[];
  readonly bodies: readonly Body[];
  readonly swot: readonly SwotItem[];
  readonly indicators?: readonly IndicatorSeries[];
}

const label = quarterKeyLabel;

/** A body's actions in one kind of exception: how many, the first few references, the only one. */
interface BodyGroup {
  readonly bodyId: string;
  readonly count: number;
  /** The first `REFS_NAMED` references, in the list's order. */
  readonly refs: readonly string[];
  /** When the group is one action: its due date. */
  readonly onlyDueDate: string | null;
}

const REFS_NAMED = 8;

/**
 * What the rules need from a quarter's record, and from the records before it: everything in a
 * line of enquiry that comes from the quarter itself. A closed quarter's facts never change, so they
 * are kept with its figures (`quarterFigures.ts`); the bodies' names, the SWOT items and the
 * indicators are read as held today when the questions are written (`enquiriesFrom`).
 */
export interface EnquiryFacts {
  readonly quarter: QuarterKey;
  /** The closed quarter before it, if any. */
  readonly previousQuarter: QuarterKey | null;
  /**
   * Every action red this quarter, in reference order: for how many closed quarters running
   * (this one included), its RAG the quarter before, and whether it counts for scrutiny.
   */
  readonly red: readonly {
    readonly id: string;
    readonly ref: string;
    readonly run: number;
    readonly before: RagStatus | null;
    readonly reportable: boolean;
  }[];
  readonly overdue: readonly BodyGroup[];
  readonly slipped: readonly (
    | { readonly ref: string; readonly revisedDate: string; readonly dueDate: string }
    | { readonly ref: string; readonly was: string; readonly dueDate: string }
  )[];
  readonly noUpdate: readonly BodyGroup[];
  readonly recommendationsWithoutAction: readonly number[];
  /** SWOT items some reportable action responds to. */
  readonly answeredSwotIds: readonly string[];
  /** Per body with reportable actions: how many, and the 4P rows they are mainly in. */
  readonly rowsByBody: readonly {
    readonly bodyId: string;
    readonly count: number;
    readonly rows: readonly string[];
  }[];
}

/** Actions grouped by body, in the order the bodies first appear. */
function perBody(entries: readonly FiguresEntry[]): BodyGroup[] {
  const groups = new Map<string, FiguresEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.action.bodyId);
    if (group) group.push(entry);
    else groups.set(entry.action.bodyId, [entry]);
  }
  return [...groups].map(([bodyId, grouped]) => ({
    bodyId,
    count: grouped.length,
    refs: grouped.slice(0, REFS_NAMED).map((e) => e.action.ref),
    onlyDueDate: grouped.length === 1 ? (grouped[0]?.action.dueDate ?? null) : null,
  }));
}

function refList(group: BodyGroup): string {
  return group.count > REFS_NAMED
    ? `${group.refs.join(', ')} and ${formatFigure(group.count - REFS_NAMED)} more`
    : group.refs.join(', ');
}

/**
 * The facts of `current`, given the closed quarter before it (its record and its facts), if any.
 * A run of red quarters carries on from the previous quarter's facts. One pass over the actions
 * (20,000 at 100x, in the draft's worker and the close): the red ones, and of the reportable ones
 * the slipped dates, each body's 4P rows and the SWOT items answered, each in the actions' order.
 */
export function enquiryFactsOf(
  current: FiguresContent,
  previous: { readonly content: ComparedContent; readonly facts: EnquiryFacts } | null,
): EnquiryFacts {
  const previousRun = new Map((previous?.facts.red ?? []).map((r) => [r.id, r.run]));
  const before = new Map((previous?.content.actions ?? []).map((e) => [e.action.id, e]));
  const red: EnquiryFacts['red'][number][] = [];
  const slipped: EnquiryFacts['slipped'][number][] = [];
  const rowsByBody = new Map<string, { count: number; rows: Set<string> }>();
  const answeredSwotIds = new Set<string>();
  for (const entry of current.actions) {
    const { action, update } = entry;
    const reportable = isReportable(entry);
    if (update?.rag === 'red')
      red.push({
        id: action.id,
        ref: action.ref,
        run: 1 + (previousRun.get(action.id) ?? 0),
        before: before.get(action.id)?.update?.rag ?? null,
        reportable,
      });
    if (!reportable) continue;
    const forecast = update?.forecast;
    const was = before.get(action.id)?.action.dueDate;
    if (forecast && !forecast.onTrack && forecast.revisedDate > action.dueDate)
      slipped.push({ ref: action.ref, revisedDate: forecast.revisedDate, dueDate: action.dueDate });
    else if (was && action.dueDate > was)
      slipped.push({ ref: action.ref, was, dueDate: action.dueDate });
    const own = rowsByBody.get(action.bodyId);
    if (own) {
      own.count += 1;
      own.rows.add(action.primaryRow);
    } else rowsByBody.set(action.bodyId, { count: 1, rows: new Set([action.primaryRow]) });
    for (const id of action.swotIds) answeredSwotIds.add(id);
  }
  const exceptions = exceptionsOf(current);
  return {
    quarter: current.quarter,
    previousQuarter: previous?.content.quarter ?? null,
    red,
    overdue: perBody(exceptions.overdue),
    slipped,
    noUpdate: perBody(exceptions.noUpdate),
    recommendationsWithoutAction: current.recommendations
      .filter((r) => r.delivery.status === 'no-actions')
      .map((r) => r.number),
    answeredSwotIds: [...answeredSwotIds],
    rowsByBody: [...rowsByBody].map(([bodyId, own]) => ({
      bodyId,
      count: own.count,
      rows: [...own.rows],
    })),
  };
}

/** The facts of `current` from the closed quarters before it (any order), oldest first. */
function factsFromRecords(
  current: SnapshotContent,
  earlier: readonly SnapshotContent[],
): EnquiryFacts {
  const chain = [...earlier]
    .filter((s) => s.quarter < current.quarter)
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
  let previous: { content: SnapshotContent; facts: EnquiryFacts } | null = null;
  for (const content of chain) previous = { content, facts: enquiryFactsOf(content, previous) };
  return enquiryFactsOf(current, previous);
}

export function linesOfEnquiry(inputs: EnquiryInputs): Enquiry[] {
  return enquiriesFrom(factsFromRecords(inputs.current, inputs.earlier), inputs);
}

/** The questions a quarter's facts raise, with the bodies, SWOT items and indicators held today. */
export function enquiriesFrom(
  facts: EnquiryFacts,
  inputs: Pick<EnquiryInputs, 'bodies' | 'swot' | 'indicators'>,
): Enquiry[] {
  const { bodies, swot } = inputs;
  const quarter = facts.quarter;
  const enquiries: Enquiry[] = [];

  // Red: for the first time this quarter, or for two quarters or more running.
  for (const red of facts.red) {
    if (!red.reportable) continue;
    if (red.run >= 2)
      enquiries.push({
        rule: 'red-two-quarters',
        question: `Action ${red.ref} has been red for ${red.run === 2 ? 'two' : red.run} quarters: what is the recovery plan?`,
        trigger: `Red in each of the last ${red.run} quarters, to ${label(quarter)}.`,
      });
    else
      enquiries.push({
        rule: 'red-first-quarter',
        question: `Action ${red.ref} is red this quarter: what is the corrective action, and when will it be back on track?`,
        trigger: facts.previousQuarter
          ? `Red in ${label(quarter)}; ${red.before ? RAG[red.before].label.toLowerCase() : 'no update'} in ${label(facts.previousQuarter)}.`
          : `Red in ${label(quarter)}, the first quarter closed.`,
      });
  }

  const bodyName = (id: string) => {
    const body = bodies.find((b) => b.id === id);
    return body ? bodyDisplayName(body) : id;
  };
  for (const group of facts.overdue) {
    const [ref] = group.refs;
    if (group.onlyDueDate !== null && ref)
      enquiries.push({
        rule: 'overdue',
        question: `Action ${ref} was due on ${formatUkDate(group.onlyDueDate)} and is not complete: when will it be delivered?`,
        trigger: `Due date ${formatUkDate(group.onlyDueDate)} passed before the end of ${label(quarter)}.`,
      });
    else
      enquiries.push({
        rule: 'overdue',
        question: `${formatFigure(group.count)} of the ${bodyName(group.bodyId)}’s actions are overdue: what is the plan to catch up?`,
        trigger: `Past their due dates at the end of ${label(quarter)}: ${refList(group)}.`,
      });
  }

  for (const slip of facts.slipped)
    enquiries.push(
      'revisedDate' in slip
        ? {
            rule: 'slipped',
            question: `Action ${slip.ref} is now forecast to finish on ${formatUkDate(slip.revisedDate)}, after its due date: what is causing the delay?`,
            trigger: `Revised forecast ${formatUkDate(slip.revisedDate)} against a due date of ${formatUkDate(slip.dueDate)}.`,
          }
        : {
            rule: 'slipped',
            question: `Action ${slip.ref}’s due date moved from ${formatUkDate(slip.was)} to ${formatUkDate(slip.dueDate)}: why, and who agreed it?`,
            trigger: `Due date changed since ${label(facts.previousQuarter ?? '')}.`,
          },
    );

  for (const group of facts.noUpdate) {
    const [ref] = group.refs;
    enquiries.push(
      group.count === 1 && ref
        ? {
            rule: 'no-update',
            question: `No update was reported for action ${ref} this quarter: who is accountable for reporting on it?`,
            trigger: `No finished update for ${label(quarter)}.`,
          }
        : {
            rule: 'no-update',
            question: `${formatFigure(group.count)} of the ${bodyName(group.bodyId)}’s actions have no update this quarter: who is accountable for reporting on them?`,
            trigger: `No finished update for ${label(quarter)}: ${refList(group)}.`,
          },
    );
  }

  for (const number of facts.recommendationsWithoutAction)
    enquiries.push({
      rule: 'recommendation-without-action',
      question: `Recommendation ${number} has no action: has the board decided how it will respond?`,
      trigger: 'No live action is linked to it.',
    });

  const answered = new Set(facts.answeredSwotIds);
  for (const item of swot.filter((s) => isConcern(s) && !answered.has(s.id)))
    enquiries.push({
      rule: 'concern-without-action',
      question: `${item.quadrant === 'weakness' ? 'Weakness' : 'Threat'} ${item.id}, “${item.text}”, is not addressed by any action: is that a conscious decision?`,
      trigger: 'No live action responds to it.',
    });

  const rowsByBody = new Map(facts.rowsByBody.map((own) => [own.bodyId, own]));
  for (const body of bodies) {
    const own = rowsByBody.get(body.id);
    if (!own) continue;
    for (const row of FOUR_P_ROWS)
      if (!own.rows.includes(row))
        enquiries.push({
          rule: 'empty-row',
          question: `${bodyDisplayName(body)} has no actions in ${fourPRowName(row)}: is that gap intended?`,
          trigger: `The ${bodyDisplayName(body)} has ${plural(own.count, 'action')}, none of them mainly in ${fourPRowName(row)}.`,
        });
  }

  for (const series of inputs.indicators ?? []) {
    const [before, latest] = series.values.slice(-2);
    if (!before || !latest || before.value === latest.value) continue;
    const worse =
      series.polarity === 'higher-is-better'
        ? latest.value < before.value
        : latest.value > before.value;
    if (worse)
      enquiries.push({
        rule: 'indicator-wrong-way',
        question: `${series.name} is moving the wrong way: what is being done about it?`,
        trigger: `From ${before.value} (${label(before.period)}) to ${latest.value} (${label(latest.period)}); ${series.polarity === 'higher-is-better' ? 'higher' : 'lower'} is better.`,
      });
  }
  return enquiries;
}

/** Each rule in a sentence, so a councillor knows why a question is on the list. */
const ENQUIRY_RULE_EXPLANATION: Record<EnquiryRule, string> = {
  'red-first-quarter':
    'Suggested for every action reported red: red means it will not be delivered as planned without corrective action.',
  'red-two-quarters':
    'Suggested when an action has been red in two or more closed quarters in a row: the corrective action is not yet working.',
  overdue:
    'Suggested when an action is past its due date at the end of the quarter and not complete.',
  slipped:
    'Suggested when an action’s forecast or due date has moved later since the last closed quarter.',
  'no-update': 'Suggested when an action has no finished update for the quarter.',
  'recommendation-without-action':
    'Suggested when none of the plan’s live actions is linked to one of the report’s 24 recommendations.',
  'concern-without-action':
    'Suggested when a weakness or threat in the report’s SWOT analysis has no action responding to it.',
  'empty-row':
    'Suggested when a body has actions but none mainly in one of the strategic tool’s 4P rows.',
  'indicator-wrong-way':
    'Suggested when an outcome indicator’s latest quarter is worse than the one before.',
};

/** Why a question is on the list: the rule in a sentence, then what in the data raised it. */
export const enquiryReason = (enquiry: Enquiry): string =>
  `${ENQUIRY_RULE_EXPLANATION[enquiry.rule]} ${enquiry.trigger}`;

/** On screen, each kind of question stops at this many; the Word and PDF summaries list them all. */
export const ENQUIRIES_SHOWN_PER_RULE = 10;

/** Each kind of question, as the end of "N more about …". */
const ENQUIRY_RULE_TOPIC: Record<EnquiryRule, string> = {
  'red-first-quarter': 'actions red this quarter',
  'red-two-quarters': 'actions red for two quarters or more',
  overdue: 'overdue actions',
  slipped: 'slipped dates',
  'no-update': 'missing updates',
  'recommendation-without-action': 'recommendations with no action',
  'concern-without-action': 'weaknesses and threats with no action',
  'empty-row': 'empty 4P rows',
  'indicator-wrong-way': 'indicators moving the wrong way',
};

/**
 * The lines of enquiry a screen shows: the first few of each kind, in the list's order, and how
 * many of each kind are left out. A plan of thousands of actions can raise thousands of questions,
 * which no committee reads (and which took the page a quarter of a second to lay out at 20,000
 * actions); every kind still appears.
 */
export function enquiriesOnScreen(
  enquiries: readonly Enquiry[],
  perRule = ENQUIRIES_SHOWN_PER_RULE,
): { readonly shown: Enquiry[]; readonly notShown: string | null } {
  const seen = new Map<EnquiryRule, number>();
  const shown: Enquiry[] = [];
  for (const enquiry of enquiries) {
    const count = (seen.get(enquiry.rule) ?? 0) + 1;
    seen.set(enquiry.rule, count);
    if (count <= perRule) shown.push(enquiry);
  }
  const left = [...seen]
    .filter(([, count]) => count > perRule)
    .map(
      ([rule, count]) =>
        `${(count - perRule).toLocaleString('en-GB')} more about ${ENQUIRY_RULE_TOPIC[rule]}`,
    );
  return {
    shown,
    notShown: left.length === 0 ? null : `Not shown here: ${left.join('; ')}.`,
  };
}
