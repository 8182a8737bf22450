import { describe, expect, it } from 'vitest';
import { withoutWebCrypto } from '../../tests/fixtures/webCrypto';
import { canonicalJson, hashOf, hashOfInSlices } from './canonical';
import { inKeyOrder } from './keyOrder';

describe('a hash taken in slices', () => {
  it('is the hash of the whole, whatever the slice, and pauses between slices', async () => {
    const value = {
      version: 2,
      quarter: '2026-Q2',
      comparedWith: null,
      skipped: undefined,
      actions: Array.from({ length: 2_345 }, (_, i) => ({
        ref: `GYV-${i}`,
        update: i % 3 === 0 ? null : { rag: 'red', note: `“quoted” ${i}`, gone: undefined },
        list: [1, undefined, 'x'],
      })),
      empty: [],
      recommendations: [{ number: 1, delivery: { total: 3 } }],
    };
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };
    for (const slice of [1, 7, 1000, 5000]) {
      const hash = () => hashOfInSlices(value, pause, { slice });
      expect(await hash()).toBe(hashOf(value));
      expect(await withoutWebCrypto(hash)).toBe(hashOf(value));
    }
    expect(pauses).toBeGreaterThan(2_345);
    const other = () => hashOfInSlices({ ...value, quarter: '2026-Q3' }, pause);
    expect(await other()).not.toBe(hashOf(value));
    expect(await withoutWebCrypto(other)).not.toBe(hashOf(value));
  });

  it('is the hash of the whole when later slices take more bytes than the first', async () => {
    // The first slice is plain ASCII; later ones are Welsh, Bengali and emoji (two- and
    // three-byte characters and surrogate pairs), so the text outgrows the room first judged.
    const note = (i: number) => (i < 10 ? 'a' : `Ŵyn চট্টগ্রাম 🧒🏽 ${'€'.repeat(i % 300)}`);
    const value = { actions: Array.from({ length: 3_000 }, (_, i) => ({ i, note: note(i) })) };
    for (const slice of [10, 1000]) {
      const hash = () => hashOfInSlices(value, async () => {}, { slice });
      expect(await hash()).toBe(hashOf(value));
      expect(await withoutWebCrypto(hash)).toBe(hashOf(value));
    }
  });

  it('keeps a transaction busy while WebCrypto works, when asked to', async () => {
    const value = { quarter: '2026-Q2', actions: Array.from({ length: 50 }, (_, i) => ({ i })) };
    // Like a transaction's small read: answered in a later task, not a microtask.
    const keepAlive = () => new Promise((resolve) => setTimeout(resolve, 0));
    expect(await hashOfInSlices(value, async () => {}, { keepAlive })).toBe(hashOf(value));
  });

  it('finishes in the page where the browser has no WebCrypto (a page not served securely)', async () => {
    const value = { quarter: '2026-Q2', actions: [{ ref: 'A-1' }, { ref: 'A-2' }] };
    expect(await withoutWebCrypto(() => hashOfInSlices(value, async () => {}))).toBe(hashOf(value));
  });
});

/** Canonical JSON as it was first written: every object copied with its keys sorted. */
const sortedCopy = (value: unknown): unknown => {
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : sortedCopy(item)));
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) sorted[key] = sortedCopy(child);
  }
  return sorted;
};

describe('canonical JSON', () => {
  const when = new Date('2026-12-05T10:00:00.000Z');
  const values: Record<string, unknown> = {
    'keys out of order': { ref: 'A-1', id: 'a', rag: null, list: [{ z: 1, a: 2 }] },
    'keys in order': { id: 'a', list: [{ a: 2, z: 1 }], rag: null, ref: 'A-1' },
    'in order but for a nested object': { a: 1, b: { y: 1, x: 2 }, c: 3 },
    'integer-like keys, which JSON.stringify writes first': { b: 1, '10': 'ten', '2': 'two', a: 0 },
    'integer-like keys in order as text': { '1': 'one', '2': 'two', a: 0 },
    'undefined values and array items': {
      a: undefined,
      b: [1, undefined, 'x'],
      c: { d: undefined },
    },
    'a date, a plain object with its own toJSON': { at: when, b: { toJSON: () => 'own' } },
    'a date at the top': when,
    'an object without a prototype': Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
    'a string, a number, null': ['text', 1.5, null, -0, true],
    'non-ASCII keys': { é: 1, e: 2, z: 3, É: 4 },
  };

  it.each(Object.entries(values))(
    'is the sorted copy written out, whatever the order of the keys (%s)',
    (_, value) => {
      expect(canonicalJson(value)).toBe(JSON.stringify(sortedCopy(value)));
    },
  );

  it('puts keys in order, changing nothing else, and leaves a value in order as it is', () => {
    const row = {
      ref: 'A-1',
      id: 'a',
      gone: undefined,
      at: when,
      milestones: [{ text: 'x', due: '2027-03-31' }],
    };
    const ordered = inKeyOrder(row);
    expect(Object.keys(ordered)).toEqual(['at', 'gone', 'id', 'milestones', 'ref']);
    expect(Object.keys(ordered.milestones[0] ?? {})).toEqual(['due', 'text']);
    expect('gone' in ordered).toBe(true);
    expect(ordered.at).toBe(when);
    expect(ordered).toEqual(row);
    expect(canonicalJson(ordered)).toBe(canonicalJson(row));
    const { at, ...plain } = row;
    expect(at).toBe(when);
    expect(JSON.stringify(inKeyOrder(plain))).toBe(canonicalJson(plain));
    const plainInOrder = inKeyOrder(plain);
    expect(inKeyOrder(plainInOrder)).toBe(plainInOrder);
    const inOrder = { a: 1, b: [{ c: 2 }] };
    expect(inKeyOrder(inOrder)).toBe(inOrder);
  });
});
