/**
 * The draft worker: works a draft's figures out (every action and the quarter's updates read, the
 * record built, its figures worked out) and keeps them, off the page's thread. The page is sent
 * the figures, a few hundred kilobytes, never the plan; then the worker keeps them, says so, keeps
 * the rows it read (`draftSources.ts`) and closes. It starts reading as soon as it is asked; the
 * previous closed quarter's figures, which the page may still be reading, follow in a second
 * message. A worker started ahead of any asking (`draftWorkerStart.ts`) opens the database and
 * reads the kept sources meanwhile.
 */
import { database, openDatabaseNamed } from '../db/connection';
import { readAheadKeptSources, type KeptSourcesRow } from '../db/draftSources';
import type { QuarterFiguresRecord } from '../domain/quarterFigures';
import {
  workOutDraftHere,
  type DraftPrevious,
  type DraftReply,
  type DraftRequest,
  type DraftWarm,
} from './draftFigures';
import { failureOf } from './workerFailure';

const say = (reply: DraftReply) => self.postMessage(reply);

let givePrevious: (previous: QuarterFiguresRecord | undefined) => void = () => undefined;
const previous = new Promise<QuarterFiguresRecord | undefined>((resolve) => {
  givePrevious = resolve;
});

/** The database opened ahead, once open (`draftWorkerStart.ts`); null if none, or it failed. */
let warming: Promise<string | null> = Promise.resolve(null);
/** The kept sources, read ahead once the database is open. */
let readAhead: Promise<KeptSourcesRow | undefined> = Promise.resolve(undefined);

/** Started ahead: the database is opened, and the kept sources read, while nothing is asked yet. */
function warmUp(name: string): void {
  const db = openDatabaseNamed(name);
  // If it cannot open now, it is opened again for the draft, whose failure is then said.
  warming = db.open().then(
    () => name,
    () => null,
  );
  // Only a head start: if they cannot be read now, the draft reads them.
  readAhead = warming.then((opened) =>
    opened ? readAheadKeptSources(db).catch(() => undefined) : undefined,
  );
}

self.onmessage = async ({ data }: MessageEvent<DraftRequest | DraftPrevious | DraftWarm>) => {
  if ('warm' in data) {
    warmUp(data.warm);
    return;
  }
  if ('previous' in data) {
    givePrevious(data.previous);
    return;
  }
  try {
    // Opened ahead, and not closed since (a newer version of the app upgrading it closes it).
    const warmed = await warming;
    if (warmed !== data.database || !database().isOpen()) openDatabaseNamed(data.database);
    const { figures, keepFigures, keepSources } = await workOutDraftHere(
      data.quarter,
      previous,
      data.kept,
      warmed === data.database ? readAhead : undefined,
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
