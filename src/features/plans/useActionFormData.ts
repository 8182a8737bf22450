import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  actionsQuery,
  bodiesQuery,
  objectivesQuery,
  recommendationsQuery,
  strategicToolQuery,
  swotQuery,
} from '../../api/queries';
import type { ActionFormData } from '../../domain/actionRules';

/** Everything the action form offers, or undefined while it loads. */
export function useActionFormData(): { data?: ActionFormData; error: unknown } {
  const bodies = useQuery(bodiesQuery());
  const tool = useQuery(strategicToolQuery());
  const recommendations = useQuery(recommendationsQuery());
  const objectives = useQuery(objectivesQuery());
  const swot = useQuery(swotQuery());
  const actions = useQuery(actionsQuery());
  const all = [bodies, tool, recommendations, objectives, swot, actions];
  const error = all.find((query) => query.isError)?.error;
  // The same object until a query's data changes: pages check rows against it in a memo.
  const data = useMemo(
    () =>
      bodies.data &&
      tool.data &&
      recommendations.data &&
      objectives.data &&
      swot.data &&
      actions.data
        ? {
            bodies: bodies.data,
            themes: tool.data.themes,
            recommendations: recommendations.data,
            objectives: objectives.data,
            swotItems: swot.data,
            refs: actions.data.map((action) => action.ref),
          }
        : undefined,
    [bodies.data, tool.data, recommendations.data, objectives.data, swot.data, actions.data],
  );
  return { data, error };
}
