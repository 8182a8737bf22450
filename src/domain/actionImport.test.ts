import { describe, expect, it } from 'vitest';
import { readImportRows, type ImportContext } from './actionImport';
import { referencesInUse } from './references';
import { guessMapping } from './actionImportColumns';
import type { Body } from './bodies';
import { readSheetDate, type SheetCell, type SheetTable } from './sheet';

const bodies = [
  { id: 'GYV', name: 'Gangs and Youth Violence subgroup' },
  { id: 'VAWG', name: 'Violence Against Women and Girls' },
] as Body[];

const context: ImportContext = {
  bodies,
  today: '2026-11-22',
  action: {
    bodyIds: new Set(['GYV', 'VAWG']),
    existingRefs: referencesInUse(['GYV-01']),
    themeRows: new Map(),
    objectiveIds: new Set(),
    swotIds: new Set(),
  },
};

const HEADERS = ['Ref', 'Action', 'Subgroup', '4P', 'Due date', 'Status', 'Recs'];
const text = (value: string): SheetCell =>
  value === '' ? { kind: 'empty' } : { kind: 'text', text: value };

function sheet(...rows: (string | SheetCell)[][]): SheetTable {
  return {
    fileName: 'tracker.csv',
    sheetName: 'CSV',
    headers: HEADERS,
    rows: rows.map((cells, index) => ({
      number: index + 2,
      cells: cells.map((cell) => (typeof cell === 'string' ? text(cell) : cell)),
    })),
  };
}

const read = (table: SheetTable) => readImportRows(table, guessMapping(table.headers), context);

describe('importing actions', () => {
  it('guesses columns from common headings', () => {
    expect(guessMapping(HEADERS)).toMatchObject({
      ref: 0,
      title: 1,
      body: 2,
      primaryRow: 3,
      dueDate: 4,
      status: 5,
      recommendations: 6,
      startDate: null,
    });
  });

  it('reads good rows into actions, matching bodies, rows and statuses by name', () => {
    const result = read(
      sheet(
        [
          'gyv-02',
          'Detached youth work',
          'Gangs and Youth Violence',
          'Prevent',
          '31/03/2027',
          'In progress',
          '3; 7, 12',
        ],
        [
          'VAWG-01',
          'Training for night-time economy staff',
          'vawg',
          'protect',
          '2027-01-15',
          '',
          '',
        ],
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.input).toMatchObject({
      ref: 'GYV-02',
      bodyId: 'GYV',
      primaryRow: 'prevent',
      dueDate: '2027-03-31',
      startDate: '2026-11-22',
      status: 'in-progress',
      recommendationNumbers: [3, 7, 12],
    });
    expect(result.rows[1]?.input.status).toBe('not-started');
  });

  it('names every problem by row and column, and imports none of those rows', () => {
    const result = read(
      sheet(
        ['GYV-01', 'Taken reference', 'GYV', 'Prevent', '31/03/2027', '', ''],
        ['GYV-05', 'Impossible date', 'GYV', 'Prevent', '31/02/2027', '', ''],
        ['GYV-06', 'US date', 'GYV', 'Prevent', '12/31/2027', '', ''],
        ['GYV-07', 'Unknown body', 'Housing', 'Prevent', '31/03/2027', '', ''],
        ['GYV-08', 'Bad row', 'GYV', 'Prosecute', '31/03/2027', 'Done-ish', '25'],
        ['GYV-09', { kind: 'formula' }, 'GYV', 'Prevent', '31/03/2027', '', ''],
        ['GYV-10', 'First', 'GYV', 'Prevent', '31/03/2027', '', ''],
        ['gyv-10', 'Second with the same reference', 'GYV', 'Prevent', '31/03/2027', '', ''],
        ['', '', 'GYV', 'Prevent', '', '', ''],
      ),
    );
    const byRow = (row: number) =>
      result.problems.filter((p) => p.row === row).map((p) => `${p.column}: ${p.message}`);
    expect(byRow(2)).toEqual([
      'Ref: The reference GYV-01 is already used by another action: choose another',
    ]);
    expect(byRow(3)[0]).toMatch(/^Due date: Due date “31\/02\/2027” is not a real date/);
    expect(byRow(4)[0]).toMatch(/“12\/31\/2027” is not a real date \(dates are read day first/);
    expect(byRow(5)[0]).toMatch(
      /^Subgroup: “Housing” is not a body in this workspace: use one of GYV, VAWG/,
    );
    expect(byRow(6)).toHaveLength(3);
    expect(byRow(7)).toEqual([
      'Action: Title holds a formula: paste the value itself, not a formula',
    ]);
    expect(byRow(8)).toEqual([]);
    expect(byRow(9)).toEqual([
      'Ref: The reference GYV-10 is also on row 8: each action needs its own reference',
    ]);
    expect(byRow(10).length).toBeGreaterThanOrEqual(3);
    expect(result.rows.map((row) => row.row)).toEqual([8]);
  });

  it('refuses a mapping without the required columns', () => {
    const table = { ...sheet(['x']), headers: ['Notes'] };
    const result = read(table);
    expect(result.problems.map((p) => p.field)).toEqual([
      'map-ref',
      'map-title',
      'map-body',
      'map-primaryRow',
      'map-dueDate',
    ]);
  });
});

describe('reading a date from a spreadsheet cell', () => {
  it.each([
    ['31/03/2027', '2027-03-31'],
    ['1/4/2027', '2027-04-01'],
    ['31-3-27', '2027-03-31'],
    ['31.03.2027', '2027-03-31'],
    ['2027-03-31', '2027-03-31'],
    ['2027-03-31T00:00:00Z', '2027-03-31'],
    ['31 March 2027', '2027-03-31'],
    ['31 Mar 2027', '2027-03-31'],
    ['1st Sept 2027', '2027-09-01'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %s', (value, date) => {
    expect(readSheetDate({ kind: 'text', text: value })).toEqual({ ok: true, date });
  });

  it.each([
    '29/02/2027',
    '12/31/2027',
    '31 Smarch 2027',
    'next Tuesday',
    '2027/13/01',
    '00/01/2027',
  ])('refuses %s', (value) => {
    expect(readSheetDate({ kind: 'text', text: value }).ok).toBe(false);
  });

  it('takes an Excel date as it is and refuses a bare number', () => {
    expect(readSheetDate({ kind: 'date', date: '2027-03-31' })).toEqual({
      ok: true,
      date: '2027-03-31',
    });
    expect(readSheetDate({ kind: 'number', value: 46477 }).ok).toBe(false);
  });
});
