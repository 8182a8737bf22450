import { describe, expect, it } from 'vitest';
import {
  FIGURE_8_ROWS,
  INTERVENTION_THEMES,
  fourPRowName,
  splitThemes,
  themesForRows,
} from './strategicTool';

describe('Figure 8, the strategic tool', () => {
  it('has the 19 intervention themes in the figure’s order', () => {
    expect(INTERVENTION_THEMES).toHaveLength(19);
    const counts = FIGURE_8_ROWS.map(
      (row) => INTERVENTION_THEMES.filter((t) => t.rowId === row.id).length,
    );
    expect(counts).toEqual([2, 6, 8, 3]);
    expect(INTERVENTION_THEMES.filter((t) => t.rowId === 'prepare').map((t) => t.name)).toEqual([
      'Youth and Community work',
      'VRU Business and Community Meetings',
      'Councillor drop ins and local meetings',
    ]);
  });

  it('splits on semicolons and on the full stop inside the Prepare row, not on trailing stops', () => {
    expect(splitThemes('Early help; YOS; Gang exit.')).toEqual(['Early help', 'YOS', 'Gang exit']);
    expect(splitThemes('A work; B Meetings. C meetings.')).toEqual([
      'A work',
      'B Meetings',
      'C meetings',
    ]);
  });

  it('gives every theme a unique identifier', () => {
    expect(new Set(INTERVENTION_THEMES.map((t) => t.id)).size).toBe(19);
    expect(INTERVENTION_THEMES.map((t) => t.id)).toContain('protect.gang-exit');
  });

  it('never lets the Prevent row read as the Prevent subgroup', () => {
    expect(fourPRowName('prevent')).toBe('Prevent (4P: situational prevention)');
    expect(fourPRowName('protect')).toBe('Protect (4P: social prevention)');
  });

  it('offers the themes of the rows chosen', () => {
    expect(themesForRows(['pursue']).map((t) => t.name)).toEqual([
      'Intelligence',
      'Targeted enforcement',
    ]);
    expect(themesForRows([])).toEqual([]);
  });
});
