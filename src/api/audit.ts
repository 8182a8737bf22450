/** The audit log's operations that are not plain queries: CSV export and verification. */
import { auditEntries, verifyAuditTrail, verifySnapshots, type AuditFilter } from '../db/auditLog';
import { AUDIT_KIND_LABEL, changedFieldNames, ENTITY_LABEL } from '../domain/audit';
import { toCsv } from '../lib/csv';

export type { AuditFilter };
/** "Verify the audit trail": the hash chain, then every closed quarter's record against it. */
export async function verifyRecords(onProgress?: (checked: number) => void) {
  const verdict = await verifyAuditTrail(onProgress);
  return { ...verdict, snapshotProblems: await verifySnapshots() };
}

const AUDIT_CSV_HEADER = [
  'Sequence',
  'When (UTC)',
  'Who',
  'Role',
  'Change',
  'Entity type',
  'Entity',
  'Summary',
  'Fields changed',
  'Hash',
  'Previous hash',
];

/** The filtered log as CSV, oldest first. */
export async function auditCsv(filter: AuditFilter): Promise<{ csv: string; rows: number }> {
  const entries = await auditEntries(filter);
  const rows = entries.map((entry) => [
    entry.seq,
    entry.at,
    entry.actor,
    entry.actorRole,
    AUDIT_KIND_LABEL[entry.kind],
    ENTITY_LABEL[entry.entityType],
    entry.entityId,
    entry.summary,
    changedFieldNames(entry).join('; '),
    entry.hash,
    entry.prevHash,
  ]);
  return { csv: toCsv(AUDIT_CSV_HEADER, rows), rows: rows.length };
}
