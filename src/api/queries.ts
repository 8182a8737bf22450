/**
 * The query layer: one key factory and the queryOptions for every read. Data only changes through
 * commands, so queries never go stale by time (staleTime: Infinity); each command's mutation
 * invalidates what it changed.
 */
import { liveRecordKeys } from '../db/quarterFigures';
import { queryOptions } from '@tanstack/react-query';
import type { EntityType } from '../domain/audit';
import type { AuditFilter } from '../db/auditLog';
import { backupStatus } from '../db/backupStatus';
import * as reads from '../db/reads';

// The audit log's reads and the shared plan's come with writing code (the audit chain, sync):
// loaded when a page asks for them, not with the first screen.
const auditLog = () => import('../db/auditLog');
const sync = () => import('./sync');

export const keys = {
  all: ['workspace'] as const,
  settings: () => [...keys.all, 'settings'] as const,
  bodies: () => [...keys.all, 'bodies'] as const,
  recommendations: () => [...keys.all, 'recommendations'] as const,
  recommendation: (number: number) => [...keys.recommendations(), number] as const,
  swot: () => [...keys.all, 'swot'] as const,
  strategicTool: () => [...keys.all, 'strategic-tool'] as const,
  objectives: () => [...keys.all, 'objectives'] as const,
  overview: () => [...keys.all, 'overview'] as const,
  actions: () => [...keys.all, 'actions'] as const,
  action: (ref: string) => [...keys.actions(), 'by-ref', ref] as const,
  updates: (quarter: string) => [...keys.all, 'updates', 'quarter', quarter] as const,
  actionUpdates: (actionId: string) => [...keys.all, 'updates', 'action', actionId] as const,
  snapshots: () => [...keys.all, 'snapshots'] as const,
  /** What is said of a quarter if it is closed (who, when, version, SHA-256). */
  closedQuarter: (quarter: string) => [...keys.snapshots(), 'closed', quarter] as const,
  /** A quarter's picture; under 'updates' so that saving an update refreshes it. */
  picture: () => [...keys.all, 'updates', 'picture'] as const,
  indicators: () => [...keys.all, 'indicators'] as const,
  indicator: (id: string) => [...keys.indicators(), id] as const,
  audit: () => [...keys.all, 'audit'] as const,
  conflicts: () => [...keys.all, 'conflicts'] as const,
  /** What this browser holds, counted for joining or first setup. */
  localCounts: () => [...keys.all, 'local-counts'] as const,
  /** Where the shared plan's server stands: not this browser's data, so outside the workspace. */
  server: () => ['shared-plan-server'] as const,
  history: (entityType: EntityType, entityId: string) =>
    [...keys.all, 'history', entityType, entityId] as const,
};

/** Whether a backup is due; under the audit key, so every command refreshes it. */
export const backupStatusQuery = () =>
  queryOptions({
    queryKey: [...keys.audit(), 'backup-status'],
    queryFn: () => backupStatus(),
  });

export const settingsQuery = () =>
  queryOptions({
    queryKey: keys.settings(),
    queryFn: async () => (await reads.getSettings()) ?? null,
  });

export const bodiesQuery = () =>
  queryOptions({ queryKey: keys.bodies(), queryFn: reads.listBodies });

export const recommendationsQuery = () =>
  queryOptions({ queryKey: keys.recommendations(), queryFn: reads.listRecommendations });

export const recommendationQuery = (number: number) =>
  queryOptions({
    queryKey: keys.recommendation(number),
    queryFn: async () => (await reads.getRecommendation(number)) ?? null,
  });

export const swotQuery = () =>
  queryOptions({ queryKey: keys.swot(), queryFn: reads.listSwotItems });

export const strategicToolQuery = () =>
  queryOptions({
    queryKey: keys.strategicTool(),
    queryFn: async () => {
      const [rows, themes] = await Promise.all([reads.listFourPRows(), reads.listThemes()]);
      return { rows, themes };
    },
  });

export const objectivesQuery = () =>
  queryOptions({ queryKey: keys.objectives(), queryFn: reads.listObjectives });

