import { describe, expect, it } from 'vitest';
import { actionInput } from '../../tests/fixtures/actions';
import { checkActionInput, type ActionContext } from './actionRules';
import { referencesInUse } from './references';
import { formFromAction, readActionForm } from './actionForm';
import { INTERVENTION_THEMES } from './strategicTool';

const context: ActionContext = {
  bodyIds: new Set(['BOARD', 'GYV', 'VAWG']),
  existingRefs: referencesInUse(['GYV-01']),
  themeRows: new Map(INTERVENTION_THEMES.map((theme) => [theme.id, theme.rowId])),
  objectiveIds: new Set(['2026-OBJ-1']),
  swotIds: new Set(['W1', 'T7']),
};

const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field);

describe('the rules every action meets', () => {
  it('accepts a valid action', () => {
    expect(checkActionInput(actionInput({ ref: 'GYV-02' }), context)).toEqual([]);
  });

  it('refuses a duplicate reference, whatever its case, unless it is the action’s own', () => {
    expect(checkActionInput(actionInput({ ref: 'gyv-01' }), context)).toEqual([
      {
        field: 'ref',
        message: 'The reference GYV-01 is already used by another action: choose another',
      },
    ]);
    expect(
      checkActionInput(actionInput({ ref: 'GYV-01' }), { ...context, ownRef: 'GYV-01' }),
    ).toEqual([]);
  });

  it('refuses an empty title, a malformed reference and an unknown body', () => {
    expect(
      fields(checkActionInput(actionInput({ ref: 'gang 1', title: '  ', bodyId: 'XYZ' }), context)),
    ).toEqual(['ref', 'bodyId', 'title']);
  });

  it('refuses a due date before the start date', () => {
    expect(
      checkActionInput(
        actionInput({ ref: 'GYV-02', startDate: '2026-06-01', dueDate: '2026-05-31' }),
        context,
      ),
    ).toEqual([
      { field: 'dueDate', message: 'The due date must be the same as or after the start date' },
    ]);
    expect(
      checkActionInput(
        actionInput({ ref: 'GYV-02', startDate: '2026-06-01', dueDate: '2026-06-01' }),
        context,
      ),
    ).toEqual([]);
  });

  it('refuses themes from rows the action is not in, and a secondary row equal to the primary', () => {
    const problems = checkActionInput(
      actionInput({
        ref: 'GYV-02',
        primaryRow: 'pursue',
        secondaryRows: ['pursue'],
        themeIds: ['protect.gang-exit'],
      }),
      context,
    );
    expect(fields(problems)).toEqual(['secondaryRows', 'themeIds']);
  });

  it('refuses links to things that do not exist', () => {
    const problems = checkActionInput(
      actionInput({
        ref: 'GYV-02',
        recommendationNumbers: [25],
        objectiveIds: ['nope'],
        swotIds: ['W99'],
      }),
      context,
    );
    expect(fields(problems)).toEqual(['recommendationNumbers', 'objectiveIds', 'swotIds']);
  });
});

describe('reading the action form', () => {
  const form = formFromAction(actionInput({ ref: 'GYV-02' }));

  it('round-trips an action', () => {
    const result = readActionForm(form, context);
    expect(result).toEqual({ ok: true, input: actionInput({ ref: 'GYV-02' }) });
  });

  it('refuses a date that does not exist, once, with a GOV.UK message', () => {
    const result = readActionForm(
      { ...form, due: { day: '31', month: '2', year: '2027' } },
      context,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'dueDate', message: 'The due date must be a real date' }],
    });
  });

  it('says when a date is missing or incomplete, in the order of the form', () => {
    const result = readActionForm(
      {
        ...form,
        title: '',
        start: { day: '', month: '', year: '' },
        due: { day: '1', month: '', year: '2027' },
      },
      context,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { field: 'title', message: 'Enter a title for the action' },
        { field: 'startDate', message: 'Enter the start date' },
        { field: 'dueDate', message: 'The due date must include a day, month and year' },
      ]);
  });

  it('checks milestones', () => {
    const result = readActionForm(
      {
        ...form,
        milestones: [
          { id: 'm1', title: '', due: { day: '30', month: '4', year: '2026' }, done: false },
        ],
      },
      context,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'milestones.0.title', message: 'Enter a title for milestone 1' },
    ]);
  });

  it('drops a secondary row that is the primary, trims text and splits partners by line', () => {
    const result = readActionForm(
      {
        ...form,
        title: '  Gang exit  ',
        partners: 'Police\n\n Probation ',
        secondaryRows: ['protect', 'prepare'],
      },
      context,
    );
    expect(result.ok && result.input).toMatchObject({
      title: 'Gang exit',
      partners: ['Police', 'Probation'],
      secondaryRows: ['prepare'],
    });
  });
});
