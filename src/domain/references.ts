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

export function isReferenceTaken(
  ref: string,
  existing: Iterable<string>,
  ownRef?: string,
): boolean {
  const wanted = normaliseReference(ref);
  const own = ownRef ? normaliseReference(ownRef) : undefined;
  for (const candidate of existing) {
    const normalised = normaliseReference(candidate);
    if (normalised === wanted && normalised !== own) return true;
  }
  return false;
}
