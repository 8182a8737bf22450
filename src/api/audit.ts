/** The audit log's operations that are not plain queries: CSV export and verification. */
import { auditEntries, verifyAuditTrail, verifySnapshots, type AuditFilter } from '../db/auditLog';
import { AUDIT_KIND_LABEL, changedFieldNames, ENTITY_LABEL } from '../domain/audit';

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

/**
 * The filtered log as a CSV file, oldest first. The CSV writer (Papa Parse) is loaded here, on
 * the export, not with the audit trail's page.
 */
export async function auditCsv(filter: AuditFilter): Promise<{ file: Blob; rows: number }> {
  const [entries, { csvBlob, toCsv }] = await Promise.all([
    auditEntries(filter),
    import('../lib/csv'),
  ]);
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
  return { file: csvBlob(toCsv(AUDIT_CSV_HEADER, rows)), rows: rows.length };
}
