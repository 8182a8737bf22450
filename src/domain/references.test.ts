import { describe, expect, it } from 'vitest';
import { isReferenceTaken, nextReference, referencesInUse } from './references';

describe('action references', () => {
  it('starts each body at 01 and continues after its highest number', () => {
    expect(nextReference('GYV', [])).toBe('GYV-01');
    expect(nextReference('GYV', ['GYV-01', 'GYV-07', 'VAWG-12', 'gyv-03'])).toBe('GYV-08');
    expect(nextReference('GYV', ['GYV-99'])).toBe('GYV-100');
  });

  it('does not count a body whose code starts the same way', () => {
    expect(nextReference('A', ['AB-05'])).toBe('A-01');
  });

  it('finds a duplicate whatever the case, but lets an action keep its own reference', () => {
    const inUse = referencesInUse(['GYV-03']);
    expect(isReferenceTaken('gyv-03', inUse)).toBe(true);
    expect(isReferenceTaken('GYV-03', inUse, 'GYV-03')).toBe(false);
    expect(isReferenceTaken('GYV-04', inUse)).toBe(false);
  });

  it('looks a new reference up among those in use, normalised once, whatever the case', () => {
    const inUse = referencesInUse(['GYV-03', 'vawg-12']);
    expect(isReferenceTaken('gyv-03', inUse)).toBe(true);
    expect(isReferenceTaken('VAWG-12', inUse)).toBe(true);
    expect(isReferenceTaken('GYV-04', inUse)).toBe(false);
  });
});
