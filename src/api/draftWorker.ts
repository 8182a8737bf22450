/**
 * The draft worker: works a draft's figures out (every action and the quarter's updates read, the
 * record built, its figures worked out) and keeps them, off the page's thread. The page is sent
 * the figures, a few hundred kilobytes, never the plan; then the worker keeps the rows it read
 * (`draftSources.ts`) and closes.
 */
import { openDatabaseNamed } from '../db/connection';
import { workOutDraftHere, type DraftReply, type DraftRequest } from './draftFigures';
import { failureOf } from './workerFailure';

const say = (reply: DraftReply) => self.postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<DraftRequest>) => {
  try {
    openDatabaseNamed(data.database);
    const { figures, keepSources } = await workOutDraftHere(data.quarter, data.previous);
    say({ kind: 'figures', figures });
    await keepSources();
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  } finally {
    self.close();
  }
};
