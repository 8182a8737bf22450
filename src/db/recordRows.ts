/**
 * What a quarter's record is built from, read from the tables in the caller's transaction: every
 * action, the quarter's updates, the recommendations, and the plan's side of the record
 * (`planSideOf`). The recommendations and the actions are asked for before the updates, and the
 * plan's side is worked out as soon as they are read, while the updates are still being read: at
 * 20,000 actions those take about 150 ms more, and this work is done meanwhile rather than after.
 * The draft's figures, the draft's documents and the close's record all read through here.
 */
import type { Action } from '../domain/actions';
import type { Recommendation } from '../domain/recommendations';
import { planSideOf, type FigureAction } from '../domain/snapshot';
import type { PlannerDatabase } from './database';

/**
 * `recommendations` are the recommendations if the caller has them already, or their read, asked
 * for before this is called; `actionOf` is what is kept of each action (all of it, or the fields
 * the figures read).
 */
export async function recordRows<A extends FigureAction>(
  quarter: string,
  db: PlannerDatabase,
  recommendations: readonly Recommendation[] | Promise<readonly Recommendation[]>,
  actionOf: (action: Action) => A,
) {
  const [planned, updates] = await Promise.all([
    Promise.all([recommendations, db.actions.toArray()]).then(([recommendations, rows]) => {
      const actions = rows.map(actionOf);
      return { actions, recommendations, plan: planSideOf(actions, recommendations) };
    }),
    db.updatesOf(quarter).toArray(),
  ]);
  return { ...planned, updates };
}
