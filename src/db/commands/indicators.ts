/** Creating and changing outcome indicators, and recording their values. */
import {
  checkIndicatorInput,
  checkValueInput,
  indicatorFields,
  readNumber,
  type Indicator,
  type IndicatorInput,
  type IndicatorValue,
} from '../../domain/indicators';
import { periodLabel } from '../../domain/quarters';
import {
  NothingToChange,
  refuseNoChange,
  runCommand,
  ValidationError,
  type CommandContext,
} from '../command';

async function checked(context: CommandContext, input: IndicatorInput, ownId?: string) {
  const [bodies, objectives, indicators] = await Promise.all([
    context.db.bodies.toArray(),
    context.db.objectives.toArray(),
    context.db.indicators.toArray(),
  ]);
  const problems = checkIndicatorInput(input, {
    bodyIds: new Set(bodies.map((b) => b.id)),
    objectiveIds: new Set(objectives.map((o) => o.id)),
    existingNames: indicators.filter((i) => i.id !== ownId).map((i) => i.name),
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return indicatorFields(input);
}

async function existing(context: CommandContext, id: string): Promise<Indicator> {
  const indicator = await context.db.indicators.get(id);
  if (!indicator)
    throw new ValidationError([
      {
        field: 'name',
        message: 'This indicator no longer exists: it may have been removed in another tab',
      },
    ]);
  return indicator;
}

export function createIndicator(input: IndicatorInput): Promise<Indicator> {
  return runCommand('create indicator', async (context) => {
    const indicator: Indicator = {
      ...(await checked(context, input)),
      id: crypto.randomUUID(),
      createdAt: context.now,
      updatedAt: context.now,
    };
    await context.db.indicators.add(indicator);
    context.audit({
      kind: 'create',
      entityType: 'indicator',
      entityId: indicator.id,
      summary: `Indicator created: ${indicator.name}`,
      before: null,
      after: indicator,
    });
    return indicator;
  });
}

export function updateIndicator(id: string, input: IndicatorInput): Promise<Indicator> {
  return runCommand('update indicator', async (context) => {
    const before = await existing(context, id);
    const after: Indicator = {
      ...before,
      ...(await checked(context, input, id)),
      updatedAt: context.now,
    };
    refuseNoChange(before, after, before);
    await context.db.indicators.put(after);
    context.audit({
      kind: 'update',
      entityType: 'indicator',
      entityId: id,
      summary: `Indicator changed: ${after.name}`,
      before,
      after,
    });
    return after;
  });
}

function putValue(
  context: CommandContext,
  indicator: Indicator,
  before: IndicatorValue | undefined,
  period: string,
  value: number,
  origin: IndicatorValue['origin'],
): IndicatorValue | null {
  if (before && before.value === value && before.origin === origin) return null;
  const after: IndicatorValue = {
    id: before?.id ?? crypto.randomUUID(),
    indicatorId: indicator.id,
    period,
    value,
    origin,
    recordedAt: context.now,
  };
  context.audit({
    kind: before ? 'update' : 'create',
    entityType: 'indicator-value',
    entityId: after.id,
    summary: `${indicator.name}, ${periodLabel(period)}: ${before ? `${before.value} → ` : ''}${value}`,
    before: before ?? null,
    after,
  });
  return after;
}

/** Enters (or corrects) one value by hand. */
export function saveIndicatorValue(
  indicatorId: string,
  period: string,
  valueText: string,
): Promise<IndicatorValue | null> {
  return runCommand('save indicator value', async (context) => {
    const indicator = await existing(context, indicatorId);
    const problems = checkValueInput(indicator, period, valueText);
    if (problems.length > 0) throw new ValidationError(problems);
    const before = await context.db.indicatorValues
      .where('[indicatorId+period]')
      .equals([indicatorId, period])
      .first();
    const saved = putValue(
      context,
      indicator,
      before,
      period,
      readNumber(valueText) ?? 0,
      'manual',
    );
    if (!saved)
      throw new ValidationError([
        {
          field: 'value',
          message: `${periodLabel(period)} already holds ${valueText.trim()}: nothing to change`,
        },
      ]);
    await context.db.indicatorValues.put(saved);
    return saved;
  });
}

/** Removes a value entered by mistake; the audit trail keeps what it was. */
export function deleteIndicatorValue(indicatorId: string, period: string): Promise<void> {
  return runCommand('delete indicator value', async (context) => {
    const indicator = await existing(context, indicatorId);
    const before = await context.db.indicatorValues
      .where('[indicatorId+period]')
      .equals([indicatorId, period])
      .first();
    if (!before)
      throw new ValidationError([
        { field: 'period', message: `There is no value for ${periodLabel(period)}` },
      ]);
    await context.db.indicatorValues.delete(before.id);
    context.audit({
      kind: 'delete',
      entityType: 'indicator-value',
      entityId: before.id,
      summary: `${indicator.name}, ${periodLabel(period)}: value ${before.value} removed`,
      before,
      after: null,
    });
  });
}

/**
 * Records the monthly figures counted from data.police.uk: one audit entry per value added or
 * changed. Returns how many changed; when none did, nothing is written.
 */
export function recordFetchedValues(
  indicatorId: string,
  figures: readonly { month: string; value: number }[],
): Promise<number> {
  return runCommand('record fetched indicator values', async (context) => {
    const indicator = await existing(context, indicatorId);
    const before = new Map(
      (await context.db.indicatorValues.where('indicatorId').equals(indicatorId).toArray()).map(
        (v) => [v.period, v],
      ),
    );
    const changed = figures
      .map((f) => putValue(context, indicator, before.get(f.month), f.month, f.value, 'police'))
      .filter((v): v is IndicatorValue => v !== null);
    if (changed.length === 0) throw new NothingToChange(0);
    await context.db.indicatorValues.bulkPut(changed);
    return changed.length;
  });
}

/** Adds the report's draft indicators to a workspace made before they were seeded. */
export async function addDraftIndicators(): Promise<number> {
  // Loaded before the transaction: a Dexie transaction must not wait on anything but Dexie.
  const { seedIndicators } = await import('../seed/indicators');
  return runCommand('add draft indicators', async (context) => {
    const held = new Set((await context.db.indicators.toArray()).map((i) => i.id));
    const added = seedIndicators(context.now).filter((i) => !held.has(i.id));
    if (added.length === 0)
      throw new ValidationError([
        { field: 'indicators', message: 'The report’s draft indicators are already here' },
      ]);
    await context.db.indicators.bulkAdd(added);
    for (const indicator of added)
      context.audit({
        kind: 'create',
        entityType: 'indicator',
        entityId: indicator.id,
        summary: `Draft indicator added from the report: ${indicator.name}`,
        before: null,
        after: indicator,
      });
    return added.length;
  });
}
