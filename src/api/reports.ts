/**
 * The quarterly performance summary's export, from the page: the file is made in a worker (so the
 * page answers clicks throughout and the export can be cancelled), then audited, then handed over,
 * so no export leaves without its audit entry.
 */
import { database } from '../db/connection';
import { recordExport } from '../db/commands/exports';
import { quarterKeyLabel, type QuarterKey } from '../domain/quarters';
import { formatName, type ExportFormat, type ExportStep } from '../domain/report/formats';
import type { ExportFile } from '../lib/export/quarterlySummary';
import type { SummaryMessage, SummaryRequest } from './quarterSummary';
import { askWorker } from './workerCall';

export interface ExportOptions {
  /** Told as each step starts. */
  readonly onStep?: (step: ExportStep) => void;
  /** Ends the export before it is recorded; nothing is recorded or handed over. */
  readonly signal?: AbortSignal;
  /**
   * Makes the file; the export worker unless a test gives another (Node has neither workers nor
   * canvases: tests call `makeQuarterSummary` on their own thread with a chart renderer of theirs).
   */
  readonly make?: SummaryMaker;
}

export type SummaryMaker = (
  request: SummaryRequest,
  onStep: (step: ExportStep) => void,
  signal: AbortSignal | undefined,
) => Promise<ExportFile>;

const makeInWorker: SummaryMaker = async (request, onStep, signal) => {
  const worker = new Worker(new URL('./summaryWorker.ts', import.meta.url), { type: 'module' });
  const cancelled = new Promise<never>((_, reject) =>
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true }),
  );
  try {
    return await Promise.race([
      askWorker<SummaryMessage, ExportFile>(worker, request, (message) => {
        if (message.kind === 'done') return message.file;
        onStep(message.step);
        return undefined;
      }),
      cancelled,
    ]);
  } finally {
    worker.terminate();
  }
};

/** Makes one export of a quarter's summary and records it in the audit trail. */
export async function exportQuarterSummary(
  quarter: QuarterKey,
  format: ExportFormat,
  { onStep = () => undefined, signal, make = makeInWorker }: ExportOptions = {},
): Promise<ExportFile> {
  signal?.throwIfAborted();
  const request = {
    database: database().name,
    quarter,
    format,
    producedAt: new Date().toISOString(),
  };
  const file = await make(request, onStep, signal);
  signal?.throwIfAborted();
  onStep('recording');
  await recordExport(
    'snapshot',
    quarter,
    `the ${quarterKeyLabel(quarter)} summary${file.draft ? ' (draft)' : ''} as ${formatName(format)}`,
    {
      format,
      file: file.name,
      bytes: file.blob.size,
      draft: file.draft,
      hash: file.hash,
    },
  );
  return file;
}
