/**
 * The bodies that own actions: the SafetyNet board, its four subgroups (R L1100–1105) and the
 * Combatting Drugs Partnership as an associated partnership (R L1048, L1088).
 */
export type BodyKind = 'board' | 'subgroup' | 'associated-partnership';

export interface Body {
  /** Short code, also the prefix of the body's action references (e.g. "GYV" for GYV-03). */
  readonly id: string;
  readonly name: string;
  readonly kind: BodyKind;
  /** What the body is for; for the Prevent subgroup this makes plain it is not the 4P row. */
  readonly description: string;
  readonly duties: readonly { readonly text: string; readonly sourceLine: number }[];
  readonly order: number;
}

export const BODY_KIND_LABEL: Record<BodyKind, string> = {
  board: 'Partnership board',
  subgroup: 'Subgroup',
  'associated-partnership': 'Associated partnership',
};

/**
 * The name to show for a body. Subgroups carry the word "subgroup", so that the Prevent
 * subgroup (the counter-radicalisation duty) is never mistaken for the Prevent 4P row.
 */
export function bodyDisplayName(body: Pick<Body, 'name' | 'kind'>): string {
  return body.kind === 'subgroup' && !/subgroup$/i.test(body.name)
    ? `${body.name} subgroup`
    : body.name;
}
