/** Importing actions over an in-memory IndexedDB: all rows or none, one audit entry per action. */
import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceHash } from '../../src/db/backup';
import { ValidationError } from '../../src/db/command';
import { createAction, importActions } from '../../src/db/commands/actions';
import type { PlannerDatabase } from '../../src/db/database';
import { verifyChain } from '../../src/domain/audit';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace } from './renderApp';

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
});

const rows = [
  { row: 2, input: actionInput({ ref: 'GYV-11', title: 'Detached youth work' }) },
  { row: 3, input: actionInput({ ref: 'GYV-12', title: 'Mentoring after exclusion' }) },
];

describe('importing actions', () => {
  it('adds every row with its own audit entry naming the file', async () => {
    expect(await importActions(rows, 'tracker.xlsx')).toBe(2);
    expect(await db.actions.count()).toBe(2);
    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.slice(-2).map((entry) => entry.summary)).toEqual([
      'Action GYV-11 imported from tracker.xlsx: Detached youth work',
      'Action GYV-12 imported from tracker.xlsx: Mentoring after exclusion',
    ]);
    expect(verifyChain(entries)).toMatchObject({ intact: true });
  });

  it('adds none when a reference was taken meanwhile (say, in another tab)', async () => {
    await createAction(actionInput({ ref: 'GYV-12' }));
    const before = await workspaceHash();
    const error = await importActions(rows, 'tracker.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems[0]).toMatchObject({
      row: 3,
      message: 'Row 3: The reference GYV-12 is already used by another action: choose another',
    });
    expect(await workspaceHash()).toBe(before);
  });
});
