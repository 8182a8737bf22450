/**
 * The audit trail as a Merkle tree, in the manner of Certificate Transparency (RFC 9162, section
 * 2.1): the server signs checkpoints (how many entries, and the tree's root), and a device that
 * kept an earlier checkpoint asks for a consistency proof that the new tree only appends to it.
 * A history rewritten on the server cannot give one. Each leaf is an audit entry's hash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The leaf for an audit entry: SHA-256(0x00 ‖ the entry's hash). */
const leafHash = (entryHash: string): Uint8Array => sha256(join(LEAF, hexToBytes(entryHash)));

const nodeHash = (left: Uint8Array, right: Uint8Array): Uint8Array =>
  sha256(join(NODE, left, right));

/** The largest power of two below n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The root of an empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT = bytesToHex(sha256(new Uint8Array()));

/**
 * A tree over leaves held in memory. Whole subtrees of 256 leaves or more are kept once worked
 * out (the log only grows, so they never change), which makes each new root or proof cost a few
 * hundred hashes rather than the whole log's.
 */
export class MerkleTree {
  private readonly leaves: Uint8Array[] = [];
  private readonly kept = new Map<string, Uint8Array>();

  get size(): number {
    return this.leaves.length;
  }

  append(entryHashes: readonly string[]): void {
    for (const hash of entryHashes) this.leaves.push(leafHash(hash));
  }

  /** MTH(D[start : start + n]). */
  private hash(start: number, n: number): Uint8Array {
    const leaf = this.leaves[start];
    if (n === 1 && leaf) return leaf;
    const whole = (n & (n - 1)) === 0 && n >= 256;
    const id = `${start}:${n}`;
    if (whole) {
      const known = this.kept.get(id);
      if (known) return known;
    }
    const k = split(n);
    const value = nodeHash(this.hash(start, k), this.hash(start + k, n - k));
    if (whole) this.kept.set(id, value);
    return value;
  }

  /** The root over the first `size` entries. */
  root(size = this.size): string {
    this.check(size);
    return size === 0 ? EMPTY_ROOT : bytesToHex(this.hash(0, size));
  }

  /** The proof that the tree of `newSize` entries extends the tree of `oldSize` (RFC 9162 2.1.4.1). */
  consistency(oldSize: number, newSize = this.size): string[] {
    this.check(newSize);
    if (oldSize < 0 || oldSize > newSize) throw new RangeError('The older tree is larger.');
    if (oldSize === 0 || oldSize === newSize) return [];
    const proof: Uint8Array[] = [];
    const sub = (m: number, start: number, n: number, whole: boolean): void => {
      if (m === n) {
        if (!whole) proof.push(this.hash(start, n));
        return;
      }
      const k = split(n);
      if (m <= k) {
        sub(m, start, k, whole);
        proof.push(this.hash(start + k, n - k));
      } else {
        sub(m - k, start + k, n - k, false);
        proof.push(this.hash(start, k));
      }
    };
    sub(oldSize, 0, newSize, true);
    return proof.map(bytesToHex);
  }

  private check(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.size) {
      throw new RangeError(`The tree holds ${this.size} entries, not ${size}.`);
    }
  }
}

/** Whether `proof` shows the tree (newSize, newRoot) extends (oldSize, oldRoot) (RFC 9162 2.1.4.2). */
export function verifyConsistency(
  oldSize: number,
  oldRoot: string,
  newSize: number,
  newRoot: string,
  proof: readonly string[],
): boolean {
  if (oldSize > newSize || oldSize < 0) return false;
  if (oldSize === newSize) return oldRoot === newRoot && proof.length === 0;
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  let path: Uint8Array[];
  try {
    path = proof.map((hex) => hexToBytes(hex));
  } catch {
    return false;
  }
  if ((oldSize & (oldSize - 1)) === 0) path = [hexToBytes(oldRoot), ...path];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn & 1) {
    fn >>= 1;
    sn >>= 1;
  }
  const [first, ...rest] = path;
  if (!first) return false;
  let fr = first;
  let sr = first;
  for (const c of rest) {
    if (sn === 0) return false;
    if (fn & 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!(fn & 1)) {
        while (!(fn & 1) && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return bytesToHex(fr) === oldRoot && bytesToHex(sr) === newRoot && sn === 0;
}

/**
 * What a device keeps to extend the tree without its whole history: the roots of the whole
 * subtrees that make up its size, largest first (a "compact range").
 */
export interface Frontier {
  readonly size: number;
  readonly nodes: readonly string[];
}

export const EMPTY_FRONTIER: Frontier = { size: 0, nodes: [] };

/** The frontier after more entries. */
export function extendFrontier(frontier: Frontier, entryHashes: readonly string[]): Frontier {
  const nodes: Uint8Array[] = frontier.nodes.map((hex) => hexToBytes(hex));
  let size = frontier.size;
  for (const hash of entryHashes) {
    nodes.push(leafHash(hash));
    size += 1;
    // Each trailing 1 bit of the new size is a pair of equal subtrees to join.
    for (let n = size; (n & 1) === 0; n >>= 1) {
      const right = nodes.pop();
      const left = nodes.pop();
      if (!left || !right) throw new Error('The frontier does not match its size.');
      nodes.push(nodeHash(left, right));
    }
  }
  return { size, nodes: nodes.map(bytesToHex) };
}

/** The tree's root from its frontier. */
export function frontierRoot(frontier: Frontier): string {
  if (frontier.size === 0) return EMPTY_ROOT;
  const nodes: Uint8Array[] = frontier.nodes.map((hex) => hexToBytes(hex));
  const root = nodes.reduceRight<Uint8Array | null>(
    (right, left) => (right ? nodeHash(left, right) : left),
    null,
  );
  return root ? bytesToHex(root) : EMPTY_ROOT;
}

/** The text a checkpoint's signature covers (a signed note, as Rekor and Go's sumdb write them). */
export function checkpointText(checkpoint: {
  readonly workspaceId: string;
  readonly size: number;
  readonly root: string;
  readonly head: string;
  readonly issuedAt: string;
}): string {
  return [
    `safetynet-audit/${checkpoint.workspaceId}`,
    String(checkpoint.size),
    checkpoint.root,
    checkpoint.head,
    checkpoint.issuedAt,
    '',
  ].join('\n');
}
