/**
 * The snapshot frozen when a quarter closes: everything scrutiny will be told about that quarter,
 * in canonical form with its SHA-256, so that what was reported stays exactly as reported.
 */
import { compareReferences } from './references';
import type { Action } from './actions';
import { recommendationDelivery } from './coverage';
import type { QuarterKey } from './quarters';
import type { Recommendation } from './recommendations';
import { directionOfTravel, type Direction, type QuarterlyUpdate } from './updates';

/**
 * Version 2 (schema 4): content says its version, and holds no indicator values (the scrutiny
 * view and the reports show indicators as held today; decision 0008). Version 1 had no version
 * field and a frozen `indicatorValues` that nothing read. Read through `snapshotRecord.ts`.
 */
export const SNAPSHOT_CONTENT_VERSION = 2;

/**
 * What a quarter's figures read of an action and of its update (`quarterFigures.ts` and the rules
 * it calls). A draft's sources are kept with these fields only (`db/draftSources.ts`: at 20,000
 * actions, under half the size of whole rows, and read back in about half the time), and the
 * figures' rules are typed to take no more, so the compiler says when a rule starts to read a
 * field not listed here. The lists name the kept rows' shape: changing them sets kept rows aside.
 */
export const FIGURE_FIELDS = {
  action: [
    'id',
    'ref',
    'bodyId',
    'title',
    'status',
    'dueDate',
    'archived',
    'primaryRow',
    'recommendationNumbers',
    'swotIds',
  ],
  update: [
    'id',
    'actionId',
    'quarter',
    'rag',
    'state',
    'forecast',
    'narrative',
    'correctiveAction',
  ],
} as const satisfies {
  readonly action: readonly (keyof Action)[];
  readonly update: readonly (keyof QuarterlyUpdate)[];
};

export type FigureAction = Pick<Action, (typeof FIGURE_FIELDS.action)[number]>;
export type FigureUpdate = Pick<QuarterlyUpdate, (typeof FIGURE_FIELDS.update)[number]>;

/** A row with only the fields named: what is kept of it for a draft's figures. */
function only<Row, Field extends keyof Row>(row: Row, fields: readonly Field[]): Pick<Row, Field> {
  const kept = {} as Pick<Row, Field>;
  for (const field of fields) kept[field] = row[field];
  return kept;
}

export const figureActionOf = (action: FigureAction): FigureAction =>
  only(action, FIGURE_FIELDS.action);

export const figureUpdateOf = (update: FigureUpdate): FigureUpdate =>
  only(update, FIGURE_FIELDS.update);

/** An action in a record, with its update; by default whole, as a closed record holds it. */
export interface SnapshotAction<
  A extends FigureAction = Action,
  U extends FigureUpdate = QuarterlyUpdate,
> {
  readonly action: A;
  readonly update: U | null;
  /** Against the previous closed quarter's snapshot. */
  readonly direction: Direction | null;
}

export interface SnapshotContent<
  A extends FigureAction = Action,
  U extends FigureUpdate = QuarterlyUpdate,
> {
  /** The content's version (see `snapshotRecord.ts`); absent on version 1. */
  readonly version: number;
  readonly quarter: QuarterKey;
  /** The previous closed quarter the directions of travel compare with, if any. */
  readonly comparedWith: QuarterKey | null;
  readonly actions: readonly SnapshotAction<A, U>[];
  readonly recommendations: readonly {
    readonly number: number;
    readonly response: Recommendation['response'];
    readonly responseNote: string;
    readonly delivery: ReturnType<typeof recommendationDelivery>;
  }[];
}

/** A record as its figures read it: any record, or a draft built from the kept sources. */
export type FiguresContent = SnapshotContent<FigureAction, FigureUpdate>;
export type FiguresEntry = SnapshotAction<FigureAction, FigureUpdate>;

/**
 * What the next quarter reads of a closed record to compare with it: each action's due date and
 * RAG (for directions of travel, and the lines of enquiry's slipped dates and runs of red). Any
 * record is one; so is its comparison as kept with its figures (`comparison.ts`).
 */
export interface ComparedContent {
  readonly quarter: QuarterKey;
  readonly actions: readonly {
    readonly action: Pick<FigureAction, 'id' | 'dueDate'>;
    readonly update: Pick<FigureUpdate, 'rag'> | null;
  }[];
}

export interface SnapshotSources<
  A extends FigureAction = Action,
  U extends FigureUpdate = QuarterlyUpdate,
> {
  readonly quarter: QuarterKey;
  readonly actions: readonly A[];
  readonly updates: readonly U[];
  readonly recommendations: readonly Recommendation[];
  readonly previous: { readonly quarter: QuarterKey; readonly content: ComparedContent } | null;
}

/**
 * What of a record the plan alone decides: its live actions in reference order, and each
 * recommendation's delivery. A large plan's readers work it out as soon as the actions are read,
 * while the quarter's updates are still being read (`db/draftSources.ts`).
 */
export interface PlanSide<A extends FigureAction = Action> {
  readonly live: readonly A[];
  readonly recommendations: SnapshotContent<A>['recommendations'];
}

export function planSideOf<A extends FigureAction>(
  actions: readonly A[],
  recommendations: readonly Recommendation[],
): PlanSide<A> {
  const live = actions.filter((action) => action.archived === 0);
  // Each recommendation's actions, in one pass over the plan (not one pass per recommendation).
  const answering = new Map<number, A[]>();
  for (const action of live)
    for (const number of action.recommendationNumbers) {
      let own = answering.get(number);
      if (!own) answering.set(number, (own = []));
      if (own.at(-1) !== action) own.push(action);
    }
  return {
    live: live.sort((a, b) => compareReferences(a.ref, b.ref)),
    recommendations: [...recommendations]
      .sort((a, b) => a.number - b.number)
      .map((r) => ({
        delivery: recommendationDelivery(answering.get(r.number) ?? []),
        number: r.number,
        response: r.response,
        responseNote: r.responseNote,
      })),
  };
}

/** The record of `sources`; `plan` is their plan's side, if it has been worked out already. */
export function buildSnapshotContent<A extends FigureAction, U extends FigureUpdate>(
  sources: SnapshotSources<A, U>,
  plan: PlanSide<A> = planSideOf(sources.actions, sources.recommendations),
): SnapshotContent<A, U> {
  const updates = new Map(
    sources.updates.filter((u) => u.quarter === sources.quarter).map((u) => [u.actionId, u]),
  );
  const previous = sources.previous?.content;
  const previousRag = new Map(
    (previous?.actions ?? []).map((entry) => [entry.action.id, entry.update?.rag ?? null]),
  );
  const actions = plan.live.map((action) => {
    const update = updates.get(action.id) ?? null;
    return {
      action,
      direction: directionOfTravel(previousRag.get(action.id), update?.rag),
      update,
    };
  });
  // Every object in key order, as the actions and updates are stored (`db/rowsInKeyOrder.ts`): the
  // record's canonical JSON is then written without a sorted copy of it.
  return {
    actions,
    comparedWith: sources.previous?.quarter ?? null,
    quarter: sources.quarter,
    recommendations: plan.recommendations,
    version: SNAPSHOT_CONTENT_VERSION,
  };
}
