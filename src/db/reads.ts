/**
 * Reads for the screens. Every read goes through here; features never touch tables directly.
 */
import type { AuditEntry, EntityType } from '../domain/audit';
import { RESPONSE_STATUSES, type ResponseStatus } from '../domain/recommendations';
import { SWOT_QUADRANTS, type SwotQuadrant } from '../domain/swot';
import { database } from './connection';
import { updateKeysOf } from './database';
import { readInSlices } from './readInSlices';

export const getSettings = () => database().settings.get('workspace');

export const listBodies = () => database().bodies.orderBy('order').toArray();

export const listRecommendations = () => database().recommendations.orderBy('number').toArray();

export const getRecommendation = (number: number) => database().recommendations.get(number);

export const listSwotItems = () => database().swotItems.orderBy('order').toArray();

export const listFourPRows = () => database().fourPRows.orderBy('order').toArray();

export async function listThemes() {
  const themes = await database().themes.toArray();
  const rowOrder = new Map((await listFourPRows()).map((row) => [row.id, row.order]));
  return themes.sort(
    (a, b) => (rowOrder.get(a.rowId) ?? 0) - (rowOrder.get(b.rowId) ?? 0) || a.order - b.order,
  );
}

export const listObjectives = () => database().objectives.orderBy('financialYear').toArray();

export interface OverviewCounts {
  readonly recommendationsByResponse: Record<ResponseStatus, number>;
  readonly swotByQuadrant: Record<SwotQuadrant, number>;
  readonly bodies: number;
  readonly objectives: number;
}

/** The overview's figures, counted through indexes: a fixed number of round-trips. */
export async function overviewCounts(): Promise<OverviewCounts> {
  const db = database();
  const [responses, quadrants, bodies, objectives] = await Promise.all([
    Promise.all(
      RESPONSE_STATUSES.map((status) =>
        db.recommendations.where('response').equals(status).count(),
      ),
    ),
    Promise.all(
      SWOT_QUADRANTS.map((quadrant) => db.swotItems.where('quadrant').equals(quadrant).count()),
    ),
    db.bodies.count(),
    db.objectives.count(),
  ]);
  return {
    recommendationsByResponse: Object.fromEntries(
      RESPONSE_STATUSES.map((status, index) => [status, responses[index] ?? 0]),
    ) as Record<ResponseStatus, number>,
    swotByQuadrant: Object.fromEntries(
      SWOT_QUADRANTS.map((quadrant, index) => [quadrant, quadrants[index] ?? 0]),
    ) as Record<SwotQuadrant, number>,
    bodies,
    objectives,
  };
}

/** An entity's history from the audit log, newest first. */
export function entityHistory(entityType: EntityType, entityId: string): Promise<AuditEntry[]> {
  return database()
    .audit.where('[entityType+entityId]')
    .equals([entityType, entityId])
    .reverse()
    .sortBy('seq');
}

export const listActions = () => readInSlices(database().actions);

/**
 * How many actions are demo data. Counted row by row rather than read in one go: Settings shows
 * the count, and a workspace of 20,000 actions read at once is a long task for one sentence.
 */
export const demoActionCount = () =>
  database()
    .actions.filter((action) => action.demo === 1)
    .count();

export const getActionByRef = (ref: string) =>
  database().actions.where('ref').equals(ref.trim().toUpperCase()).first();

export const updatesForQuarter = (quarter: string) =>
  readInSlices(database().updates, ...updateKeysOf(quarter));

export const updatesForAction = (actionId: string) =>
  database().updates.where('actionId').equals(actionId).sortBy('quarter');

/** One closed quarter's record (about 15 MB at 20,000 actions): read only to check or build from it. */
export const getSnapshot = (id: string) => database().snapshots.get(id);

/**
 * One quarter's records (every version): a page about one quarter reads no other quarter's record,
 * each of which holds every action of its quarter.
 */
export const snapshotsOfQuarter = (quarter: string) =>
  database().snapshots.where('quarter').equals(quarter).sortBy('version');

export const listIndicators = () => database().indicators.toArray();

export const listIndicatorValues = () => database().indicatorValues.toArray();

export const getIndicator = (id: string) => database().indicators.get(id);

export const indicatorValues = (indicatorId: string) =>
  database().indicatorValues.where('indicatorId').equals(indicatorId).sortBy('period');

export const listConflicts = () => database().conflicts.orderBy('at').toArray();
