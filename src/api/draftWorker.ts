/**
 * The draft worker: works a draft's figures out (every action and the quarter's updates read, the
 * record built, its figures worked out) and keeps them, off the page's thread. The page is sent
 * the figures, a few hundred kilobytes, never the plan; then the worker keeps them, says so, keeps
 * the rows it read (`draftSources.ts`) and closes. It starts reading as soon as it is asked; the
 * previous closed quarter's figures, which the page may still be reading, follow in a second
 * message.
 */
import { openDatabaseNamed } from '../db/connection';
import type { QuarterFiguresRecord } from '../domain/quarterFigures';
import {
  workOutDraftHere,
  type DraftPrevious,
  type DraftReply,
  type DraftRequest,
} from './draftFigures';
import { failureOf } from './workerFailure';

const say = (reply: DraftReply) => self.postMessage(reply);

let givePrevious: (previous: QuarterFiguresRecord | undefined) => void = () => undefined;
const previous = new Promise<QuarterFiguresRecord | undefined>((resolve) => {
  givePrevious = resolve;
});

self.onmessage = async ({ data }: MessageEvent<DraftRequest | DraftPrevious>) => {
  if ('previous' in data) {
    givePrevious(data.previous);
    return;
  }
  try {
    openDatabaseNamed(data.database);
    const { figures, keepFigures, keepSources } = await workOutDraftHere(
      data.quarter,
      previous,
      data.kept,
    );
    say({ kind: 'figures', figures });
    await keepFigures();
    say({ kind: 'kept' });
    await keepSources();
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  } finally {
    self.close();
  }
};
