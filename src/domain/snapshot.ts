/**
 * The snapshot frozen when a quarter closes: everything scrutiny will be told about that quarter,
 * in canonical form with its SHA-256, so that what was reported stays exactly as reported.
 */
import { compareReferences } from './references';
import type { Action } from './actions';
import { hashOf } from './canonical';
import { recommendationDelivery } from './coverage';
import type { IndicatorValue } from './indicators';
import type { QuarterKey } from './quarters';
import type { Recommendation } from './recommendations';
import {
  directionOfTravel,
  type Direction,
  type QuarterSnapshot,
  type QuarterlyUpdate,
} from './updates';

export interface SnapshotAction {
  readonly action: Action;
  readonly update: QuarterlyUpdate | null;
  /** Against the previous closed quarter's snapshot. */
  readonly direction: Direction | null;
}

export interface SnapshotContent {
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
  readonly indicatorValues: readonly IndicatorValue[];
}

export interface SnapshotSources {
  readonly quarter: QuarterKey;
  readonly actions: readonly Action[];
  readonly updates: readonly QuarterlyUpdate[];
  readonly recommendations: readonly Recommendation[];
  readonly indicatorValues: readonly IndicatorValue[];
  readonly previous: Pick<QuarterSnapshot, 'quarter' | 'content'> | null;
}

export function buildSnapshotContent(sources: SnapshotSources): SnapshotContent {
  const updates = new Map(
    sources.updates.filter((u) => u.quarter === sources.quarter).map((u) => [u.actionId, u]),
  );
  const previous = sources.previous?.content as SnapshotContent | undefined;
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
  const recommendations = [...sources.recommendations]
    .sort((a, b) => a.number - b.number)
    .map((r) => ({
      number: r.number,
      response: r.response,
      responseNote: r.responseNote,
      delivery: recommendationDelivery(
        live.filter((action) => action.recommendationNumbers.includes(r.number)),
      ),
    }));
  return {
    quarter: sources.quarter,
    comparedWith: sources.previous?.quarter ?? null,
    actions,
    recommendations,
    indicatorValues: sources.indicatorValues.filter((value) => value.period === sources.quarter),
  };
}

export function snapshotHash(content: SnapshotContent): string {
  return hashOf(content);
}

/** True when a snapshot's content still matches the hash taken when it was frozen. */
export function snapshotIntact(snapshot: Pick<QuarterSnapshot, 'content' | 'hash'>): boolean {
  return hashOf(snapshot.content) === snapshot.hash;
}
