/**
 * One mutation hook per command. Each invalidates the queries its command changes; after the
 * first successful change the app asks the browser to keep its storage.
 */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import {
  archiveAction,
  createAction,
  importActions,
  loadDemoPlan,
  removeDemoPlan,
  restoreAction,
  updateAction,
} from '../db/commands/actions';
import {
  acceptReturnUpdates,
  closeQuarter,
  reopenQuarter,
  saveUpdate,
  setReportingQuarter,
  startFinancialYear,
} from '../db/commands/quarters';
import { setBackupReminder } from '../db/backupStatus';
import { recordExport } from '../db/commands/exports';
import {
  addDraftIndicators,
  createIndicator,
  deleteIndicatorValue,
  saveIndicatorValue,
  updateIndicator,
} from '../db/commands/indicators';
import type { IndicatorInput } from '../domain/indicators';
import type { ExportFormat } from '../domain/report/formats';
import { exportQuarterSummary } from './reports';
import type { Backup } from '../domain/backup';
import { setRecommendationResponse } from '../db/commands/recommendations';
import type { QuarterKey } from '../domain/quarters';
import type { UpdateInput } from '../domain/updates';
import type { ActionInput } from '../domain/actionRules';
import type { ImportedRow } from '../domain/actionImport';
import { todayIso } from '../domain/dates';
import { resetWorkspace, updateSettings, type SettingsInput } from '../db/commands/workspace';
import { requestPersistentStorageOnce } from '../lib/storage';
import { keys } from './queries';

function useCommand<Input, Output>(
  command: (input: Input) => Promise<Output>,
  invalidates: (input: Input) => QueryKey[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: command,
    onSuccess: async (_output, input) => {
      void requestPersistentStorageOnce();
      // Every command writes an audit entry, so the audit views are refreshed too.
      await Promise.all(
        [...invalidates(input), keys.audit()].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}

export const useSetRecommendationResponse = () =>
  useCommand(
    (input: { number: number; response: string; note: string }) =>
      setRecommendationResponse(input.number, input.response, input.note),
    (input) => [
      keys.recommendations(),
      keys.overview(),
      keys.picture(),
      keys.history('recommendation', String(input.number)),
    ],
  );

export const useUpdateSettings = () =>
  useCommand(
    (input: SettingsInput) => updateSettings(input),
    () => [keys.settings()],
  );

export const useResetWorkspace = () =>
  useCommand(
    (confirmation: string) => resetWorkspace(confirmation),
    () => [keys.all],
  );

/** Everything an action change can alter: plans, the strategic tool, recommendation pages, history. */
const actionKeys = (): QueryKey[] => [
  keys.actions(),
  keys.overview(),
  keys.picture(),
  [...keys.all, 'history', 'action'],
];

export const useCreateAction = () =>
  useCommand((input: ActionInput) => createAction(input), actionKeys);

export const useUpdateAction = () =>
  useCommand(
    (input: { id: string; action: ActionInput }) => updateAction(input.id, input.action),
    actionKeys,
  );

export const useArchiveAction = () => useCommand((id: string) => archiveAction(id), actionKeys);

export const useRestoreAction = () => useCommand((id: string) => restoreAction(id), actionKeys);

export const useImportActions = () =>
  useCommand(
    (input: { rows: readonly ImportedRow[]; fileName: string }) =>
      importActions(input.rows, input.fileName),
    actionKeys,
  );

export const useLoadDemoPlan = () => useCommand(() => loadDemoPlan(todayIso()), actionKeys);

export const useRemoveDemoPlan = () => useCommand(() => removeDemoPlan(), actionKeys);

/** An update or a quarter's closing changes the round, the plans (latest RAG) and the snapshots. */
const cycleKeys = (): QueryKey[] => [
  [...keys.all, 'updates'],
  keys.actions(),
  keys.snapshots(),
  keys.overview(),
  [...keys.all, 'history'],
];

export const useSaveUpdate = () =>
  useCommand(
    (input: { actionId: string; quarter: QuarterKey; update: UpdateInput }) =>
      saveUpdate(input.actionId, input.quarter, input.update),
    cycleKeys,
  );

export const useAcceptReturnUpdates = () =>
  useCommand(
    (input: {
      quarter: QuarterKey;
      updates: readonly { actionId: string; input: UpdateInput }[];
      fileName: string;
    }) => acceptReturnUpdates(input.quarter, input.updates, input.fileName),
    cycleKeys,
  );

export const useCloseQuarter = () =>
  useCommand((quarter: QuarterKey) => closeQuarter(quarter), cycleKeys);

export const useReopenQuarter = () =>
  useCommand(
    (input: { quarter: QuarterKey; reason: string }) => reopenQuarter(input.quarter, input.reason),
    cycleKeys,
  );

export const useStartFinancialYear = () =>
  useCommand(
    (fyStart: number) => startFinancialYear(fyStart),
    () => [keys.objectives(), ...actionKeys()],
  );

export const useSetReportingQuarter = () =>
  useCommand(
    (quarter: QuarterKey | null) => setReportingQuarter(quarter),
    () => [keys.settings()],
  );

export const useRecordExport = () =>
  useCommand(
    (input: { what: string; details: Record<string, unknown> }) =>
      recordExport('workspace', input.what, `the ${input.what}`, input.details),
    () => [],
  );

/** Makes one export of a quarter's summary; it is audited before it is handed over. */
export const useExportQuarterSummary = () =>
  useCommand(
    (input: { quarter: QuarterKey; format: ExportFormat }) =>
      exportQuarterSummary(input.quarter, input.format),
    () => [],
  );

export const useCreateBackup = () =>
  useCommand(
    // The backup code (and the row schemas it checks with) loads only when it is used.
    async () => (await import('../db/backup')).createBackup(),
    () => [keys.settings()],
  );

export const useRestoreBackup = () =>
  useCommand(
    async (backup: Backup) => (await import('../db/backup')).restoreBackup(backup),
    () => [keys.all],
  );

export const useSetBackupReminder = () =>
  useCommand(
    (input: { days: string; changes: string }) => setBackupReminder(input.days, input.changes),
    () => [keys.settings()],
  );

export const useCreateIndicator = () =>
  useCommand(
    (input: IndicatorInput) => createIndicator(input),
    () => [keys.indicators()],
  );

export const useUpdateIndicator = () =>
  useCommand(
    (input: { id: string; input: IndicatorInput }) => updateIndicator(input.id, input.input),
    () => [keys.indicators()],
  );

export const useSaveIndicatorValue = () =>
  useCommand(
    (input: { indicatorId: string; period: string; value: string }) =>
      saveIndicatorValue(input.indicatorId, input.period, input.value),
    () => [keys.indicators()],
  );

export const useDeleteIndicatorValue = () =>
  useCommand(
    (input: { indicatorId: string; period: string }) =>
      deleteIndicatorValue(input.indicatorId, input.period),
    () => [keys.indicators()],
  );

export const useAddDraftIndicators = () =>
  useCommand(
    () => addDraftIndicators(),
    () => [keys.indicators()],
  );
