/**
 * The audit trail: one entry per change, chained by hashes so that any later alteration of an
 * entry shows. Each entry's hash covers its own content and the previous entry's hash.
 */
import { canonicalJson, hashOf } from './canonical';
import { formatFigure } from './figures';
import { isRagStatus, RAG } from './rag';

export const AUDIT_KINDS = [
  'create',
  'update',
  'archive',
  'restore',
  'delete',
  'import',
  'export',
  'seed',
  'reset',
  'quarter-closed',
  'quarter-reopened',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABEL: Record<AuditKind, string> = {
  create: 'Created',
  update: 'Changed',
  archive: 'Archived',
  restore: 'Restored',
  delete: 'Deleted',
  import: 'Imported',
  export: 'Exported',
  seed: 'Seeded',
  reset: 'Reset',
  'quarter-closed': 'Quarter closed',
  'quarter-reopened': 'Quarter reopened',
};

export type EntityType =
  | 'workspace'
  | 'settings'
  | 'body'
  | 'objective'
  | 'recommendation'
  | 'swot-item'
  | 'action'
  | 'update'
  | 'snapshot'
  | 'indicator'
  | 'indicator-value'
  | 'member';

/** What each kind of entity is called on screen and in exports. */
export const ENTITY_LABEL: Record<EntityType, string> = {
  workspace: 'Workspace',
  settings: 'Settings',
  body: 'Body',
  objective: 'Objective',
  recommendation: 'Recommendation',
  'swot-item': 'SWOT item',
  action: 'Action',
  update: 'Quarterly update',
  snapshot: 'Quarter snapshot',
  indicator: 'Indicator',
  'indicator-value': 'Indicator value',
  member: 'Member of the shared plan',
};

export interface AuditContent {
  readonly at: string;
  readonly actor: string;
  readonly actorRole: string;
  readonly kind: AuditKind;
  readonly entityType: EntityType;
  readonly entityId: string;
  readonly summary: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditEntry extends AuditContent {
  /** Position in the log, from 1; assigned by the database. */
  readonly seq?: number;
  readonly prevHash: string;
  readonly hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function chainEntry(content: AuditContent, prevHash: string): AuditEntry {
  return { ...content, prevHash, hash: hashOf({ ...content, prevHash }) };
}

export type ChainVerdict =
  | { intact: true; count: number }
  | { intact: false; count: number; brokenAt: number; reason: string };

export interface ChainPosition {
  readonly prevHash: string;
  readonly count: number;
}

export const CHAIN_START: ChainPosition = { prevHash: GENESIS_HASH, count: 0 };

/**
 * Walks the log in order and reports the first entry whose hash or link does not hold. A long log
 * can be verified in chunks: pass the position the previous chunk ended at.
 */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  from: ChainPosition = CHAIN_START,
): ChainVerdict & { readonly position: ChainPosition } {
  let prevHash = from.prevHash;
  let count = from.count;
  for (const entry of entries) {
    count += 1;
    const { seq, hash, prevHash: linked, ...content } = entry;
    const brokenAt = seq ?? count;
    const position = { prevHash, count };
    if (linked !== prevHash) {
      return {
        intact: false,
        count,
        brokenAt,
        reason: 'does not link to the entry before it',
        position,
      };
    }
    if (hashOf({ ...content, prevHash: linked }) !== hash) {
      return {
        intact: false,
        count,
        brokenAt,
        reason: 'its content does not match its hash',
        position,
      };
    }
    prevHash = hash;
  }
  return { intact: true, count, position: { prevHash, count } };
}

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The top-level fields that differ between two versions of a record. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return fields
    .filter((field) => canonicalJson(a[field]) !== canonicalJson(b[field]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}

/** Field names as people know them; any other is turned into words ("responseNote" → "Response note"). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  ref: 'Reference',
  bodyId: 'Owning body',
  leadAgency: 'Lead agency',
  leadOfficer: 'Lead officer',
  partners: 'Partner agencies',
  startDate: 'Start date',
  dueDate: 'Due date',
  successMeasure: 'Success measure',
  statusSetBy: 'Status set by',
  statusNote: 'Reason for the status',
  recommendationNumbers: 'Linked recommendations',
  objectiveIds: 'Linked objectives',
  swotIds: 'Linked SWOT items',
  primaryRow: 'Primary 4P row',
  secondaryRows: 'Other 4P rows',
  themeIds: 'Intervention themes',
  archived: 'Archived',
  demo: 'Demo data',
  latestRag: 'Latest RAG',
  rag: 'RAG',
  percentComplete: 'Percentage complete',
  nextSteps: 'Next steps',
  correctiveAction: 'Corrective action',
  carriedForward: 'Carried forward',
  reportedBy: 'Reported by',
  reportedAt: 'Reported at',
  responseNote: 'Response note',
  updatedAt: 'Last changed',
  createdAt: 'Created',
};

/** A field name in words, for people reading the history. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Bookkeeping every change touches: not worth a reader's attention in a list of what changed. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt']);

/** Time stamps a save sets whatever was typed: never, on their own, a difference people made. */
export const SAVE_STAMPS: readonly string[] = ['updatedAt', 'respondedAt', 'reportedAt'];

const RAG_FIELDS: ReadonlySet<string> = new Set(['rag', 'latestRag']);

/** A recorded value as a person reads it: text as written, lists joined, nothing as "(none)". */
export function valueInWords(value: unknown, field?: string): string {
  if (value === undefined || value === null) return '(none)';
  // A RAG status as people say it ("Amber"), not as it is stored ("amber").
  if (field !== undefined && RAG_FIELDS.has(field) && isRagStatus(value)) return RAG[value].label;
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
    return value.length === 0 ? '(none)' : value.map(String).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * What an entry changed, in words, for lists and the CSV: the fields a person changed. A record
 * that was created (or removed) is not listed field by field.
 */
export function changedFieldNames(entry: Pick<AuditEntry, 'before' | 'after'>): string[] {
  if (entry.before === null || entry.after === null) return [];
  return changedFields(entry.before, entry.after)
    .filter((change) => !BOOKKEEPING_FIELDS.has(change.field))
    .map((change) => fieldLabel(change.field));
}

/**
 * What a page of the audit trail holds, in words, for the line above its table: how many entries,
 * and their numbers from the newest down. Entries are numbered in sequence; a filtered page's
 * numbers need not be consecutive.
 */
export function entriesShown(entries: readonly Pick<AuditEntry, 'seq'>[]): string {
  const newest = entries[0];
  const oldest = entries.at(-1);
  if (!newest || !oldest) return 'No entries match';
  if (entries.length === 1) return `Showing 1 entry, number ${formatFigure(newest.seq)}`;
  return `Showing ${formatFigure(entries.length)} entries, numbers ${formatFigure(newest.seq)} down to ${formatFigure(oldest.seq)}`;
}
