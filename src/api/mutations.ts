/**
 * One mutation hook per command. After any committed command every read of the workspace
 * refetches (one rule, as when another tab announces a change), so no screen is left showing what
 * a command changed; only an export or a backup, which add to the audit trail and nothing else, say
 * so and spare the page rebuilding the quarter's figures. After the first successful change the app asks
 * the browser to keep its storage.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
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
  saveUpdate,
  setReportingQuarter,
  startFinancialYear,
} from '../db/commands/quarters';
import { reopenQuarter } from '../db/commands/closeQuarter';
import { closeQuarterOffPage } from './quarterClosing';
import { setBackupReminder } from '../db/commands/backupReminder';
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
import { exportQuarterSummary, type ExportOptions } from './reports';
import { makeBackup, type CheckedBackup } from './backups';
import { setRecommendationResponse } from '../db/commands/recommendations';
import type { QuarterKey } from '../domain/quarters';
import type { UpdateInput } from '../domain/updates';
import type { ActionInput } from '../domain/actionRules';
import type { ImportedRow } from '../domain/actionImport';
import { todayIso } from '../domain/dates';
import { resetWorkspace, updateSettings, type SettingsInput } from '../db/commands/workspace';
import { requestPersistentStorageOnce } from '../lib/storage';
import { keys } from './queries';
import { resolveConflict } from '../db/commands/conflicts';
import type { ConflictChoice } from '../domain/conflicts';

/** What a command that only adds to the audit trail (an export, a backup) makes stale. */
const AUDIT_TRAIL_ONLY = [keys.audit(), [...keys.all, 'history']];

function useCommand<Input, Output>(
  command: (input: Input) => Promise<Output>,
  /** What the command can change; the whole workspace unless it says less. */
  changes: readonly (readonly string[])[] = [keys.all],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: command,
    onSuccess: async () => {
      void requestPersistentStorageOnce();
      await Promise.all(changes.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

export const useSetRecommendationResponse = () =>
  useCommand((input: { number: number; response: string; note: string }) =>
    setRecommendationResponse(input.number, input.response, input.note),
  );

export const useUpdateSettings = () => useCommand((input: SettingsInput) => updateSettings(input));

export const useResetWorkspace = () =>
  useCommand((confirmation: string) => resetWorkspace(confirmation));

export const useCreateAction = () => useCommand((input: ActionInput) => createAction(input));

export const useUpdateAction = () =>
  useCommand((input: { id: string; action: ActionInput }) => updateAction(input.id, input.action));

export const useArchiveAction = () => useCommand((id: string) => archiveAction(id));

export const useRestoreAction = () => useCommand((id: string) => restoreAction(id));

export const useImportActions = () =>
  useCommand((input: { rows: readonly ImportedRow[]; fileName: string }) =>
    importActions(input.rows, input.fileName),
  );

export const useLoadDemoPlan = () => useCommand(() => loadDemoPlan(todayIso()));

export const useRemoveDemoPlan = () => useCommand(() => removeDemoPlan());

export const useSaveUpdate = () =>
  useCommand((input: { actionId: string; quarter: QuarterKey; update: UpdateInput }) =>
    saveUpdate(input.actionId, input.quarter, input.update),
  );

export const useAcceptReturnUpdates = () =>
  useCommand(
    (input: {
      quarter: QuarterKey;
      updates: readonly { actionId: string; input: UpdateInput }[];
      fileName: string;
    }) => acceptReturnUpdates(input.quarter, input.updates, input.fileName),
  );

export const useCloseQuarter = () =>
  useCommand((quarter: QuarterKey) => closeQuarterOffPage(quarter));

export const useReopenQuarter = () =>
  useCommand((input: { quarter: QuarterKey; reason: string }) =>
    reopenQuarter(input.quarter, input.reason),
  );

export const useStartFinancialYear = () =>
  useCommand((fyStart: number) => startFinancialYear(fyStart));

export const useSetReportingQuarter = () =>
  useCommand((quarter: QuarterKey | null) => setReportingQuarter(quarter));

export const useRecordExport = () =>
  useCommand((input: { what: string; details: Record<string, unknown> }) =>
    recordExport('workspace', input.what, `the ${input.what}`, input.details),
  );

/**
 * Makes one export of a quarter's summary (in a worker, step by step, cancellable until it is
 * recorded); it is audited before it is handed over.
 */
export const useExportQuarterSummary = () =>
  useCommand(
    (
      input: { quarter: QuarterKey; format: ExportFormat } & Pick<
        ExportOptions,
        'onStep' | 'signal'
      >,
    ) => exportQuarterSummary(input.quarter, input.format, input),
    // An export changes nothing but the audit trail: the quarter's figures are not read again.
    AUDIT_TRAIL_ONLY,
  );

/** Made in the backup worker; recorded here. Like an export, it changes only the audit trail. */
export const useCreateBackup = () => useCommand(makeBackup, AUDIT_TRAIL_ONLY);

/** A backup checked in the backup worker replaces the workspace there, in one transaction. */
export const useRestoreBackup = () => useCommand((backup: CheckedBackup) => backup.restore());

export const useSetBackupReminder = () =>
  useCommand((input: { days: string; changes: string }) =>
    setBackupReminder(input.days, input.changes),
  );

export const useCreateIndicator = () =>
  useCommand((input: IndicatorInput) => createIndicator(input));

export const useUpdateIndicator = () =>
  useCommand((input: { id: string; input: IndicatorInput }) =>
    updateIndicator(input.id, input.input),
  );

export const useSaveIndicatorValue = () =>
  useCommand((input: { indicatorId: string; period: string; value: string }) =>
    saveIndicatorValue(input.indicatorId, input.period, input.value),
  );

export const useDeleteIndicatorValue = () =>
  useCommand((input: { indicatorId: string; period: string }) =>
    deleteIndicatorValue(input.indicatorId, input.period),
  );

export const useAddDraftIndicators = () => useCommand(() => addDraftIndicators());

export const useResolveConflict = () =>
  useCommand((input: { id: string; choice: ConflictChoice }) =>
    resolveConflict(input.id, input.choice),
  );
