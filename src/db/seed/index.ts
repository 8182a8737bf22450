/**
 * The SafetyNet workspace as the report describes it, ready to write on first open.
 */
import type { Objective } from '../../domain/objectives';
import { quarterOfDate } from '../../domain/quarters';
import { levelOfRecommendation, type Recommendation } from '../../domain/recommendations';
import { FIGURE_8_ROWS, INTERVENTION_THEMES } from '../../domain/strategicTool';
import { DEFAULT_WORKSPACE, type WorkspaceSettings } from '../../domain/workspace';
import type { IsoDate } from '../../domain/dates';
import { SEED_BODIES } from './bodies';
import { seedIndicators } from './indicators';
import { SAFETYNET_AIMS_LINE, SEED_OBJECTIVES } from './objectives';
import { SEED_RECOMMENDATIONS } from './recommendations';
import { SEED_SWOT } from './swot';

export function buildSeedWorkspace(today: IsoDate, createdAt: string) {
  const financialYear = quarterOfDate(today).fyStart;
  const settings: WorkspaceSettings = {
    key: 'workspace',
    ...DEFAULT_WORKSPACE,
    reportingQuarter: null,
    createdAt,
    source: 'andell-2023',
  };
  const recommendations: Recommendation[] = SEED_RECOMMENDATIONS.map((recommendation) => ({
    ...recommendation,
    level: levelOfRecommendation(recommendation.number),
    response: 'awaiting-response',
    responseNote: '',
  }));
  const objectives: Objective[] = SEED_OBJECTIVES.map((objective) => ({
    id: `${financialYear}-${objective.code}`,
    code: objective.code,
    financialYear,
    title: objective.title,
    description: objective.description,
    bodyId: objective.bodyId,
    status: 'draft',
    derivation: `Derived from SafetyNet’s stated aim to reduce “${objective.derivedFromAim}” (report line ${SAFETYNET_AIMS_LINE}).`,
  }));
  return {
    settings,
    bodies: [...SEED_BODIES],
    recommendations,
    swotItems: [...SEED_SWOT],
    fourPRows: [...FIGURE_8_ROWS],
    themes: [...INTERVENTION_THEMES],
    objectives,
    indicators: seedIndicators(createdAt),
  };
}

export type SeedWorkspace = ReturnType<typeof buildSeedWorkspace>;
