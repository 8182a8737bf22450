/**
 * The export worker: makes one summary file off the page's thread, saying each step as it starts.
 * The page starts a worker per export and ends it to cancel.
 */
import { openDatabaseNamed } from '../db/connection';
import { makeQuarterSummary, type SummaryMessage, type SummaryRequest } from './quarterSummary';
import { failureOf } from './workerFailure';

const say = (message: SummaryMessage) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<SummaryRequest>) => {
  try {
    openDatabaseNamed(data.database);
    say({
      kind: 'done',
      file: await makeQuarterSummary(data, (step) => say({ kind: 'step', step })),
    });
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
