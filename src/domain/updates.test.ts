import { describe, expect, it } from 'vitest';
import {
  carryForward,
  checkUpdate,
  directionOfTravel,
  isStillCarriedForward,
  overallDirection,
  updateState,
  type QuarterlyUpdate,
  type UpdateInput,
} from './updates';

const done: UpdateInput = {
  rag: 'green',
  percentComplete: '40',
  narrative: 'Team recruited.',
  evidence: '',
  nextSteps: '',
  correctiveAction: '',
  onTrack: true,
  revisedDate: '',
  state: 'done',
};
const fields = (input: UpdateInput) => checkUpdate(input).map((p) => p.field);

describe('update rules', () => {
  it('accepts a complete update', () => {
    expect(checkUpdate(done)).toEqual([]);
  });

  it('needs a RAG, a percentage and a narrative when done, not in a draft', () => {
    const empty = { ...done, rag: '' as const, percentComplete: '', narrative: '' };
    expect(fields(empty)).toEqual(['rag', 'percentComplete', 'narrative']);
    expect(fields({ ...empty, state: 'draft' })).toEqual([]);
  });

  it('refuses a percentage outside 0 to 100 or not a whole number', () => {
    for (const bad of ['101', '-1', '12.5', 'ten'])
      expect(fields({ ...done, percentComplete: bad })).toEqual(['percentComplete']);
    for (const good of ['0', '100']) expect(fields({ ...done, percentComplete: good })).toEqual([]);
  });

  it('needs a corrective action for Red and Amber', () => {
    expect(checkUpdate({ ...done, rag: 'red' })).toEqual([
      {
        field: 'correctiveAction',
        message: expect.stringMatching(/^Red needs a corrective action/),
      },
    ]);
    expect(fields({ ...done, rag: 'amber', correctiveAction: 'New lead appointed' })).toEqual([]);
  });

  it('treats Blue as complete: 100%', () => {
    expect(fields({ ...done, rag: 'blue', percentComplete: '90' })).toEqual(['percentComplete']);
    expect(fields({ ...done, rag: 'blue', percentComplete: '100' })).toEqual([]);
  });

  it('needs a real revised date when not on track', () => {
    expect(fields({ ...done, onTrack: false, revisedDate: '2027-02-30' })).toEqual(['revisedDate']);
    expect(fields({ ...done, onTrack: false, revisedDate: '2027-02-28' })).toEqual([]);
  });
});

describe('carrying forward', () => {
  const previous = {
    narrative: 'Recruitment under way.',
    evidence: 'Job adverts',
    nextSteps: 'Interview',
    correctiveAction: '',
    forecast: { onTrack: false, revisedDate: '2027-06-30' },
  } as QuarterlyUpdate;

  it('copies the text but not the RAG or percentage', () => {
    expect(carryForward(previous)).toMatchObject({
      rag: '',
      percentComplete: '',
      narrative: 'Recruitment under way.',
      onTrack: false,
      revisedDate: '2027-06-30',
      state: 'draft',
    });
  });

  it('stays marked until the narrative is edited', () => {
    expect(isStillCarriedForward({ narrative: 'Recruitment under way.' }, previous)).toBe(true);
    expect(isStillCarriedForward({ narrative: 'Two posts filled.' }, previous)).toBe(false);
    expect(isStillCarriedForward({ narrative: 'Anything' }, undefined)).toBe(false);
  });

  it('gives each action its state for the round', () => {
    expect(updateState(undefined)).toBe('missing');
    expect(updateState({ state: 'draft' })).toBe('draft');
    expect(updateState({ state: 'done' })).toBe('done');
  });
});

describe('direction of travel', () => {
  it('compares with the previous closed quarter', () => {
    expect(directionOfTravel('red', 'amber')).toBe('improved');
    expect(directionOfTravel('green', 'blue')).toBe('improved');
    expect(directionOfTravel('green', 'amber')).toBe('worse');
    expect(directionOfTravel('amber', 'amber')).toBe('same');
    expect(directionOfTravel(null, 'green')).toBe('new');
    expect(directionOfTravel('green', null)).toBeNull();
  });

  it('sums up overall', () => {
    expect(overallDirection(['improved', 'improved', 'worse', 'same', 'new', null])).toEqual({
      counts: { improved: 2, same: 1, worse: 1, new: 1 },
      net: 1,
      summary: 'Improving overall: 2 better, 1 worse',
    });
    expect(overallDirection(['worse']).summary).toBe('Worsening overall: 1 worse, 0 better');
    expect(overallDirection([]).summary).toBe('No overall change: 0 better, 0 worse');
  });
});
