import { bodyDisplayName, type Body } from '../../domain/bodies';

/** A body's name for charts and tables, or its id when the workspace no longer holds it. */
export const bodyName = (bodies: readonly Body[], id: string) => {
  const body = bodies.find((b) => b.id === id);
  return body ? bodyDisplayName(body) : id;
};
