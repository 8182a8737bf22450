/**
 * Action reference codes: the owning body's code, a hyphen and a two-digit (or longer) number,
 * e.g. "GYV-03". Unique across the workspace, compared without regard to case.
 */
export const REFERENCE_PATTERN = /^[A-Z][A-Z0-9]{1,9}-\d{2,4}$/;

export function normaliseReference(ref: string): string {
  return ref.trim().toUpperCase();
}

/** The next free reference for a body: one more than the highest number it has used. */
export function nextReference(bodyCode: string, existing: Iterable<string>): string {
  const prefix = `${bodyCode.toUpperCase()}-`;
  let highest = 0;
  for (const ref of existing) {
    const normalised = normaliseReference(ref);
    if (!normalised.startsWith(prefix)) continue;
    const number = Number(normalised.slice(prefix.length));
    if (Number.isInteger(number)) highest = Math.max(highest, number);
  }
  return `${prefix}${String(highest + 1).padStart(2, '0')}`;
}

/**
 * References in use, normalised once: a new reference is looked up among them, so checking 2,000
 * imported rows against a 20,000-action plan is 2,000 look-ups, not 40 million comparisons.
 */
export type ReferencesInUse = ReadonlySet<string>;

export const referencesInUse = (refs: Iterable<string>): Set<string> =>
  new Set([...refs].map(normaliseReference));

/** Whether another action holds `ref`, whatever its case; an action may keep its own (`ownRef`). */
export function isReferenceTaken(ref: string, inUse: ReferencesInUse, ownRef?: string): boolean {
  const wanted = normaliseReference(ref);
  return inUse.has(wanted) && wanted !== (ownRef ? normaliseReference(ownRef) : undefined);
}

/** Text in a reader's order: case and accents aside, and numbers as numbers. */
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export const compareText = (a: string, b: string): number => collator.compare(a, b);

/** Reference numbers sort as numbers: GYV-3 before GYV-16, GYV-99 before GYV-100. */
export const compareReferences = (a: string, b: string): number => compareText(a, b);

/** The order of every list of actions: by owning body (in the workspace's order), then reference. */
export function byBodyThenReference(
  bodyOrder: ReadonlyMap<string, number>,
): (a: { bodyId: string; ref: string }, b: { bodyId: string; ref: string }) => number {
  return (a, b) =>
    (bodyOrder.get(a.bodyId) ?? Number.MAX_SAFE_INTEGER) -
      (bodyOrder.get(b.bodyId) ?? Number.MAX_SAFE_INTEGER) || compareReferences(a.ref, b.ref);
}
