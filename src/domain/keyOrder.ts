/**
 * Keys in sorted order: whether a value has them, so that its plain JSON is its canonical JSON
 * (`canonical.ts`), and a value put in that order (the rows stored so,
 * `db/rowsInKeyOrder.ts`). Apart from the hashing, so the database's first load does not carry it.
 */

/**
 * Whether `JSON.stringify(value)` is already its canonical JSON: every object in it plain, with
 * its keys in sorted order. Rows stored in key order (`inKeyOrder`) pass, and are then written
 * without the sorted copy: at 20,000 actions, the check took about 45 ms in Node and the copy
 * about 180.
 */
export function inCanonicalOrder(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!inCanonicalOrder(item)) return false;
    return true;
  }
  if (!isPlain(value)) return false;
  let previous: string | undefined;
  for (const key in value) {
    // An object's own `toJSON` would be called on it, not on a sorted copy as before: left to that.
    if ((previous !== undefined && !(previous < key)) || key === 'toJSON') return false;
    if (!inCanonicalOrder((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

const isPlain = (value: object) => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * `value` with every plain object's keys in sorted order, and nothing else changed (`undefined`
 * kept, a date or a blob left as it is): the value itself where it is in that order already, so a
 * row read back and written again is not copied. Its canonical JSON is the same either way.
 */
export function inKeyOrder<T>(value: T): T {
  return inCanonicalOrder(value) ? value : (ordered(value) as T);
}

function ordered(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(ordered);
  if (!isPlain(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = ordered((value as Record<string, unknown>)[key]);
  return sorted;
}
