import { bodyDisplayName, type Body } from '../domain/bodies';
import { fourPRowName, type FourPRowId } from '../domain/strategicTool';

/** A body's name, with "subgroup" where it is one (so the Prevent subgroup is never just "Prevent"). */
export function BodyName({ body }: { readonly body: Pick<Body, 'name' | 'kind'> }) {
  return <>{bodyDisplayName(body)}</>;
}

/** A 4P row, always with its harm-reduction meaning: "Prevent (4P: situational prevention)". */
export function FourPRowBadge({ row }: { readonly row: FourPRowId }) {
  return <span className="tag">{fourPRowName(row)}</span>;
}
