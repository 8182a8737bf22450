import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FRONTIER,
  EMPTY_ROOT,
  extendFrontier,
  frontierRoot,
  MerkleTree,
  verifyConsistency,
} from './merkle';

const entryHash = (i: number) => bytesToHex(sha256(new TextEncoder().encode(`entry ${i}`)));
const hashes = (n: number) => Array.from({ length: n }, (_, i) => entryHash(i));

/** RFC 9162's definition, written out plainly to check the kept-subtree version against. */
function referenceRoot(entries: readonly string[]): string {
  const mth = (list: readonly string[]): Uint8Array => {
    if (list.length === 1) return sha256(Uint8Array.from([0, ...hexToBytes(list[0] ?? '')]));
    let k = 1;
    while (k * 2 < list.length) k *= 2;
    return sha256(Uint8Array.from([1, ...mth(list.slice(0, k)), ...mth(list.slice(k))]));
  };
  return entries.length === 0 ? EMPTY_ROOT : bytesToHex(mth(entries));
}

describe('the audit trail as a Merkle tree (RFC 9162)', () => {
  it('gives the root the RFC defines, with and without kept subtrees, and from a frontier', () => {
    const tree = new MerkleTree();
    tree.append(hashes(600));
    let frontier = EMPTY_FRONTIER;
    for (const n of [0, 1, 2, 3, 7, 8, 9, 255, 256, 257, 511, 512, 513, 600]) {
      const expected = referenceRoot(hashes(n));
      expect(tree.root(n)).toBe(expected);
      frontier = extendFrontier(frontier, hashes(n).slice(frontier.size));
      expect(frontierRoot(frontier)).toBe(expected);
    }
  });

  it('proves every smaller tree consistent with every larger one', () => {
    const tree = new MerkleTree();
    tree.append(hashes(40));
    for (let n = 1; n <= 40; n += 1) {
      for (let m = 0; m <= n; m += 1) {
        const proof = tree.consistency(m, n);
        expect(verifyConsistency(m, tree.root(m), n, tree.root(n), proof), `${m} → ${n}`).toBe(
          true,
        );
      }
    }
  });

  it('finds no proof for a history rewritten under an earlier checkpoint', () => {
    const honest = new MerkleTree();
    honest.append(hashes(20));
    const rewritten = new MerkleTree();
    rewritten.append(hashes(20).map((hash, i) => (i === 4 ? entryHash(999) : hash)));
    for (const m of [5, 6, 8, 12]) {
      const proof = rewritten.consistency(m, 20);
      expect(verifyConsistency(m, honest.root(m), 20, rewritten.root(20), proof)).toBe(false);
    }
    // Entries after the checkpoint may be anything: they are new.
    expect(
      verifyConsistency(4, honest.root(4), 20, rewritten.root(20), rewritten.consistency(4, 20)),
    ).toBe(true);
  });

  it('refuses proofs that are empty, altered, too long or not hex, and shrinking trees', () => {
    const tree = new MerkleTree();
    tree.append(hashes(13));
    const proof = tree.consistency(6, 13);
    const root6 = tree.root(6);
    const root13 = tree.root(13);
    expect(verifyConsistency(6, root6, 13, root13, [])).toBe(false);
    expect(verifyConsistency(6, root6, 13, root13, [...proof, ...proof.slice(0, 1)])).toBe(false);
    expect(verifyConsistency(6, root6, 13, root13, ['zz', ...proof.slice(1)])).toBe(false);
    const altered = [...proof];
    altered[1] = entryHash(77);
    expect(verifyConsistency(6, root6, 13, root13, altered)).toBe(false);
    expect(verifyConsistency(13, root13, 6, root6, proof)).toBe(false);
    expect(verifyConsistency(6, root6, 6, root13, [])).toBe(false);
    expect(() => tree.root(14)).toThrow(/holds 13 entries/);
  });
});
