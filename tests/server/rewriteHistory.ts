/**
 * What someone with the database's password could do to hide a change: rewrite one audit entry
 * and re-chain every entry after it, so the hash chain on the server still holds.
 */
import { chainEntry, type AuditContent } from '../../src/domain/audit';
import type { ServerDatabase } from '../../src/server/database';

/** Rewrites entry `seq`'s summary; returns the summary it had. */
export async function rewriteHistory(db: ServerDatabase, seq: number, summary: string) {
  const trail = await db.selectFrom('audit').selectAll().orderBy('seq').execute();
  const original = (trail[seq - 1]?.entry as AuditContent).summary;
  let prevHash = trail[seq - 2]?.hash ?? '0'.repeat(64);
  for (const row of trail.slice(seq - 1)) {
    const {
      prevHash: _p,
      hash: _h,
      ...content
    } = row.entry as AuditContent & {
      prevHash: string;
      hash: string;
    };
    void _p;
    void _h;
    const entry = chainEntry(row.seq === seq ? { ...content, summary } : content, prevHash);
    await db
      .updateTable('audit')
      .set({ entry: JSON.stringify(entry), hash: entry.hash })
      .where('seq', '=', row.seq)
      .execute();
    prevHash = entry.hash;
  }
  await db.updateTable('workspace').set({ audit_hash: prevHash }).execute();
  return original;
}
