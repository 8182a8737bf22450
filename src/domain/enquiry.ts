/**
 * Suggested lines of enquiry for councillors: plain rules over the quarter's snapshot and those
 * before it, each saying what triggered it. Councillors called scrutiny "tick box" (R L1109);
 * these make the good questions easy to find.
 */
import { bodyDisplayName, type Body } from './bodies';
import { concernsWithoutAction } from './coverage';
import { formatUkDate } from './dates';
import { quarterKeyLabel } from './quarters';
import { exceptionsOf, reportable } from './scrutiny';
import type { SnapshotAction, SnapshotContent } from './snapshot';
import { RAG } from './rag';
import { FOUR_P_ROWS, fourPRowName } from './strategicTool';
import type { SwotItem } from './swot';
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

/** Actions grouped by body, in the order the bodies first appear. */
function perBody(
  entries: readonly SnapshotAction[],
): { bodyId: string; entries: SnapshotAction[] }[] {
  const groups = new Map<string, SnapshotAction[]>();
  for (const entry of entries) {
    const group = groups.get(entry.action.bodyId);
    if (group) group.push(entry);
    else groups.set(entry.action.bodyId, [entry]);
  }
  return [...groups].map(([bodyId, grouped]) => ({ bodyId, entries: grouped }));
}

function refList(entries: readonly SnapshotAction[]): string {
  const refs = entries.map((e) => e.action.ref);
  return refs.length > 8
    ? `${refs.slice(0, 8).join(', ')} and ${refs.length - 8} more`
    : refs.join(', ');
}

export function linesOfEnquiry(inputs: EnquiryInputs): Enquiry[] {
  const { current, bodies, swot } = inputs;
  const earlier = [...inputs.earlier]
    .filter((s) => s.quarter < current.quarter)
    .sort((a, b) => b.quarter.localeCompare(a.quarter));
  const previous = earlier[0];
  const entries = reportable(current);
  const enquiries: Enquiry[] = [];

  // Each earlier quarter's RAG by action, looked up rather than searched for every action.
  const earlierRag = earlier.map(
    (snapshot) => new Map(snapshot.actions.map((e) => [e.action.id, e.update?.rag ?? null])),
  );
  const previousDue = new Map(
    (previous?.actions ?? []).map((e) => [e.action.id, e.action.dueDate]),
  );

  // Red: for the first time this quarter, or for two quarters or more running.
  for (const entry of entries) {
    if (entry.update?.rag !== 'red') continue;
    let run = 1;
    for (const rags of earlierRag) {
      if (rags.get(entry.action.id) !== 'red') break;
      run += 1;
    }
    const before = earlierRag[0]?.get(entry.action.id);
    if (run >= 2)
      enquiries.push({
        rule: 'red-two-quarters',
        question: `Action ${entry.action.ref} has been red for ${run === 2 ? 'two' : run} quarters: what is the recovery plan?`,
        trigger: `Red in each of the last ${run} quarters, to ${label(current.quarter)}.`,
      });
    else
      enquiries.push({
        rule: 'red-first-quarter',
        question: `Action ${entry.action.ref} is red this quarter: what is the corrective action, and when will it be back on track?`,
        trigger: previous
          ? `Red in ${label(current.quarter)}; ${before ? RAG[before].label.toLowerCase() : 'no update'} in ${label(previous.quarter)}.`
          : `Red in ${label(current.quarter)}, the first quarter closed.`,
      });
  }

  const exceptions = exceptionsOf(current);
  const bodyName = (id: string) => {
    const body = bodies.find((b) => b.id === id);
    return body ? bodyDisplayName(body) : id;
  };
  for (const group of perBody(exceptions.overdue)) {
    const [only] = group.entries;
    if (group.entries.length === 1 && only)
      enquiries.push({
        rule: 'overdue',
        question: `Action ${only.action.ref} was due on ${formatUkDate(only.action.dueDate)} and is not complete: when will it be delivered?`,
        trigger: `Due date ${formatUkDate(only.action.dueDate)} passed before the end of ${label(current.quarter)}.`,
      });
    else
      enquiries.push({
        rule: 'overdue',
        question: `${group.entries.length} of the ${bodyName(group.bodyId)}’s actions are overdue: what is the plan to catch up?`,
        trigger: `Past their due dates at the end of ${label(current.quarter)}: ${refList(group.entries)}.`,
      });
  }

  for (const entry of entries) {
    const forecast = entry.update?.forecast;
    const was = previousDue.get(entry.action.id);
    if (forecast && !forecast.onTrack && forecast.revisedDate > entry.action.dueDate)
      enquiries.push({
        rule: 'slipped',
        question: `Action ${entry.action.ref} is now forecast to finish on ${formatUkDate(forecast.revisedDate)}, after its due date: what is causing the delay?`,
        trigger: `Revised forecast ${formatUkDate(forecast.revisedDate)} against a due date of ${formatUkDate(entry.action.dueDate)}.`,
      });
    else if (was && entry.action.dueDate > was)
      enquiries.push({
        rule: 'slipped',
        question: `Action ${entry.action.ref}’s due date moved from ${formatUkDate(was)} to ${formatUkDate(entry.action.dueDate)}: why, and who agreed it?`,
        trigger: `Due date changed since ${label(previous?.quarter ?? '')}.`,
      });
  }

  for (const group of perBody(exceptions.noUpdate)) {
    const [only] = group.entries;
    enquiries.push(
      group.entries.length === 1 && only
        ? {
            rule: 'no-update',
            question: `No update was reported for action ${only.action.ref} this quarter: who is accountable for reporting on it?`,
            trigger: `No finished update for ${label(current.quarter)}.`,
          }
        : {
            rule: 'no-update',
            question: `${group.entries.length} of the ${bodyName(group.bodyId)}’s actions have no update this quarter: who is accountable for reporting on them?`,
            trigger: `No finished update for ${label(current.quarter)}: ${refList(group.entries)}.`,
          },
    );
  }

  for (const r of current.recommendations.filter((rec) => rec.delivery.status === 'no-actions'))
    enquiries.push({
      rule: 'recommendation-without-action',
      question: `Recommendation ${r.number} has no action: has the board decided how it will respond?`,
      trigger: 'No live action is linked to it.',
    });

  for (const item of concernsWithoutAction(
    entries.map((e) => e.action),
    swot,
  ))
    enquiries.push({
      rule: 'concern-without-action',
      question: `${item.quadrant === 'weakness' ? 'Weakness' : 'Threat'} ${item.id}, “${item.text}”, is not addressed by any action: is that a conscious decision?`,
      trigger: 'No live action responds to it.',
    });

  for (const body of bodies) {
    const own = entries.filter((e) => e.action.bodyId === body.id);
    if (own.length === 0) continue;
    for (const row of FOUR_P_ROWS)
      if (!own.some((e) => e.action.primaryRow === row))
        enquiries.push({
          rule: 'empty-row',
          question: `${bodyDisplayName(body)} has no actions in ${fourPRowName(row)}: is that gap intended?`,
          trigger: `The ${bodyDisplayName(body)} has ${plural(own.length, 'action')}, none of them mainly in ${fourPRowName(row)}.`,
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
