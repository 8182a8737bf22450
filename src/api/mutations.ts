/**
 * One mutation hook per command (and the close's worker prepared while its confirmation is read,
 * `usePrepareToClose`). After any committed command every read of the workspace
 * refetches (one rule, as when another tab announces a change), so no screen is left showing what
 * a command changed; only an export or a backup (which add to the audit trail and nothing else),
 * closing or reopening a quarter, and writing a quarter's updates (not other quarters' update
 * lists) say less and spare the page reading again what they cannot change. After the first
 * successful change the app asks the browser to keep its storage.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ActionInput } from '../domain/actionRules';
import type { ImportedRow } from '../domain/actionImport';
import type { ConflictChoice } from '../domain/conflicts';
import { todayIso } from '../domain/dates';
import type { IndicatorInput } from '../domain/indicators';
import type { QuarterKey } from '../domain/quarters';
import type { ExportFormat } from '../domain/report/formats';
import type { UpdateInput } from '../domain/updates';
import type { SettingsInput } from '../db/commands/workspace';
import { requestPersistentStorageOnce } from '../lib/storage';
import type { CheckedBackup } from './backups';
import { exceptOtherQuartersUpdates, keys } from './queries';
import type { ExportOptions } from './reports';

// A command's code (with the audit chain's) loads when it first runs, not with the page that
// offers it: opening a page loads what the page shows.
const commands = {
  actions: () => import('../db/commands/actions'),
  backupReminder: () => import('../db/commands/backupReminder'),
  backups: () => import('./backups'),
  closing: () => import('./quarterClosing'),
  conflicts: () => import('../db/commands/conflicts'),
  exports: () => import('../db/commands/exports'),
  indicators: () => import('../db/commands/indicators'),
  quarters: () => import('../db/commands/quarters'),
  recommendations: () => import('../db/commands/recommendations'),
  reopening: () => import('../db/commands/closeQuarter'),
  reports: () => import('./reports'),
  workspace: () => import('../db/commands/workspace'),
};

/** What a command that only adds to the audit trail (an export, a backup) makes stale. */
const AUDIT_TRAIL_ONLY = [keys.audit(), [...keys.all, 'history']];

/**
 * What closing or reopening a quarter makes stale: its records and figures, and the audit trail.
 * No action or update changes, so a round of 20,000 actions is not read again as the close ends.
 */
const QUARTER_RECORDS = [keys.snapshots(), keys.picture(), keys.localCounts(), ...AUDIT_TRAIL_ONLY];

function useCommand<Input, Output>(
  command: (input: Input) => Promise<Output>,
  /**
   * What the command can change; the whole workspace unless it says less: query keys (each with
   * every query below it), or, from the command's input, a test of each query.
   */
  changes:
    | readonly (readonly string[])[]
    | ((input: Input) => (query: { readonly queryKey: readonly unknown[] }) => boolean) = [
    keys.all,
  ],
  /**
   * Whether the command is done only once what it made stale has been read again: by default, so
   * that a screen it leads to shows what it wrote. A command whose answer puts in place what its
   * screen shows (the close) is done as soon as it has committed.
   */
  { waitsForReads = true }: { readonly waitsForReads?: boolean } = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: command,
    onSuccess: async (_output, input) => {
      void requestPersistentStorageOnce();
      const reads =
        typeof changes === 'function'
          ? client.invalidateQueries({ predicate: changes(input) })
          : Promise.all(changes.map((queryKey) => client.invalidateQueries({ queryKey })));
      if (waitsForReads) await reads;
    },
  });
}

/**
 * What writing a quarter's updates makes stale: everything but other quarters' update lists,
 * which it cannot change (a returns page holds last quarter's, 20,000 rows at 100x, to compare).
 */
const QUARTER_UPDATES = (input: { readonly quarter: QuarterKey }) =>
  exceptOtherQuartersUpdates(input.quarter);

export const useSetRecommendationResponse = () =>
  useCommand(async (input: { number: number; response: string; note: string }) =>
    (await commands.recommendations()).setRecommendationResponse(
      input.number,
      input.response,
      input.note,
    ),
  );

export const useUpdateSettings = () =>
  useCommand(async (input: SettingsInput) => (await commands.workspace()).updateSettings(input));

export const useResetWorkspace = () =>
  useCommand(async (confirmation: string) =>
    (await commands.workspace()).resetWorkspace(confirmation),
  );

export const useCreateAction = () =>
  useCommand(async (input: ActionInput) => (await commands.actions()).createAction(input));

export const useUpdateAction = () =>
  useCommand(async (input: { id: string; action: ActionInput }) =>
    (await commands.actions()).updateAction(input.id, input.action),
  );

export const useArchiveAction = () =>
  useCommand(async (id: string) => (await commands.actions()).archiveAction(id));

export const useRestoreAction = () =>
  useCommand(async (id: string) => (await commands.actions()).restoreAction(id));

export const useImportActions = () =>
  useCommand(async (input: { rows: readonly ImportedRow[]; fileName: string }) =>
    (await commands.actions()).importActions(input.rows, input.fileName),
  );

