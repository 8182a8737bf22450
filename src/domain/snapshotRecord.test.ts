import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import { hashOf } from './canonical';
import { buildSnapshotContent, snapshotHash } from './snapshot';
import { SNAPSHOT_CONTENT_VERSION } from './snapshot';
import { readSnapshot, SNAPSHOT_ALTERED_MESSAGE } from './snapshotRecord';

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
