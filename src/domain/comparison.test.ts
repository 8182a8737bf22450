import { describe, expect, it } from 'vitest';
import { comparedContentOf, keptComparisonOf } from './comparison';
import type { ComparedContent } from './snapshot';

const record: ComparedContent = {
  quarter: '2026-Q1',
  actions: [
    { action: { id: 'a', dueDate: '2027-03-31' }, update: { rag: 'red' } },
    { action: { id: 'b', dueDate: '2026-09-30' }, update: null },
    { action: { id: 'c', dueDate: '2026-12-31' }, update: { rag: null } },
  ],
};

/** What every reader takes of a comparison: each action's due date and RAG. */
const read = (content: ComparedContent) =>
  content.actions.map((e) => [e.action.id, e.action.dueDate, e.update?.rag ?? null]);

describe('a record’s comparison', () => {
  it('says what the record says of each action’s due date and RAG, and its quarter', () => {
    const compared = comparedContentOf(keptComparisonOf(record));
    expect(compared?.quarter).toBe('2026-Q1');
    expect(compared && read(compared)).toEqual(read(record));
  });

  it('is not used when its text is not what was kept, or it was never kept', () => {
    const kept = keptComparisonOf(record);
    expect(
      comparedContentOf({ ...kept, comparison: kept.comparison.replace('red', 'amber') }),
    ).toBe(null);
    expect(comparedContentOf({})).toBe(null);
    expect(comparedContentOf({ comparison: kept.comparison })).toBe(null);
  });
});
