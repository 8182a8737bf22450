/** Creating, seeding and resetting the workspace, and its settings. */
import { todayIso } from '../../domain/dates';
import {
  checkSettings,
  RESET_CONFIRMATION,
  type UserRole,
  type WorkspaceSettings,
} from '../../domain/workspace';
import { SYNCED_TABLES } from '../../domain/sync';
import {
  NothingToChange,
  refuseNoChange,
  runCommand,
  ValidationError,
  type CommandContext,
} from '../command';
import type { SeedWorkspace } from '../seed';

/** The seed's code: loaded on demand, so it stays out of the first screen's code. */
const seedCode = () => import('../seed');

async function loadSeed(now: Date, code = seedCode()): Promise<SeedWorkspace> {
  const { buildSeedWorkspace } = await code;
  return buildSeedWorkspace(todayIso(now), now.toISOString());
}

async function writeSeed(context: CommandContext, seed: SeedWorkspace) {
  const { db, now } = context;
  await db.settings.put(seed.settings);
  await db.bodies.bulkPut(seed.bodies);
  await db.recommendations.bulkPut(seed.recommendations);
  await db.swotItems.bulkPut(seed.swotItems);
  await db.fourPRows.bulkPut(seed.fourPRows);
  await db.themes.bulkPut(seed.themes);
  await db.objectives.bulkPut(seed.objectives);
  await db.indicators.bulkPut(seed.indicators);
  await db.meta.put({ key: 'seed', value: { source: 'andell-2023', at: now } });
  return {
    bodies: seed.bodies.length,
    recommendations: seed.recommendations.length,
    swotItems: seed.swotItems.length,
    themes: seed.themes.length,
    objectives: seed.objectives.length,
    indicators: seed.indicators.length,
  };
}

/**
 * Seeds the SafetyNet workspace from the report unless it exists (perhaps seeded by another tab a
 * moment ago): then it writes nothing. Called by `ensureWorkspaceSeeded` (`db/openWorkspace.ts`).
 */
export async function seedWorkspace(
  now: Date = new Date(),
  code = seedCode(),
): Promise<'seeded' | 'existing'> {
  const seed = await loadSeed(now, code);
  return runCommand<'seeded' | 'existing'>('seed workspace', async (context) => {
    const existing = await context.db.settings.get('workspace');
    if (existing) throw new NothingToChange('existing' as const);
    const counts = await writeSeed(context, seed);
    context.audit({
      kind: 'seed',
      entityType: 'workspace',
      entityId: 'workspace',
      summary: 'Workspace seeded from the Waltham Forest research report (Andell, 2023)',
      before: null,
      after: counts,
    });
    return 'seeded';
  });
}

/** Settings, this browser's bookkeeping and every table of the plan. */
const RESETTABLE = ['settings', 'meta', ...SYNCED_TABLES] as const;

/**
 * Returns the workspace to the seeded state. Every plan, update and response is removed; the
 * audit log is kept, and records the reset.
 */
export async function resetWorkspace(confirmation: string): Promise<void> {
  if (confirmation.trim().toLowerCase() !== RESET_CONFIRMATION) {
    throw new ValidationError([
      { field: 'confirmation', message: `Type “${RESET_CONFIRMATION}” to confirm the reset` },
    ]);
  }
  const seed = await loadSeed(new Date());
  await runCommand('reset workspace', async (context) => {
    const { db } = context;
    const before = await db.settings.get('workspace');
    const removed: Record<string, number> = {};
    for (const name of RESETTABLE) {
      const table = db.table(name);
      removed[name] = await table.count();
      await table.clear();
    }
    const counts = await writeSeed(context, seed);
    // Keep who is using this browser: a reset is not a change of user.
    if (before) {
      await db.settings.update('workspace', {
        userName: before.userName,
        userRole: before.userRole,
      });
    }
    context.audit({
      kind: 'reset',
      entityType: 'workspace',
      entityId: 'workspace',
      summary: 'Workspace reset to the state seeded from the report',
      before: removed,
      after: counts,
    });
  });
}

export interface SettingsInput {
  name: string;
  fullName: string;
  userName: string;
  userRole: string;
}

export async function updateSettings(input: SettingsInput): Promise<void> {
  const problems = checkSettings(input);
  if (problems.length > 0) throw new ValidationError(problems);
  await runCommand('update settings', async (context) => {
    const before = await context.db.settings.get('workspace');
    if (!before) throw new Error('The workspace has not been created yet.');
    const after: WorkspaceSettings = {
      ...before,
      name: input.name.trim(),
      fullName: input.fullName.trim(),
      userName: input.userName.trim(),
      userRole: input.userRole as UserRole,
    };
    refuseNoChange(before, after, undefined);
    await context.db.settings.put(after);
    context.audit({
      kind: 'update',
      entityType: 'settings',
      entityId: 'workspace',
      summary: 'Workspace settings changed',
      before,
      after,
    });
  });
}
