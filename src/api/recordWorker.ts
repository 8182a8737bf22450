/**
 * The record worker: reads a closed quarter's record (about 15 MB at 20,000 actions), checks it
 * against its SHA-256 and sends the page only what it shows (`closedRecord.ts`). It keeps the last
 * record it checked while it stays: a record is never changed (a quarter reopened and closed again
 * has a new record, with its own id and SHA-256), so the next question about it is answered
 * without reading and checking it again.
 */
import { openDatabaseNamed } from '../db/connection';
import { checkedContent, shown, type RecordReply, type RecordRequest } from './closedRecord';
import { failureOf } from './workerFailure';

const say = (reply: RecordReply) => self.postMessage(reply);

let last: { readonly of: string; readonly content: ReturnType<typeof checkedContent> } | null =
  null;

self.onmessage = async ({ data }: MessageEvent<RecordRequest>) => {
  const of = `${data.database} ${data.key.id} ${data.key.hash}`;
  try {
    if (last?.of !== of) {
      openDatabaseNamed(data.database);
      last = { of, content: checkedContent(data.key) };
    }
    say({ kind: 'shown', shown: shown(data, await last.content) });
  } catch (error) {
    last = null;
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
