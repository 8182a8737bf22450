/**
 * Canonical JSON and SHA-256, used wherever the app proves that content has not changed: the
 * audit trail's hash chain, quarter snapshots and backup files. Keys are sorted and `undefined`
 * is dropped, so equal content always gives the same text and the same hash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { inCanonicalOrder } from './keyOrder';

export function canonicalJson(value: unknown): string {
  return JSON.stringify(inCanonicalOrder(value) ? value : sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}

/** Hex SHA-256 of a string. Synchronous, so it can run inside an IndexedDB transaction. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function hashOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** Items of a long array written or checked in one go, between pauses. */
export const SLICE = 1000;

/**
 * How `hashOfInSlices` works: the size of a slice, and how to keep a transaction open. The hash is
 * finished by the browser's own SHA-256 (WebCrypto), many times faster than the in-page one on a
 * large record, where the browser has it; by the in-page one where it has not.
 */
export interface SliceOptions {
  /** Items of a long array taken at a time (`SLICE` by default). */
  readonly slice?: number;
  /**
   * Inside an IndexedDB transaction: a small request of the transaction's own, made again and again
   * while WebCrypto works, so that the transaction does not commit for want of one.
   */
  readonly keepAlive?: () => Promise<unknown>;
}

/**
 * The same hash as `hashOf(value)` for an object whose arrays may be long (a quarter's snapshot of
 * 20,000 actions), written out a slice of items at a time with `pause` awaited between slices, so a
 * long hash never holds the page's thread for long.
 */
export async function hashOfInSlices(
  value: Readonly<Record<string, unknown>>,
  pause: () => Promise<unknown>,
  { slice = SLICE, keepAlive }: SliceOptions = {},
): Promise<string> {
  const text = utf8Text();
  const write = text.write;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  write('{');
  for (const [index, key] of keys.entries()) {
    const child = value[key];
    write(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    if (!Array.isArray(child)) {
      write(canonicalJson(child));
      continue;
    }
    write('[');
    for (let start = 0; start < child.length; start += slice) {
      const items = child
        .slice(start, start + slice)
        .map((item: unknown) => canonicalJson(item ?? null));
      write((start > 0 ? ',' : '') + items.join(','));
      // Room for the rest of a long array, judged by its first slice.
      if (start === 0)
        text.makeRoomFor((text.length() * child.length) / Math.min(slice, child.length));
      await pause();
    }
    write(']');
  }
  write('}');
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return bytesToHex(sha256(text.bytes()));
  const digest = subtle.digest('SHA-256', text.bytes());
  if (keepAlive) {
    let answered = false;
    const settle = () => {
      answered = true;
    };
    digest.then(settle, settle);
    while (!answered) await keepAlive();
  }
  return bytesToHex(new Uint8Array(await digest));
}

/**
 * Text written as UTF-8 into one buffer, grown rarely. A record of 20,000 actions is about 21 MB:
 * encoded a slice at a time into arrays of its own (each copied once more), then all copied into
 * one, it took 0.6-0.7 s of the close's worker in the benchmark at 100x; into one buffer, 0.06-0.4 s.
 */
function utf8Text() {
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1 << 16);
  let length = 0;
  const grow = (needed: number) => {
    const larger = new Uint8Array(Math.max(needed, bytes.length * 2));
    larger.set(bytes.subarray(0, length));
    bytes = larger;
  };
  return {
    /** Makes room for about `total` bytes in all (with a tenth more), if there is less. */
    makeRoomFor(total: number) {
      const room = Math.ceil(total * 1.1);
      if (room > bytes.length) grow(room);
    },
    write(part: string) {
      let rest = part;
      for (;;) {
        // encodeInto writes whole characters only, so the rest starts at a character.
        const { read, written } = encoder.encodeInto(rest, bytes.subarray(length));
        length += written;
        if (read === rest.length) return;
        rest = rest.slice(read);
        // A UTF-16 code unit is at most three bytes of UTF-8.
        grow(length + rest.length * 3);
      }
    },
    length: () => length,
    bytes: () => bytes.subarray(0, length),
  };
}
