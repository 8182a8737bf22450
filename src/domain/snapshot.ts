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

export interface SnapshotAction {
  readonly action: Action;
  readonly update: QuarterlyUpdate | null;
  /** Against the previous closed quarter's snapshot. */
  readonly direction: Direction | null;
}

export interface SnapshotContent {
  /** The content's version (see `snapshotRecord.ts`); absent on version 1. */
  readonly version: number;
  readonly quarter: QuarterKey;
  /** The previous closed quarter the directions of travel compare with, if any. */
  readonly comparedWith: QuarterKey | null;
  readonly actions: readonly SnapshotAction[];
  readonly recommendations: readonly {
    readonly number: number;
    readonly response: Recommendation['response'];
    readonly responseNote: string;
    readonly delivery: ReturnType<typeof recommendationDelivery>;
  }[];
}

export interface SnapshotSources {
  readonly quarter: QuarterKey;
  readonly actions: readonly Action[];
  readonly updates: readonly QuarterlyUpdate[];
  readonly recommendations: readonly Recommendation[];
  readonly previous: { readonly quarter: QuarterKey; readonly content: SnapshotContent } | null;
}

export function buildSnapshotContent(sources: SnapshotSources): SnapshotContent {
  const updates = new Map(
    sources.updates.filter((u) => u.quarter === sources.quarter).map((u) => [u.actionId, u]),
  );
  const previous = sources.previous?.content;
  const previousRag = new Map(
    (previous?.actions ?? []).map((entry) => [entry.action.id, entry.update?.rag ?? null]),
  );
  const live = sources.actions.filter((action) => action.archived === 0);
  const actions = [...live]
    .sort((a, b) => compareReferences(a.ref, b.ref))
    .map((action) => {
      const update = updates.get(action.id) ?? null;
      return {
        action,
        update,
        direction: directionOfTravel(previousRag.get(action.id), update?.rag),
      };
    });
  // Each recommendation's actions, in one pass over the plan (not one pass per recommendation).
  const answering = new Map<number, Action[]>();
  for (const action of live)
    for (const number of action.recommendationNumbers) {
      let own = answering.get(number);
      if (!own) answering.set(number, (own = []));
      if (own.at(-1) !== action) own.push(action);
    }
  const recommendations = [...sources.recommendations]
    .sort((a, b) => a.number - b.number)
    .map((r) => ({
      number: r.number,
      response: r.response,
      responseNote: r.responseNote,
      delivery: recommendationDelivery(answering.get(r.number) ?? []),
    }));
  return {
    version: SNAPSHOT_CONTENT_VERSION,
    quarter: sources.quarter,
    comparedWith: sources.previous?.quarter ?? null,
    actions,
    recommendations,
  };
}
