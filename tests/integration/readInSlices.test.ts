/**
 * The plan's long lists (every action, a quarter's updates) are read a slice at a time, so the
 * page answers between slices (`db/readInSlices.ts`): the rows must be those one read would give,
 * in the same order, whatever the slice's size, and only the range asked for.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerDatabase } from '../../src/db/database';
import { listActions, updatesForQuarter } from '../../src/db/reads';
import { readInSlices } from '../../src/db/readInSlices';
import { generate } from '../bench/generate';
import { freshWorkspace } from './renderApp';

let db: PlannerDatabase;
const plan = generate(7, 3);
const QUARTER = '2025-Q2';

beforeEach(async () => {
  db = await freshWorkspace();
  // Written as rows, not through the commands: what is read back is the point here.
  await db.actions.bulkPut(plan.actions);
  await db.updates.bulkPut(plan.updates);
});

describe('a long list read in slices', () => {
  it('gives every action, in key order, as one read does, at any slice size', async () => {
    const whole = await db.actions.toArray();
    expect(whole).toHaveLength(7);
    expect(await listActions()).toEqual(whole);
    for (const size of [1, 3, 7, 8])
      expect(await readInSlices(db.actions, undefined, undefined, size)).toEqual(whole);
  });

  it('gives a quarter’s updates only, in key order, across slices of its compound key', async () => {
    const whole = await db.updatesOf(QUARTER).toArray();
    expect(whole).toHaveLength(7);
    expect(whole.every((update) => update.quarter === QUARTER)).toBe(true);
    expect(await updatesForQuarter(QUARTER)).toEqual(whole);
    for (const size of [2, 7])
      expect(await readInSlices(db.updates, [QUARTER, ''], [QUARTER, '\uffff'], size)).toEqual(
        whole,
      );
  });

  it('gives nothing for an empty range', async () => {
    expect(await updatesForQuarter('2031-Q1')).toEqual([]);
    await db.actions.clear();
    expect(await listActions()).toEqual([]);
  });
});
