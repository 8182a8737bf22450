import { describe, expect, it } from 'vitest';
import { checkResponse, filterRecommendations, levelOfRecommendation } from './recommendations';
import { concernsWithoutRecommendation, type SwotItem } from './swot';
import { checkSettings } from './workspace';
import { bodyDisplayName } from './bodies';

describe('recommendation levels', () => {
  it('follows the report’s ordering from strategic to practice', () => {
    expect([1, 6, 7, 17, 18, 24].map(levelOfRecommendation)).toEqual([
      'strategic',
      'strategic',
      'partnership',
      'partnership',
      'practice',
      'practice',
    ]);
    expect(() => levelOfRecommendation(25)).toThrow(RangeError);
    expect(() => levelOfRecommendation(0)).toThrow(RangeError);
  });
});

describe('the board’s response', () => {
  it('accepts a full acceptance without a note', () => {
    expect(checkResponse('accepted', '')).toEqual([]);
  });

  it('asks for a note when a recommendation is accepted in part or not accepted', () => {
    expect(checkResponse('accepted-in-part', '  ')).toEqual([
      { field: 'responseNote', message: expect.stringMatching(/note/) },
    ]);
    expect(checkResponse('not-accepted', 'Outside our remit')).toEqual([]);
  });

  it('refuses an unknown response and an over-long note', () => {
    expect(checkResponse('maybe', '')).toEqual([
      { field: 'response', message: expect.any(String) },
    ]);
    expect(checkResponse('accepted', 'x'.repeat(2001))[0]?.field).toBe('responseNote');
  });
});

describe('SWOT gaps', () => {
  const item = (id: string, quadrant: SwotItem['quadrant'], recs: number[]): SwotItem => ({
    id,
    quadrant,
    text: id,
    sourceLine: 1,
    order: 1,
    recommendationNumbers: recs,
  });
  it('flags weaknesses and threats that no recommendation addresses, never strengths', () => {
    const items = [
      item('S1', 'strength', []),
      item('W1', 'weakness', [1]),
      item('W7', 'weakness', []),
      item('T1', 'threat', []),
    ];
    expect(concernsWithoutRecommendation(items).map((i) => i.id)).toEqual(['W7', 'T1']);
  });
});

describe('settings', () => {
  it('requires the names and a known role', () => {
    expect(
      checkSettings({ name: 'SafetyNet', fullName: 'X', userName: 'Sam', userRole: 'manager' }),
    ).toEqual([]);
    expect(
      checkSettings({ name: ' ', fullName: 'X', userName: '', userRole: 'mayor' }).map(
        (p) => p.field,
      ),
    ).toEqual(['name', 'userName', 'userRole']);
  });
});

describe('body names', () => {
  it('calls the Prevent subgroup a subgroup', () => {
    expect(bodyDisplayName({ name: 'Prevent', kind: 'subgroup' })).toBe('Prevent subgroup');
    expect(bodyDisplayName({ name: 'SafetyNet board', kind: 'board' })).toBe('SafetyNet board');
  });
});

describe('filtering recommendations', () => {
  const base = {
    text: '',
    sourceLine: 1,
    emergesFrom: [],
    suggestedOwnerNote: '',
    responseNote: '',
  };
  const list = [
    {
      ...base,
      number: 2,
      text: 'A multi-agency Gangs Intervention Team',
      level: 'strategic',
      suggestedOwnerId: 'GYV',
      suggestedRows: ['protect', 'prepare'],
      response: 'accepted',
    },
    {
      ...base,
      number: 9,
      text: 'Scrutiny training for Councillors',
      level: 'partnership',
      suggestedOwnerId: 'BOARD',
      suggestedRows: ['prepare'],
      response: 'awaiting-response',
    },
    {
      ...base,
      number: 23,
      text: 'Increased referral for young women and girls',
      level: 'practice',
      suggestedOwnerId: 'VAWG',
      suggestedRows: ['protect'],
      response: 'awaiting-response',
    },
  ] as const satisfies readonly Parameters<typeof filterRecommendations>[0][number][];

  it('combines search with every filter', () => {
    const numbers = (f: Parameters<typeof filterRecommendations>[1]) =>
      filterRecommendations(list, f).map((r) => r.number);
    expect(numbers({})).toEqual([2, 9, 23]);
    expect(numbers({ search: 'councillors' })).toEqual([9]);
    expect(numbers({ search: '23' })).toEqual([23]);
    expect(numbers({ row: 'protect' })).toEqual([2, 23]);
    expect(numbers({ row: 'protect', response: 'awaiting-response' })).toEqual([23]);
    expect(numbers({ level: 'partnership', ownerId: 'BOARD' })).toEqual([9]);
    expect(numbers({ ownerId: 'ASB' })).toEqual([]);
  });
});
