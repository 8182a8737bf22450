/**
 * The record worker: reads a closed quarter's record (about 15 MB at 20,000 actions), checks it
 * against its SHA-256 and sends the page only what it shows (`closedRecord.ts`).
 */
import { openDatabaseNamed } from '../db/connection';
import { showHere, type RecordReply, type RecordRequest } from './closedRecord';
import { failureOf } from './workerFailure';

const say = (reply: RecordReply) => self.postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<RecordRequest>) => {
  try {
    openDatabaseNamed(data.database);
    say({ kind: 'shown', shown: await showHere(data) });
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
