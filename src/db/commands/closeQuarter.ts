/** Closing a quarter (its record frozen and hashed) and reopening it with a reason. */
import { quarterLabel, type QuarterKey } from '../../domain/quarters';
import { closedFactsOf } from '../../domain/quarterFigures';
import type { QuarterSnapshot } from '../../domain/updates';
import { runCommand, ValidationError } from '../command';
import {
  closeCode,
  noPause,
  preparedStill,
  workOutRecord,
  type PreparedRecord,
} from './closingRecord';
import { liveSnapshot, quarterOrRefuse, refuseIfClosed } from './quarterGuards';

/**
 * Closes a quarter: freezes a snapshot of every action, its update, and each recommendation's
 * response and delivery, with a SHA-256 of the content. The record is the one `prepared` (worked
 * out as the person read the confirmation) if nothing it is made from was written since; else it
 * is worked out here, in the close's transaction.
 */
export async function closeQuarter(
  quarter: QuarterKey,
  prepared: PreparedRecord | null = null,
): Promise<QuarterSnapshot> {
  quarterOrRefuse(quarter);
  // Loaded before the transaction: awaiting a module load inside it would let it commit early.
  const code = await closeCode();
  return runCommand('close quarter', async (context) => {
    const { db } = context;
    // Whether the quarter is open is learnt from the records' indexes, and this quarter's
    // versions are counted from the index.
    const live = await refuseIfClosed(context, quarter);
    const [versions, ready] = await Promise.all([
      db.snapshots.where('[quarter+version]').between([quarter, 0], [quarter, Infinity]).keys(),
      preparedStill(db, quarter, prepared),
    ]);
    // On the page (where there are no workers) a small read of the transaction's own between
    // slices lets the page answer; in the close's worker nothing waits for its thread, so the
    // slices follow one another (at 20,000 actions, twenty such reads took 65 ms).
    const pause = typeof document === 'undefined' ? noPause : context.breathe;
    const { before, content, hash, kept } =
      ready ??
      (await workOutRecord(code, { db, pause, keepAlive: context.breathe }, quarter, live));
    const version = Math.max(0, ...versions.map((key) => Number((key as unknown[])[1]))) + 1;
    const snapshot: QuarterSnapshot = {
      id: `${quarter}-v${version}`,
      quarter,
      version,
      closedAt: context.now,
      closedBy: context.actor.name,
      hash,
      content,
      supersededAt: null,
      reopenReason: null,
    };
    await db.snapshots.add(snapshot);
    if (kept)
      await db.quarterFigures.put(
        code.sealFigures({
          snapshotHash: snapshot.hash,
          previousHash: before?.hash ?? null,
          closed: closedFactsOf(snapshot),
          ...kept,
        }),
      );
    context.audit({
      kind: 'quarter-closed',
      entityType: 'snapshot',
      entityId: snapshot.id,
      summary: `${quarterLabel(quarterOrRefuse(quarter))} closed (version ${version}); snapshot SHA-256 ${snapshot.hash.slice(0, 12)}…`,
      before: null,
      after: {
        id: snapshot.id,
        quarter,
        version,
        hash: snapshot.hash,
        actions: content.actions.length,
      },
    });
    return snapshot;
  });
}

/** Reopens a closed quarter, with a reason. Its snapshot is kept, marked as superseded. */
export async function reopenQuarter(quarter: QuarterKey, reason: string): Promise<QuarterSnapshot> {
  quarterOrRefuse(quarter);
  if (reason.trim() === '')
    throw new ValidationError([
      { field: 'reason', message: 'Enter the reason for reopening the quarter' },
    ]);
  return runCommand('reopen quarter', async (context) => {
    const snapshot = await liveSnapshot(context, quarter);
    if (!snapshot)
      throw new ValidationError([
        { field: 'reason', message: `${quarterLabel(quarterOrRefuse(quarter))} is not closed` },
      ]);
    const after: QuarterSnapshot = {
      ...snapshot,
      supersededAt: context.now,
      reopenReason: reason.trim(),
    };
    await context.db.snapshots.put(after);
    context.audit({
      kind: 'quarter-reopened',
      entityType: 'snapshot',
      entityId: snapshot.id,
      summary: `${quarterLabel(quarterOrRefuse(quarter))} reopened: ${reason.trim()}`,
      before: { supersededAt: null, reopenReason: null },
      after: { supersededAt: after.supersededAt, reopenReason: after.reopenReason },
    });
    return after;
  });
}
