/**
 * Reading the audit log a page at a time, newest first, through an index for every filter, so a
 * page costs the same with 200,000 entries as with 200. Nothing here counts the whole table.
 */
import { quarterKeyLabel } from '../domain/quarters';
import type { Collection } from 'dexie';
import {
  CHAIN_START,
  verifyChain,
  type AuditEntry,
  type AuditKind,
  type ChainVerdict,
  type EntityType,
} from '../domain/audit';
import { database } from './connection';

export interface AuditFilter {
  readonly kind?: AuditKind | '';
  readonly entityType?: EntityType | '';
  readonly entityId?: string;
  readonly actor?: string;
  /** Inclusive dates, YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
  readonly search?: string;
}

export interface AuditPage {
  readonly entries: AuditEntry[];
  /** Pass as `before` for the next, older page; null when there is none. */
  readonly older: number | null;
  /** Pass as `after` for the previous, newer page; null when there is none. */
  readonly newer: number | null;
}

const MAX = Number.MAX_SAFE_INTEGER;

/** The sequence numbers a date range covers, found through the `at` index (two lookups). */
async function seqRange(filter: AuditFilter): Promise<[number, number] | null> {
  const db = database();
  let low = 0;
  let high = MAX;
  if (filter.from) {
    const first = await db.audit.where('at').aboveOrEqual(filter.from).first();
    if (!first?.seq) return null;
    low = first.seq;
  }
  if (filter.to) {
    const next = new Date(`${filter.to}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const last = await db.audit.where('at').below(next.toISOString()).last();
    if (!last?.seq) return null;
    high = last.seq;
  }
  return low <= high ? [low, high] : null;
}

/** The entries between two sequence numbers (inclusive) that match the filter, by the best index. */
function matching(filter: AuditFilter, low: number, high: number): Collection<AuditEntry, number> {
  const audit = database().audit;
  let collection: Collection<AuditEntry, number>;
  const used = new Set<string>();
  if (filter.entityType && filter.entityId) {
    collection = audit
      .where('[entityType+entityId+seq]')
      .between(
        [filter.entityType, filter.entityId, low],
        [filter.entityType, filter.entityId, high],
        true,
        true,
      );
    used.add('entityType').add('entityId');
  } else if (filter.kind) {
    collection = audit
      .where('[kind+seq]')
      .between([filter.kind, low], [filter.kind, high], true, true);
    used.add('kind');
  } else if (filter.entityType) {
    collection = audit
      .where('[entityType+seq]')
      .between([filter.entityType, low], [filter.entityType, high], true, true);
    used.add('entityType');
  } else if (filter.actor) {
    collection = audit
      .where('[actor+seq]')
      .between([filter.actor, low], [filter.actor, high], true, true);
    used.add('actor');
  } else {
    collection = audit.where(':id').between(low, high, true, true);
  }
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const rest = (entry: AuditEntry) =>
    (used.has('kind') || !filter.kind || entry.kind === filter.kind) &&
    (used.has('entityType') || !filter.entityType || entry.entityType === filter.entityType) &&
    (used.has('entityId') || !filter.entityId || entry.entityId === filter.entityId) &&
    (used.has('actor') || !filter.actor || entry.actor === filter.actor) &&
    words.every((word) =>
      `${entry.summary} ${entry.actor} ${entry.entityId}`.toLowerCase().includes(word),
    );
  const needsFilter =
    (filter.kind && !used.has('kind')) ||
    (filter.entityType && !used.has('entityType')) ||
    (filter.entityId && !used.has('entityId')) ||
    (filter.actor && !used.has('actor')) ||
    words.length > 0;
  return needsFilter ? collection.filter(rest) : collection;
}

/** One page, newest first: below `before`, or (going back towards the newest) above `after`. */
export async function auditPage(
  filter: AuditFilter,
  cursor: { before?: number; after?: number } = {},
  size = 50,
): Promise<AuditPage> {
  const range = await seqRange(filter);
  if (!range) return { entries: [], older: null, newer: null };
  const [low, high] = range;
  if (cursor.after !== undefined) {
    const rows = await matching(filter, Math.max(low, cursor.after + 1), high)
      .limit(size + 1)
      .toArray();
    const entries = rows.slice(0, size).reverse();
    return {
      entries,
      older: entries.at(-1)?.seq ?? null,
      newer: rows.length > size ? (entries[0]?.seq ?? null) : null,
    };
  }
  const top = Math.min(high, (cursor.before ?? MAX + 1) - 1);
  const rows = await matching(filter, low, top)
    .reverse()
    .limit(size + 1)
    .toArray();
  const entries = rows.slice(0, size);
  return {
    entries,
    older: rows.length > size ? (entries.at(-1)?.seq ?? null) : null,
    newer: cursor.before !== undefined && entries.length > 0 ? (entries[0]?.seq ?? null) : null,
  };
}

/** Every entry matching the filter, oldest first, for export. */
export async function auditEntries(filter: AuditFilter): Promise<AuditEntry[]> {
  const range = await seqRange(filter);
  if (!range) return [];
  return matching(filter, range[0], range[1]).toArray();
}

/** The people who appear in the log, read from the index alone. */
export async function auditActors(): Promise<string[]> {
  return (await database().audit.orderBy('actor').uniqueKeys()).map(String);
}

/**
 * Every closed quarter's record against its own SHA-256 and the one its "quarter closed" audit
 * entry recorded; what is wrong, in words (nothing when all hold).
 */
export async function verifySnapshots(): Promise<string[]> {
  const { readSnapshot } = await import('../domain/snapshotRecord');
  const db = database();
  const problems: string[] = [];
  for (const snapshot of await db.snapshots.orderBy('id').toArray()) {
    const name = `${quarterKeyLabel(snapshot.quarter)} (version ${snapshot.version})`;
    const closed = await db.audit
      .where('[entityType+entityId]')
      .equals(['snapshot', snapshot.id])
      .filter((entry) => entry.kind === 'quarter-closed')
      .first();
    const recorded = (closed?.after as { hash?: unknown } | null | undefined)?.hash;
    if (!readSnapshot(snapshot).ok)
      problems.push(`The record of ${name} does not match its own SHA-256: it has been altered.`);
    else if (recorded !== snapshot.hash)
      problems.push(
        closed
          ? `The record of ${name} is not the one the audit trail says was closed (entry ${closed.seq}).`
          : `The record of ${name} has no "quarter closed" entry in the audit trail.`,
      );
  }
  return problems;
}

/**
 * Walks the whole chain in order, a chunk at a time so the page stays responsive, and reports it
 * intact with its count, or the first entry where it breaks.
 */
export async function verifyAuditTrail(
  onProgress?: (checked: number) => void,
  chunk = 5000,
): Promise<ChainVerdict> {
  const audit = database().audit;
  let position = CHAIN_START;
  let after = 0;
  for (;;) {
    const entries = await audit.where(':id').above(after).limit(chunk).toArray();
    if (entries.length === 0) return { intact: true, count: position.count };
    const verdict = verifyChain(entries, position);
    if (!verdict.intact)
      return {
        intact: false,
        count: verdict.count,
        brokenAt: verdict.brokenAt,
        reason: verdict.reason,
      };
    position = verdict.position;
    after = entries.at(-1)?.seq ?? after;
    onProgress?.(position.count);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