export const useLoadDemoPlan = () =>
  useCommand(async () => (await commands.actions()).loadDemoPlan(todayIso()));

export const useRemoveDemoPlan = () =>
  useCommand(async () => (await commands.actions()).removeDemoPlan());

export const useSaveUpdate = () =>
  useCommand(
    async (input: { actionId: string; quarter: QuarterKey; update: UpdateInput }) =>
      (await commands.quarters()).saveUpdate(input.actionId, input.quarter, input.update),
    QUARTER_UPDATES,
  );

export const useAcceptReturnUpdates = () =>
  useCommand(
    async (input: {
      quarter: QuarterKey;
      updates: readonly { actionId: string; input: UpdateInput }[];
      fileName: string;
    }) =>
      (await commands.quarters()).acceptReturnUpdates(input.quarter, input.updates, input.fileName),
    QUARTER_UPDATES,
  );

/**
 * Closing a quarter: the round says it is closed as soon as the close has committed, from the
 * facts the close answers (those of the record it stored), and the close is done then, while what
 * it made stale is read again (about a quarter of a second at 20,000 actions).
 */
export function useCloseQuarter() {
  const client = useQueryClient();
  return useCommand(
    async (quarter: QuarterKey) => {
      const closed = await (await commands.closing()).closeQuarterOffPage(quarter);
      client.setQueryData(keys.closedQuarter(quarter), closed);
      return closed;
    },
    QUARTER_RECORDS,
    { waitsForReads: false },
  );
}

/**
 * While the confirmation to close `quarter` is open (null when it is not), the close's worker is
 * started and works out the quarter's record (`prepareToClose`); let go if it closes unconfirmed.
 */
export function usePrepareToClose(quarter: QuarterKey | null): void {
  useEffect(() => {
    if (!quarter) return;
    let letGo: (() => void) | undefined;
    let over = false;
    void commands
      .closing()
      .then((closing) => {
        if (!over) letGo = closing.prepareToClose(quarter);
      })
      // Nothing to say yet: a close confirmed loads the code again, and says why if it cannot.
      .catch(() => undefined);
    return () => {
      over = true;
      letGo?.();
    };
  }, [quarter]);
}

export const useReopenQuarter = () =>
  useCommand(
    async (input: { quarter: QuarterKey; reason: string }) =>
      (await commands.reopening()).reopenQuarter(input.quarter, input.reason),
    QUARTER_RECORDS,
  );

export const useStartFinancialYear = () =>
  useCommand(async (fyStart: number) => (await commands.quarters()).startFinancialYear(fyStart));

export const useSetReportingQuarter = () =>
  useCommand(async (quarter: QuarterKey | null) =>
    (await commands.quarters()).setReportingQuarter(quarter),
  );

export const useRecordExport = () =>
  useCommand(async (input: { what: string; details: Record<string, unknown> }) =>
    (await commands.exports()).recordExport(
      'workspace',
      input.what,
      `the ${input.what}`,
      input.details,
    ),
  );

/**
 * Makes one export of a quarter's summary (in a worker, step by step, cancellable until it is
 * recorded); it is audited before it is handed over.
 */
export const useExportQuarterSummary = () =>
  useCommand(
    async (
      input: { quarter: QuarterKey; format: ExportFormat } & Pick<
        ExportOptions,
        'onStep' | 'signal'
      >,
    ) => (await commands.reports()).exportQuarterSummary(input.quarter, input.format, input),
    // An export changes nothing but the audit trail: the quarter's figures are not read again.
    AUDIT_TRAIL_ONLY,
  );

/** Made in the backup worker; recorded here. Like an export, it changes only the audit trail. */
export const useCreateBackup = () =>
  useCommand(async () => (await commands.backups()).makeBackup(), AUDIT_TRAIL_ONLY);

/** A backup checked in the backup worker replaces the workspace there, in one transaction. */
export const useRestoreBackup = () => useCommand((backup: CheckedBackup) => backup.restore());

export const useSetBackupReminder = () =>
  useCommand(async (input: { days: string; changes: string }) =>
    (await commands.backupReminder()).setBackupReminder(input.days, input.changes),
  );

export const useCreateIndicator = () =>
  useCommand(async (input: IndicatorInput) => (await commands.indicators()).createIndicator(input));

export const useUpdateIndicator = () =>
  useCommand(async (input: { id: string; input: IndicatorInput }) =>
    (await commands.indicators()).updateIndicator(input.id, input.input),
  );

export const useSaveIndicatorValue = () =>
  useCommand(async (input: { indicatorId: string; period: string; value: string }) =>
    (await commands.indicators()).saveIndicatorValue(input.indicatorId, input.period, input.value),
  );

export const useDeleteIndicatorValue = () =>
  useCommand(async (input: { indicatorId: string; period: string }) =>
    (await commands.indicators()).deleteIndicatorValue(input.indicatorId, input.period),
  );

export const useAddDraftIndicators = () =>
  useCommand(async () => (await commands.indicators()).addDraftIndicators());

export const useResolveConflict = () =>
  useCommand(async (input: { id: string; choice: ConflictChoice }) =>
    (await commands.conflicts()).resolveConflict(input.id, input.choice),
  );
