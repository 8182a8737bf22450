/**
 * The quarter-closing worker: reads the quarter, builds and hashes its record and stores it, in
 * one transaction, off the page's thread. At 20,000 actions the record is about 15 MB, and the
 * browser copies it as it is stored in one step: here that step holds up no click or key. The
 * page is told only what it shows. Started as the confirmation opens, it works the record out
 * while the person reads; the close uses that record if nothing it is made from was written since.
 */
import { setSignedInActor } from '../db/command';
import type { PreparedRecord } from '../db/commands/closingRecord';
import { leaveAnnouncingToThePage, openDatabaseNamed } from '../db/connection';
import {
  closeQuarterHere,
  prepareCloseHere,
  type CloseReply,
  type CloseRequest,
  type PrepareToClose,
} from './quarterClosing';
import { failureOf } from './workerFailure';

const say = (reply: CloseReply) => self.postMessage(reply);

/** The database this worker has open: the page's. */
let opened: string | null = null;

function openThePagesDatabase(name: string) {
  if (opened === name) return;
  openDatabaseNamed(name);
  leaveAnnouncingToThePage();
  opened = name;
}

/** The record worked out as the confirmation opened, or being worked out. */
let prepared: Promise<PreparedRecord | null> = Promise.resolve(null);

self.onmessage = async ({ data }: MessageEvent<CloseRequest | PrepareToClose>) => {
  if ('prepare' in data) {
    openThePagesDatabase(data.database);
    // A record that cannot be worked out now is the close's to work out, or to say why not.
    prepared = prepareCloseHere(data.quarter).catch(() => null);
    return;
  }
  try {
    openThePagesDatabase(data.database);
    setSignedInActor(data.actor);
    say({ kind: 'closed', closed: await closeQuarterHere(data.quarter, await prepared) });
  } catch (error) {
    say({ kind: 'failed', failure: failureOf(error) });
  }
};
