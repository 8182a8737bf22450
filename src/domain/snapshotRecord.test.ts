import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import { withoutWebCrypto } from '../../tests/fixtures/webCrypto';
import { hashOf } from './canonical';
import { buildSnapshotContent, SNAPSHOT_CONTENT_VERSION } from './snapshot';
import { snapshotHash, snapshotHashInSlices } from './snapshotHash';
import {
  readSnapshot,
  SNAPSHOT_ALTERED_MESSAGE,
  SnapshotAlteredError,
  snapshotContentInSlices,
  snapshotContentOf,
} from './snapshotRecord';

const content = buildSnapshotContent({
  quarter: '2026-Q1',
  actions: [action({ id: 'a1', ref: 'GYV-01' })],
  updates: [],
  recommendations: [],
  previous: null,
});

describe('reading a closed quarter’s record', () => {
  it('gives the content of a record that matches its SHA-256', () => {
    expect(content.version).toBe(SNAPSHOT_CONTENT_VERSION);
    expect(readSnapshot({ content, hash: snapshotHash(content) })).toEqual({ ok: true, content });
  });

  it('refuses a record altered since it closed, with what to do', () => {
    const altered = { ...content, comparedWith: '2025-Q4' };
    const reading = readSnapshot({ content: altered, hash: snapshotHash(content) });
    expect(reading).toEqual({ ok: false, message: SNAPSHOT_ALTERED_MESSAGE });
    expect(SNAPSHOT_ALTERED_MESSAGE).toMatch(
      /^This quarter’s record has been altered since it was closed/,
    );
    expect(SNAPSHOT_ALTERED_MESSAGE).toMatch(/Restore the workspace from a backup/);
  });

  it('refuses a record of the wrong shape even when its hash matches', () => {
    const strange = { quarter: '2026-Q1', actions: 'none' };
    expect(readSnapshot({ content: strange, hash: hashOf(strange) }).ok).toBe(false);
  });

  it('upgrades version 1 content (no version, unread indicator values) in memory', () => {
    const rest = Object.fromEntries(Object.entries(content).filter(([key]) => key !== 'version'));
    const v1 = { ...rest, indicatorValues: [{ id: 'v', period: '2026-Q1', value: 3 }] };
    const reading = readSnapshot({ content: v1, hash: hashOf(v1) });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.content.version).toBe(SNAPSHOT_CONTENT_VERSION);
    expect('indicatorValues' in reading.content).toBe(false);
    expect(reading.content.actions).toEqual(content.actions);
    // The stored record itself is untouched, so its hash still holds.
    expect(hashOf(v1)).toBe(hashOf({ ...rest, indicatorValues: v1.indicatorValues }));
  });
});

describe('reading a large record a slice at a time', () => {
  const many = buildSnapshotContent({
    quarter: '2026-Q1',
    actions: Array.from({ length: 2_500 }, (_, i) =>
      action({ id: `a${i}`, ref: `GYV-${String(i).padStart(4, '0')}` }),
    ),
    updates: [],
    recommendations: [],
    previous: null,
  });
  const pause = () => Promise.resolve();
  const record = { content: many, hash: snapshotHash(many), quarter: '2026-Q1' as const };

  it('gives what the whole check gives, and the same hash', async () => {
    expect(await snapshotContentInSlices(record, pause)).toEqual(snapshotContentOf(record));
    expect(await withoutWebCrypto(() => snapshotContentInSlices(record, pause))).toEqual(
      snapshotContentOf(record),
    );
    expect(await snapshotHashInSlices(many, pause)).toBe(record.hash);
  });

  it('refuses an altered record, and one whose action is of the wrong shape', async () => {
    const altered = {
      ...many,
      actions: many.actions.map((entry, i) =>
        i === 1_700 ? { ...entry, direction: 'worse' as const } : entry,
      ),
    };
    const check = () => snapshotContentInSlices({ ...record, content: altered }, pause);
    await expect(check()).rejects.toBeInstanceOf(SnapshotAlteredError);
    await expect(withoutWebCrypto(check)).rejects.toBeInstanceOf(SnapshotAlteredError);
    const misshapen = structuredClone(many) as unknown as { actions: unknown[] };
    misshapen.actions[2_400] = { action: null };
    await expect(
      snapshotContentInSlices({ ...record, content: misshapen, hash: hashOf(misshapen) }, pause),
    ).rejects.toBeInstanceOf(SnapshotAlteredError);
  });
});
