/**
 * The quarter-closing worker: reads the quarter, builds and hashes its record and stores it, in
 * one transaction, off the page's thread. At 20,000 actions the record is about 15 MB, and the
 * browser copies it as it is stored in one step: here that step holds up no click or key. The
 * page is told only what it shows.
 */
import { setSignedInActor } from '../db/command';
import { leaveAnnouncingToThePage, openDatabaseNamed } from '../db/connection';
import {
  closeQuarterHere,
  loadCloseCode,
  type CloseReply,
  type CloseRequest,
  type PrepareToClose,
} from './quarterClosing';
import { failureOf } from './workerFailure';

const say = (reply: CloseReply) => self.postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<CloseRequest | PrepareToClose>) => {
  if ('prepare' in data) {
    // A failure to load is the close's to report, when it is asked for.
    await loadCloseCode().catch(() => undefined);
    return;
  }
  try {
    openDatabaseNamed(data.database);
    leaveAnnouncingToThePage();
    setSignedInActor(data.actor);
    say({ kind: 'closed', closed: await closeQuarterHere(data.quarter) });
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
