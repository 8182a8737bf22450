/**
 * Reading a chosen spreadsheet (an action tracker, a completed return) in a worker, so that the
 * page answers while exceljs parses a 2,000-row workbook. Where there are no workers (the tests'
 * DOM), it is read on the page, by the same code.
 */
import type { ReadOptions, SheetResult } from '../lib/spreadsheet';
import { askWorker } from './workerCall';
import type { WorkerFailure } from './workerFailure';

export interface SpreadsheetRequest {
  readonly file: File;
  readonly options: ReadOptions;
}

export type SpreadsheetReply =
  | { readonly kind: 'read'; readonly result: SheetResult }
  | { readonly kind: 'failed'; readonly failure: WorkerFailure };

export async function readSpreadsheetOffPage(
  file: File,
  options: ReadOptions,
): Promise<SheetResult> {
  if (typeof Worker === 'undefined') {
    const { readSpreadsheet } = await import('../lib/spreadsheet');
    return readSpreadsheet(file, options);
  }
  const worker = new Worker(new URL('./spreadsheetWorker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    const request: SpreadsheetRequest = { file, options };
    return await askWorker<SpreadsheetReply, SheetResult>(worker, request, (reply) => reply.result);
  } finally {
    worker.terminate();
  }
}