export const overviewQuery = () =>
  queryOptions({ queryKey: keys.overview(), queryFn: reads.overviewCounts });
export type OverviewCounts = Awaited<ReturnType<typeof reads.overviewCounts>>;

export const historyQuery = (entityType: EntityType, entityId: string) =>
  queryOptions({
    queryKey: keys.history(entityType, entityId),
    queryFn: () => reads.entityHistory(entityType, entityId),
  });

/**
 * Lists of every row of a kind (20,000 actions, or a quarter's 20,000 updates, at 100x) are kept
 * as read, without TanStack Query's structural sharing. Every command has them read again, and
 * comparing each row with the one held before, to keep those that did not change, held the page's
 * thread for 100-230 ms in one task at 100x. A page's workings over such a list are done again
 * instead, as they are whenever one row of it changes.
 */
const AS_READ = { structuralSharing: false } as const;

export const actionsQuery = () =>
  queryOptions({ queryKey: keys.actions(), queryFn: reads.listActions, ...AS_READ });

export const demoActionCountQuery = () =>
  queryOptions({ queryKey: [...keys.actions(), 'demo count'], queryFn: reads.demoActionCount });

export const actionQuery = (ref: string) =>
  queryOptions({
    queryKey: keys.action(ref.toUpperCase()),
    queryFn: async () => (await reads.getActionByRef(ref)) ?? null,
  });

export const quarterUpdatesQuery = (quarter: string) =>
  queryOptions({
    queryKey: keys.updates(quarter),
    queryFn: () => reads.updatesForQuarter(quarter),
    ...AS_READ,
  });

/** Every query but the update lists of quarters other than `quarter` (see `keys.updates`). */
export const exceptOtherQuartersUpdates =
  (quarter: string) =>
  ({ queryKey: [, kind, list, which] }: { readonly queryKey: readonly unknown[] }) =>
    !(kind === 'updates' && list === 'quarter' && which !== quarter);

export const actionUpdatesQuery = (actionId: string) =>
  queryOptions({
    queryKey: keys.actionUpdates(actionId),
    queryFn: () => reads.updatesForAction(actionId),
  });

/** The live records' quarters, versions and hashes, from the indexes: no record is read. */
export const liveRecordsQuery = () =>
  queryOptions({ queryKey: [...keys.snapshots(), 'live'], queryFn: () => liveRecordKeys() });

export const auditPageQuery = (filter: AuditFilter, cursor: { before?: number; after?: number }) =>
  queryOptions({
    queryKey: [...keys.audit(), 'page', filter, cursor],
    queryFn: async () => (await auditLog()).auditPage(filter, cursor),
  });

export const auditActorsQuery = () =>
  queryOptions({
    queryKey: [...keys.audit(), 'actors'],
    queryFn: async () => (await auditLog()).auditActors(),
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: keys.indicators(),
    queryFn: async () => {
      const [indicators, values] = await Promise.all([
        reads.listIndicators(),
        reads.listIndicatorValues(),
      ]);
      return { indicators: [...indicators].sort((a, b) => a.name.localeCompare(b.name)), values };
    },
  });

export const indicatorQuery = (id: string) =>
  queryOptions({
    queryKey: keys.indicator(id),
    queryFn: async () => {
      const [indicator, values] = await Promise.all([
        reads.getIndicator(id),
        reads.indicatorValues(id),
      ]);
      return indicator ? { indicator, values } : null;
    },
  });

/** Changes the shared plan did not take, oldest first. */
export const conflictsQuery = () =>
  queryOptions({ queryKey: keys.conflicts(), queryFn: reads.listConflicts });

export const localWorkspaceCountsQuery = () =>
  queryOptions({
    queryKey: keys.localCounts(),
    queryFn: async () => (await sync()).localWorkspaceCounts(),
  });

export const serverWorkspaceQuery = () =>
  queryOptions({ queryKey: keys.server(), queryFn: async () => (await sync()).serverWorkspace() });
