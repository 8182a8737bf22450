/**
 * Canonical JSON and SHA-256, used wherever the app proves that content has not changed: the
 * audit trail's hash chain, quarter snapshots and backup files. Keys are sorted and `undefined`
 * is dropped, so equal content always gives the same text and the same hash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
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
  const subtle = globalThis.crypto?.subtle;
  const hash = subtle ? null : sha256.create();
  const chunks: Uint8Array[] = [];
  const write = (text: string) => {
    const bytes = utf8ToBytes(text);
    if (hash) hash.update(bytes);
    else chunks.push(bytes);
  };
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
      await pause();
    }
    write(']');
  }
  write('}');
  if (hash) return bytesToHex(hash.digest());
  const digest = (subtle as SubtleCrypto).digest('SHA-256', concatBytes(...chunks));
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
