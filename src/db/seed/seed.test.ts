/**
 * Seed fidelity: every text the app seeds from the report is compared with the report itself
 * (a copy in tests/fixtures/report), at the line the seed data names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_8_CAPTION, FIGURE_8_COLUMNS, FIGURE_8_ROWS } from '../../domain/strategicTool';
import { SEED_BODIES } from './bodies';
import { SEED_INDICATORS } from './indicators';
import { SAFETYNET_AIMS_LINE, SAFETYNET_AIMS_QUOTE, SEED_OBJECTIVES } from './objectives';
import { SEED_RECOMMENDATIONS } from './recommendations';
import { SEED_SWOT } from './swot';
import { buildSeedWorkspace } from '.';

const report = readFileSync(
  resolve(__dirname, '../../../tests/fixtures/report/andell-2023-waltham-forest-cce.txt'),
  'utf8',
).split('\n');
const line = (n: number) => report[n - 1] ?? '';

describe('the 24 recommendations', () => {
  it('are numbered 1 to 24', () => {
    expect(SEED_RECOMMENDATIONS.map((r) => r.number)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1),
    );
  });

  it.each(SEED_RECOMMENDATIONS.map((r) => [r.number, r] as const))(
    'recommendation %i is verbatim',
    (number, r) => {
      expect(line(r.sourceLine)).toBe(`${number}. ${r.text}`);
    },
  );

  it('keep the report’s own slips, such as the missing space in recommendation 13', () => {
    expect(SEED_RECOMMENDATIONS[12]?.text).toContain('(CCE)should be taught');
    expect(SEED_RECOMMENDATIONS[13]?.text).toContain('not at least because');
  });

  it('quote the passages they emerge from, verbatim, at the lines given', () => {
    for (const r of SEED_RECOMMENDATIONS) {
      expect(r.emergesFrom.length).toBeGreaterThan(0);
      for (const source of r.emergesFrom) {
        const passage = report.slice(source.lines[0] - 1, source.lines[1]).join('\n');
        expect(passage, `recommendation ${r.number}, ${source.section}`).toContain(source.quote);
      }
    }
  });

  it('suggest an owner that is one of the seeded bodies', () => {
    const bodies = new Set(SEED_BODIES.map((b) => b.id));
    for (const r of SEED_RECOMMENDATIONS) expect(bodies).toContain(r.suggestedOwnerId);
  });
});

describe('the SWOT items', () => {
  it('hold 47 items from 46 bullets: 10 strengths, 19 weaknesses, 7 opportunities, 11 threats', () => {
    const count = (q: string) => SEED_SWOT.filter((i) => i.quadrant === q).length;
    expect([count('strength'), count('weakness'), count('opportunity'), count('threat')]).toEqual([
      10, 19, 7, 11,
    ]);
    expect(new Set(SEED_SWOT.map((i) => i.sourceLine)).size).toBe(46);
  });

  it.each(SEED_SWOT.map((i) => [i.id, i] as const))('%s is verbatim', (id, item) => {
    if (id === 'S6a' || id === 'S6b') expect(line(item.sourceLine)).toContain(item.text);
    else expect(line(item.sourceLine)).toBe(`- ${item.text}`);
  });

  it('split the one bullet that holds two items, keeping “F.C.” whole', () => {
    const [a, b] = ['S6a', 'S6b'].map((id) => SEED_SWOT.find((i) => i.id === id)?.text);
    expect(`- ${a} ${b}`).toBe(line(50));
    expect(a).toMatch(/Leyton Orient F\.C\. and Chances\.$/);
  });

  it('link only to recommendations that exist', () => {
    for (const item of SEED_SWOT)
      for (const n of item.recommendationNumbers) expect(n).toBeGreaterThanOrEqual(1);
    for (const item of SEED_SWOT)
      for (const n of item.recommendationNumbers) expect(n).toBeLessThanOrEqual(24);
  });
});

describe('Figure 8', () => {
  it('matches the report’s table, row by row', () => {
    expect(line(1068)).toBe(FIGURE_8_CAPTION);
    expect(line(1070)).toBe(FIGURE_8_COLUMNS.join('\t'));
    for (const row of FIGURE_8_ROWS) {
      expect(line(row.sourceLine)).toBe(
        [row.name, row.harmReductionName, row.themesText].join('\t'),
      );
    }
  });
});

describe('the bodies and objectives', () => {
  it('name the four subgroups as the report does', () => {
    const subgroups = SEED_BODIES.filter((b) => b.kind === 'subgroup').map((b) => b.name);
    expect(subgroups.map((name, i) => `${i + 1}. ${name}`)).toEqual(
      [1102, 1103, 1104, 1105].map(line),
    );
  });

  it('quote the board’s duties verbatim', () => {
    const board = SEED_BODIES.find((b) => b.kind === 'board');
    expect(board?.duties).toHaveLength(3);
    for (const duty of board?.duties ?? []) expect(line(duty.sourceLine)).toBe(`- ${duty.text}`);
  });

  it('derive each draft objective from an aim stated in the report', () => {
    expect(line(SAFETYNET_AIMS_LINE)).toContain(SAFETYNET_AIMS_QUOTE);
    for (const objective of SEED_OBJECTIVES)
      expect(SAFETYNET_AIMS_QUOTE).toContain(objective.derivedFromAim);
  });

  it('seeds the objectives as drafts for the current financial year', () => {
    const seed = buildSeedWorkspace('2026-11-22', '2026-11-22T09:00:00.000Z');
    expect(seed.objectives.every((o) => o.status === 'draft' && o.financialYear === 2026)).toBe(
      true,
    );
    expect(seed.recommendations.every((r) => r.response === 'awaiting-response')).toBe(true);
    expect(seed.settings).toMatchObject({
      name: 'SafetyNet',
      fullName: 'Waltham Forest Community Safety Partnership',
    });
  });
});

describe('the draft indicators (domain brief §8.8)', () => {
  it.each(SEED_INDICATORS.map((i) => [i.name, i] as const))(
    '%s quotes its baseline from the report at its line',
    (_, indicator) => {
      expect(line(indicator.sourceLine)).toContain(indicator.quote);
    },
  );

  it('are all drafts with no targets, owned by seeded bodies', () => {
    const indicators = buildSeedWorkspace('2026-05-01', '2026-05-01T09:00:00.000Z').indicators;
    expect(indicators).toHaveLength(7);
    const bodies = new Set(SEED_BODIES.map((b) => b.id));
    for (const indicator of indicators) {
      expect(indicator).toMatchObject({ draft: true, targets: [], sourceKind: 'manual' });
      expect(bodies.has(indicator.bodyId)).toBe(true);
    }
  });
});
