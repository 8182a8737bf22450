import { describe, expect, it } from 'vitest';
import { withoutWebCrypto } from '../../tests/fixtures/webCrypto';
import { hashOf, hashOfInSlices } from './canonical';

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
