// @vitest-environment node
/**
 * Closing a quarter where no page waits on the thread (the close's worker: no document), so its
 * record is checked and hashed a slice after another with no pause between them: the transaction
 * stays open throughout, and the records are whole and sealed, the second compared with the first.
 */
import { expect, it } from 'vitest';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import { saveUpdate } from '../../src/db/commands/quarters';
import { hashOf, SLICE } from '../../src/domain/canonical';
import type { SnapshotContent } from '../../src/domain/snapshot';
import { readSnapshot } from '../../src/domain/snapshotRecord';
import { action } from '../fixtures/actions';
import { ragUpdate } from '../fixtures/quarters';
import { freshWorkspace } from './renderApp';

it('closes two quarters of a plan of several slices, each record whole and sealed', async () => {
  expect(typeof document).toBe('undefined');
  const db = await freshWorkspace();
  const count = 2 * SLICE + 500;
  await db.actions.bulkAdd(
    Array.from({ length: count }, (_, i) => action({ id: `bulk-${i}`, ref: `ASB-${1000 + i}` })),
  );
  await saveUpdate('bulk-7', '2026-Q1', ragUpdate('green'));
  await saveUpdate('bulk-7', '2026-Q2', ragUpdate('red'));

  const first = await closeQuarter('2026-Q1');
  const second = await closeQuarter('2026-Q2');
  for (const closed of [first, second]) {
    const stored = await db.snapshots.get(closed.id);
    if (!stored) throw new Error(`${closed.quarter} was not stored`);
    expect(readSnapshot(stored).ok).toBe(true);
    expect(stored.hash).toBe(hashOf(stored.content));
  }
  const { actions: entries } = second.content as SnapshotContent;
  expect(entries.length).toBeGreaterThanOrEqual(count);
  expect(entries.find((entry) => entry.action.id === 'bulk-7')?.direction).toBe('worse');
}, 60_000);
