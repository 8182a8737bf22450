/**
 * A quarter's record worked out as the close's confirmation opens (`prepareClose`), and the close
 * using it only while nothing the record is made from has been written since: a change saved
 * meanwhile, here or in another tab, is in the record closed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createAction } from '../../src/db/commands/actions';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import { prepareClose } from '../../src/db/commands/closingRecord';
import { saveUpdate } from '../../src/db/commands/quarters';
import { setRecommendationResponse } from '../../src/db/commands/recommendations';
import type { PlannerDatabase } from '../../src/db/database';
import { snapshotHash } from '../../src/domain/snapshotHash';
import { readSnapshot, snapshotContentOf } from '../../src/domain/snapshotRecord';
import type { QuarterSnapshot } from '../../src/domain/updates';
import { actionInput } from '../fixtures/actions';
import { updateInput } from '../fixtures/quarters';
import { putBehindDexie } from './putBehindDexie';
import { freshWorkspace } from './renderApp';

let db: PlannerDatabase;
let gyv: string;
beforeEach(async () => {
  db = await freshWorkspace();
  ({ id: gyv } = await createAction(actionInput({ ref: 'GYV-01' })));
  await saveUpdate(gyv, '2026-Q1', updateInput({ narrative: 'As prepared.' }));
});

const narrativeIn = (snapshot: QuarterSnapshot) =>
  snapshotContentOf(snapshot).actions.find((entry) => entry.action.id === gyv)?.update?.narrative;

const storedIntact = async (id: string) => {
  const stored = await db.snapshots.get(id);
  return stored !== undefined && readSnapshot(stored).ok;
};

/**
 * Changes a row as no command would, straight through IndexedDB (the plan's stamp untouched): a
 * close that shows the row as it was before is one that used the record prepared.
 */
async function changeBehindTheStamp(narrative: string) {
  const [update] = await db.updates.where('actionId').equals(gyv).toArray();
  if (!update) throw new Error('no update');
  await putBehindDexie(db, 'updates', [{ ...update, narrative }]);
}

describe('a record prepared as the confirmation opens', () => {
  it('is the record closed when nothing was written since, its SHA-256 its content’s', async () => {
    const prepared = await prepareClose('2026-Q1');
    if (!prepared) throw new Error('nothing prepared');
    expect(prepared.record.hash).toBe(snapshotHash(prepared.record.content));
    await changeBehindTheStamp('Not seen by the close.');
    const snapshot = await closeQuarter('2026-Q1', prepared);
    expect(narrativeIn(snapshot)).toBe('As prepared.');
    expect(snapshot.hash).toBe(prepared?.record.hash);
    expect(await storedIntact(snapshot.id)).toBe(true);
    // The figures kept with it are the prepared record's, sealed with the close's own facts.
    const kept = await db.quarterFigures.get(snapshot.hash);
    expect(kept?.closed).toMatchObject({ id: snapshot.id, closedAt: snapshot.closedAt });
    expect(kept?.figures).toEqual(prepared?.record.kept?.figures);
  });

  it.each([
    ['an update saved', () => saveUpdate(gyv, '2026-Q1', updateInput({ narrative: 'Later.' }))],
    ['an action added', () => createAction(actionInput({ ref: 'GYV-02', title: 'New work' }))],
    ['a response to a recommendation', () => setRecommendationResponse(3, 'accepted', 'Agreed')],
  ])('is not used after %s: the close works the record out again', async (_, write) => {
    const prepared = await prepareClose('2026-Q1');
    await write();
    await changeBehindTheStamp('Read by the close.');
    const snapshot = await closeQuarter('2026-Q1', prepared);
    expect(narrativeIn(snapshot)).toBe('Read by the close.');
    expect(snapshot.hash).not.toBe(prepared?.record.hash);
    expect(await storedIntact(snapshot.id)).toBe(true);
  });

  it('is not used to close another quarter', async () => {
    await saveUpdate(gyv, '2026-Q2', updateInput({ narrative: 'Second quarter.' }));
    const prepared = await prepareClose('2026-Q1');
    const snapshot = await closeQuarter('2026-Q2', prepared);
    expect(snapshot.quarter).toBe('2026-Q2');
    expect(snapshotContentOf(snapshot).quarter).toBe('2026-Q2');
    expect(narrativeIn(snapshot)).toBe('Second quarter.');
  });

  it('is none for a quarter already closed, and closes nothing twice', async () => {
    const prepared = await prepareClose('2026-Q1');
    await closeQuarter('2026-Q1');
    expect(await prepareClose('2026-Q1')).toBeNull();
    await expect(closeQuarter('2026-Q1', prepared)).rejects.toThrow(/is closed/);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('compares with the quarter closed before it, as a close worked out here does', async () => {
    await closeQuarter('2026-Q1');
    await saveUpdate(
      gyv,
      '2026-Q2',
      updateInput({ rag: 'amber', narrative: 'Slipping.', correctiveAction: 'Extra sessions' }),
    );
    const prepared = await prepareClose('2026-Q2');
    const snapshot = await closeQuarter('2026-Q2', prepared);
    expect(snapshot.hash).toBe(prepared?.record.hash);
    expect(snapshotContentOf(snapshot).comparedWith).toBe('2026-Q1');
    const kept = await db.quarterFigures.get(snapshot.hash);
    expect(kept?.previousHash).toBe((await db.snapshots.get('2026-Q1-v1'))?.hash);
  });
});
