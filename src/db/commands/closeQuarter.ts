/** Closing a quarter (its record frozen and hashed) and reopening it with a reason. */
import { quarterLabel, type QuarterKey } from '../../domain/quarters';
import { closedFactsOf, figuresOf } from '../../domain/quarterFigures';
import { comparedContentOf, keptComparisonOf } from '../../domain/comparison';
import { buildSnapshotContent, type ComparedContent } from '../../domain/snapshot';
import { snapshotHashInSlices } from '../../domain/snapshotHash';
import type { QuarterSnapshot } from '../../domain/updates';
import { runCommand, ValidationError } from '../command';
import { liveSnapshot, quarterOrRefuse, refuseIfClosed } from './quarterGuards';

const noPause = () => Promise.resolve();

/** The code the close reads and checks records with, loaded apart from the page's. */
export const closeCode = () =>
  Promise.all([import('../../domain/snapshotRecord'), import('../../domain/quarterFiguresCheck')]);

/**
 * Closes a quarter: freezes a snapshot of every action, its update, and each recommendation's
 * response and delivery, with a SHA-256 of the content.
 */
export async function closeQuarter(quarter: QuarterKey): Promise<QuarterSnapshot> {
  quarterOrRefuse(quarter);
  // Loaded before the transaction: awaiting a module load inside it would let it commit early.
  const [{ snapshotContentInSlices }, { figuresStandFor, sealFigures }] = await closeCode();
  return runCommand('close quarter', async (context) => {
    const { db } = context;
    // Each record holds every action of its quarter: the live records are listed from the indexes
    // (as the quarter is found open), and only the previous one is read, with its kept figures;
    // this quarter's versions are counted from the index.
    const live = await refuseIfClosed(context, quarter);
    const earlier = live.filter((key) => key.quarter < quarter);
    const [actions, updates, recommendations, versions] = await Promise.all([
      db.actions.toArray(),
      db.updates.where('quarter').equals(quarter).toArray(),
      db.recommendations.toArray(),
      db.snapshots.where('[quarter+version]').between([quarter, 0], [quarter, Infinity]).keys(),
    ]);
    const [before, beforeThat] = [earlier.at(-1), earlier.at(-2)];
    // Directions of travel compare with the previous record: with its comparison, kept with its
    // figures, where those stand for it and the comparison's SHA-256 holds; else with the record,
    // read and checked against its SHA-256. The checks and the hash of thousands of actions go a
    // slice at a time inside this one transaction. On the page (where there are no workers) a
    // small read of the transaction's own between slices lets the page answer; in the close's
    // worker nothing waits for its thread, so the slices follow one another (at 20,000 actions,
    // twenty such reads took 65 ms). The browser's SHA-256 finishes each hash while such reads
    // keep the transaction open.
    const pause = typeof document === 'undefined' ? noPause : context.breathe;
    const inTransaction = { keepAlive: context.breathe };
    const previousFigures = before ? await db.quarterFigures.get(before.hash) : undefined;
    const standing =
      before && figuresStandFor(previousFigures, before, beforeThat) ? previousFigures : undefined;
    const readPrevious = async (id: string): Promise<ComparedContent | null> => {
      const previous = await db.snapshots.get(id);
      return previous ? snapshotContentInSlices(previous, pause, inTransaction) : null;
    };
    const previousContent = before
      ? ((standing && comparedContentOf(standing)) ?? (await readPrevious(before.id)))
      : null;
    const content = buildSnapshotContent({
      quarter,
      actions,
      updates,
      recommendations,
      previous:
        before && previousContent ? { quarter: before.quarter, content: previousContent } : null,
    });
    const version = Math.max(0, ...versions.map((key) => Number((key as unknown[])[1]))) + 1;
    const snapshot: QuarterSnapshot = {
      id: `${quarter}-v${version}`,
      quarter,
      version,
      closedAt: context.now,
      closedBy: context.actor.name,
      hash: await snapshotHashInSlices(content, pause, inTransaction),
      content,
      supersededAt: null,
      reopenReason: null,
    };
    await db.snapshots.add(snapshot);
    // The quarter's figures are kept with it, for the screens, when the previous quarter's kept
    // figures stand (or there is no previous quarter); otherwise the first view works them out.
    if (!before || (previousContent && standing))
      await db.quarterFigures.put(
        sealFigures({
          snapshotHash: snapshot.hash,
          previousHash: before?.hash ?? null,
          closed: closedFactsOf(snapshot),
          figures: figuresOf(
            content,
            previousContent && standing
              ? { content: previousContent, figures: standing.figures }
              : null,
          ),
          ...keptComparisonOf(content),
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
