/**
 * The actions and their updates are stored with their keys in sorted order, however they are
 * written, a restore too (`db/rowsInKeyOrder.ts`), so a quarter's record is hashed without a
 * sorted copy of each row; and the record's SHA-256 is the same for rows stored in any order.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../src/api/backupFile';
import { createBackup, restoreBackup } from '../../src/db/backup';
import { createAction, updateAction } from '../../src/db/commands/actions';
import { prepareClose } from '../../src/db/commands/closingRecord';
import { saveUpdate } from '../../src/db/commands/quarters';
import { database } from '../../src/db/connection';
import type { PlannerDatabase } from '../../src/db/database';
import { canonicalJson } from '../../src/domain/canonical';
import { actionInput } from '../fixtures/actions';
import { updateInput } from '../fixtures/quarters';
import { putBehindDexie } from './putBehindDexie';
import { freshWorkspace } from './renderApp';

let db: PlannerDatabase;
let gyv: string;
beforeEach(async () => {
  db = await freshWorkspace();
  ({ id: gyv } = await createAction(actionInput({ ref: 'GYV-01' })));
  await saveUpdate(gyv, '2026-Q1', updateInput({ narrative: 'First return.' }));
});

/** Every object in `row` has its keys in sorted order. */
const keysInOrder = (row: unknown): boolean => JSON.stringify(row) === canonicalJson(row);

/** `row` with its keys in reverse order, nested objects too. */
const reversed = (row: unknown): unknown => {
  if (Array.isArray(row)) return row.map(reversed);
  if (row === null || typeof row !== 'object') return row;
  return Object.fromEntries(
    Object.entries(row)
      .reverse()
      .map(([key, value]) => [key, reversed(value)]),
  );
};

describe('the actions and updates as stored', () => {
  it('have their keys in order, however they are written', async () => {
    const status = (await db.actions.get(gyv))?.status;
    const milestone = { title: 'Launch', id: 'm1', done: false, dueDate: '2026-09-30' };
    await updateAction(gyv, actionInput({ ref: 'GYV-01', status, milestones: [milestone] }));
    await db.actions.update(gyv, { title: 'Changed in place' });
    const [action] = await db.actions.toArray();
    await db.actions.bulkPut([reversed({ ...action, id: 'copy', ref: 'GYV-02' }) as never]);
    const [update] = await db.updates.toArray();
    await db.updates.put(reversed({ ...update, id: 'copy@2026-Q1', actionId: 'copy' }) as never);
    const stored = [...(await db.actions.toArray()), ...(await db.updates.toArray())];
    expect(stored).toHaveLength(4);
    expect(stored.filter(keysInOrder)).toHaveLength(4);
    expect((await db.actions.get(gyv))?.milestones).toHaveLength(1);
  });

  it('have their keys in order after a restore, which writes straight through IndexedDB', async () => {
    const read = await readBackupFile((await createBackup()).blob);
    if (!read.ok) throw new Error('the backup was refused');
    // As the file's check hands them over: each row rebuilt by its schema, keys in its order.
    expect(read.backup.tables.actions.filter(keysInOrder)).toHaveLength(0);
    await restoreBackup(read.backup);
    const restored = database();
    const stored = [...(await restored.actions.toArray()), ...(await restored.updates.toArray())];
    expect(stored).toHaveLength(2);
    expect(stored.filter(keysInOrder)).toHaveLength(2);
  });

  it('give a quarter the same record and SHA-256 as rows stored in any order', async () => {
    const inOrder = await prepareClose('2026-Q1', db);
    const [action] = await db.actions.toArray();
    const [update] = await db.updates.toArray();
    await putBehindDexie(db, 'actions', [reversed(action) as object]);
    await putBehindDexie(db, 'updates', [reversed(update) as object]);
    expect(keysInOrder((await db.actions.toArray())[0])).toBe(false);
    const outOfOrder = await prepareClose('2026-Q1', db);
    expect(outOfOrder?.record.content).toEqual(inOrder?.record.content);
    expect(outOfOrder?.record.hash).toBe(inOrder?.record.hash);
    expect(keysInOrder(inOrder?.record.content)).toBe(true);
  });
});
