/**
 * Closed quarters' records check themselves: one altered in the database is never shown as
 * figures, "Verify the audit trail" names it, and a backup holding one is refused.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../src/api/backupFile';
import { closedRound, closedUpdate } from '../../src/api/closedRecord';
import { loadQuarterPicture } from '../../src/api/quarterPicture';
import { liveRecordKeys } from '../../src/db/quarterFigures';
import { createBackup } from '../../src/db/backup';
import { verifyRecords } from '../../src/api/audit';
import { createAction } from '../../src/db/commands/actions';
import { saveUpdate } from '../../src/db/commands/quarters';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import type { PlannerDatabase } from '../../src/db/database';
import { tablesHash } from '../../src/domain/backup';
import { SNAPSHOT_ALTERED_MESSAGE, SnapshotAlteredError } from '../../src/domain/snapshotRecord';
import type { SnapshotContent } from '../../src/domain/snapshot';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace } from './renderApp';

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
  const gyv = await createAction(actionInput({ ref: 'GYV-01' }));
  await saveUpdate(gyv.id, '2026-Q1', {
    rag: 'red',
    percentComplete: '10',
    narrative: 'Staff vacancies.',
    evidence: '',
    nextSteps: '',
    correctiveAction: 'Recruiting',
    onTrack: true,
    revisedDate: '',
    state: 'done',
  });
  await closeQuarter('2026-Q1');
});

/** What someone with the browser's developer tools might do: turn a red into a green. */
async function alterTheRecord() {
  const [snapshot] = await db.snapshots.toArray();
  if (!snapshot) throw new Error('no snapshot');
  const content = snapshot.content as SnapshotContent;
  await db.snapshots.put({
    ...snapshot,
    content: {
      ...content,
      actions: content.actions.map((e) => ({
        ...e,
        update: e.update && { ...e.update, rag: 'green' },
      })),
    },
  });
}

describe('closed quarters’ records', () => {
  it('show their figures while intact, and nothing but the message once altered', async () => {
    const intact = await loadQuarterPicture('2026-Q1');
    expect(intact.content.actions[0]?.update?.rag).toBe('red');
    expect((await verifyRecords()).snapshotProblems).toEqual([]);

    await alterTheRecord();
    const error = await loadQuarterPicture('2026-Q1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotAlteredError);
    expect((error as Error).message).toBe(SNAPSHOT_ALTERED_MESSAGE);
    // A later quarter's draft compares with it, so that is refused too rather than misled.
    await expect(loadQuarterPicture('2026-Q2')).rejects.toThrow(SNAPSHOT_ALTERED_MESSAGE);

    const verdict = await verifyRecords();
    expect(verdict.intact).toBe(true); // the log itself was not touched
    expect(verdict.snapshotProblems).toEqual([
      'The record of Q1 2026/27 (version 1) does not match its own SHA-256: it has been altered.',
    ]);
  });

  it('give the round its lines and an update page its update while intact, and the message once altered', async () => {
    const [live] = await liveRecordKeys();
    if (!live) throw new Error('no live record');
    const [gyv] = await db.actions.toArray();
    expect(await closedRound(live)).toEqual({
      ok: true,
      comparedWith: null,
      lines: [
        {
          action: { id: gyv?.id, ref: 'GYV-01', title: gyv?.title, bodyId: 'GYV' },
          update: { rag: 'red' },
          state: 'done',
          direction: 'new',
        },
      ],
    });
    expect(await closedUpdate(live, gyv?.id ?? '')).toMatchObject({
      ok: true,
      update: { rag: 'red', narrative: 'Staff vacancies.', correctiveAction: 'Recruiting' },
    });
    expect(await closedUpdate(live, 'no-such-action')).toEqual({ ok: true, update: null });

    await alterTheRecord();
    const refused = { ok: false, message: SNAPSHOT_ALTERED_MESSAGE };
    expect(await closedRound(live)).toEqual(refused);
    expect(await closedUpdate(live, gyv?.id ?? '')).toEqual(refused);
  });

  it('are checked against the hash their "quarter closed" entry recorded', async () => {
    // A record replaced whole, with a hash that matches its new content.
    const [snapshot] = await db.snapshots.toArray();
    if (!snapshot) throw new Error('no snapshot');
    const { snapshotHash } = await import('../../src/domain/snapshotHash');
    const content = { ...(snapshot.content as SnapshotContent), comparedWith: '2025-Q4' as const };
    await db.snapshots.put({ ...snapshot, content, hash: snapshotHash(content) });
    const verdict = await verifyRecords();
    expect(verdict.snapshotProblems[0]).toMatch(
      /^The record of Q1 2026\/27 \(version 1\) is not the one the audit trail says was closed \(entry \d+\)\.$/,
    );
  });

  it('in a backup are checked before anything is restored', async () => {
    const file = await createBackup();
    const backup = JSON.parse(await file.blob.text()) as {
      sha256: string;
      tables: Record<string, { content?: SnapshotContent }[]>;
    };
    const [snapshot] = backup.tables.snapshots ?? [];
    if (!snapshot?.content) throw new Error('no snapshot in the backup');
    snapshot.content = { ...snapshot.content, comparedWith: '2025-Q4' };
    // A careful forger also mends the file's own SHA-256; the record's still gives it away.
    backup.sha256 = await tablesHash(backup.tables as never);
    const result = await readBackupFile(new Blob([JSON.stringify(backup)]));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain(
      'The record of Q1 2026/27 (version 1) does not match the SHA-256 taken when the quarter closed: the file has been altered.',
    );
  });
});
