/**
 * The export worker: makes one summary file off the page's thread, saying each step as it starts.
 * The page starts a worker per export and ends it to cancel.
 */
import { openDatabaseNamed } from '../db/connection';
import { makeQuarterSummary, type SummaryMessage, type SummaryRequest } from './quarterSummary';

const say = (message: SummaryMessage) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<SummaryRequest>) => {
  try {
    openDatabaseNamed(data.database);
    say({
      kind: 'done',
      file: await makeQuarterSummary(data, (step) => say({ kind: 'step', step })),
    });
  } catch (error) {
    // The page words it for people, as it does any failure.
    say({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
