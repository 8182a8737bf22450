/** Importing actions over an in-memory IndexedDB: all rows or none, one audit entry per action. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceHash } from '../../src/db/backup';
import { ValidationError } from '../../src/db/command';
import { createAction, importActions } from '../../src/db/commands/actions';
import type { PlannerDatabase } from '../../src/db/database';
import { ROWS_PER_SLICE } from '../../src/db/writeInSlices';
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

  // Written a slice at a time (the page answers between slices), still in one transaction: the
  // failing row below is in the last slice of 10 rows, after two slices were written.
  const many = Array.from({ length: ROWS_PER_SLICE * 2 + 10 }, (_, i) => ({
    row: i + 2,
    input: actionInput({ ref: `IMP-${String(i + 1).padStart(3, '0')}`, title: `Action ${i + 1}` }),
  }));

  it('adds an import of several slices whole, its audit entries in order and chained', async () => {
    expect(await importActions(many, 'tracker.csv')).toBe(many.length);
    expect(await db.actions.where('ref').startsWith('IMP-').count()).toBe(many.length);
    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries.slice(-many.length).map((entry) => entry.summary)).toEqual(
      many.map(({ input }) => `Action ${input.ref} imported from tracker.csv: ${input.title}`),
    );
    expect(verifyChain(entries)).toMatchObject({ intact: true });
  });

  it('adds none of an import whose last slice fails to be stored', async () => {
    const before = await workspaceHash();
    const ids = many.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    ids[ids.length - 1] = ids[0] ?? '';
    const uuid = vi.spyOn(crypto, 'randomUUID');
    for (const id of ids) uuid.mockReturnValueOnce(id as ReturnType<typeof crypto.randomUUID>);
    try {
      await expect(importActions(many, 'tracker.csv')).rejects.toThrow(/1 of 10 operations failed/);
    } finally {
      uuid.mockRestore();
    }
    expect(await workspaceHash()).toBe(before);
  });
});
