/**
 * Canonical JSON and SHA-256, used wherever the app proves that content has not changed: the
 * audit trail's hash chain, quarter snapshots and backup files. Keys are sorted and `undefined`
 * is dropped, so equal content always gives the same text and the same hash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

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
function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function hashOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
