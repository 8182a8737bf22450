/**
 * The spreadsheet worker: reads one chosen file (checked, unzipped, parsed by exceljs or Papa
 * Parse) off the page's thread. A 2,000-row return took the page's thread for seconds.
 */
import { readSpreadsheet } from '../lib/spreadsheet';
import type { SpreadsheetReply, SpreadsheetRequest } from './spreadsheets';
import { failureOf } from './workerFailure';

const say = (reply: SpreadsheetReply) => self.postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<SpreadsheetRequest>) => {
  try {
    say({ kind: 'read', result: await readSpreadsheet(data.file, data.options) });
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
