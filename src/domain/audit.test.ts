import { describe, expect, it } from 'vitest';
import {
  chainEntry,
  changedFieldNames,
  changedFields,
  entriesShown,
  fieldLabel,
  GENESIS_HASH,
  valueInWords,
  verifyChain,
  type AuditContent,
  type AuditEntry,
} from './audit';
import { canonicalJson, hashOf } from './canonical';

const content = (n: number): AuditContent => ({
  at: `2026-11-22T10:00:0${n}.000Z`,
  actor: 'A. Officer',
  actorRole: 'manager',
  kind: 'update',
  entityType: 'recommendation',
  entityId: String(n),
  summary: `change ${n}`,
  before: { response: 'awaiting-response' },
  after: { response: 'accepted' },
});

function chain(count: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let n = 1; n <= count; n += 1) {
    const entry = { ...chainEntry(content(n), prev), seq: n };
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
}

describe('canonical JSON and hashes', () => {
  it('gives the same text and hash whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      canonicalJson({ a: { c: [3, { e: 5, f: 4 }], d: 2 }, b: 1 }),
    );
    expect(hashOf({ x: 1, y: undefined })).toBe(hashOf({ x: 1 }));
  });

  it('changes the hash when any value changes', () => {
    expect(hashOf({ a: [1, 2] })).not.toBe(hashOf({ a: [2, 1] }));
    expect(hashOf({ a: '1' })).not.toBe(hashOf({ a: 1 }));
  });
});

describe('the audit hash chain', () => {
  it('verifies an intact chain with its count', () => {
    expect(verifyChain(chain(5))).toMatchObject({ intact: true, count: 5 });
    const entries = chain(6);
    const first = verifyChain(entries.slice(0, 3));
    expect(verifyChain(entries.slice(3), first.position)).toMatchObject({ intact: true, count: 6 });
    expect(verifyChain([])).toMatchObject({ intact: true, count: 0 });
  });

  it('finds the first altered entry', () => {
    const entries = chain(5);
    const third = entries[2];
    if (!third) throw new Error('chain too short');
    entries[2] = { ...third, summary: 'rewritten' };
    expect(verifyChain(entries)).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('finds a removed entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries)).toMatchObject({
      intact: false,
      brokenAt: 3,
      reason: expect.stringMatching(/link/),
    });
  });
});

describe('changed fields', () => {
  it('lists only the fields that differ', () => {
    expect(changedFields({ a: 1, b: [1], c: 'x' }, { a: 1, b: [1, 2], d: true })).toEqual([
      { field: 'b', before: [1], after: [1, 2] },
      { field: 'c', before: 'x', after: undefined },
      { field: 'd', before: undefined, after: true },
    ]);
    expect(changedFields(null, { a: 1 })).toEqual([{ field: 'a', before: undefined, after: 1 }]);
  });
});

describe('field labels', () => {
  it('turns field names into words', () => {
    expect(fieldLabel('responseNote')).toBe('Response note');
    expect(fieldLabel('respondedAt')).toBe('Responded at');
    expect(fieldLabel('status')).toBe('Status');
    expect(fieldLabel('bodyId')).toBe('Owning body');
    expect(fieldLabel('recommendationNumbers')).toBe('Linked recommendations');
  });

  it('lists only what a person changed: nothing for a new record, no bookkeeping', () => {
    expect(changedFieldNames({ before: null, after: { id: 'a', title: 'New' } })).toEqual([]);
    expect(
      changedFieldNames({
        before: { id: 'a', title: 'Old', bodyId: 'GYV', updatedAt: '1' },
        after: { id: 'a', title: 'New', bodyId: 'ASB', updatedAt: '2' },
      }),
    ).toEqual(['Owning body', 'Title']);
  });
});

describe('values in words', () => {
  it('says a RAG status as people do, and leaves other text as written', () => {
    expect(valueInWords('amber', 'rag')).toBe('Amber');
    expect(valueInWords('green', 'latestRag')).toBe('Green');
    expect(valueInWords('green', 'narrative')).toBe('green');
    expect(valueInWords(null, 'rag')).toBe('(none)');
    expect(valueInWords(['a', 'b'])).toBe('a, b');
  });
});

describe('the entries a page shows, in words', () => {
  it('counts them and numbers them from the newest down', () => {
    expect(entriesShown([{ seq: 2 }, { seq: 1 }])).toBe('Showing 2 entries, numbers 2 down to 1');
    expect(entriesShown([{ seq: 300_000 }, { seq: 299_951 }, { seq: 12 }])).toBe(
      'Showing 3 entries, numbers 300,000 down to 12',
    );
  });

  it('says one entry once, and none as none', () => {
    expect(entriesShown([{ seq: 1 }])).toBe('Showing 1 entry, number 1');
    expect(entriesShown([])).toBe('No entries match');
  });
});
