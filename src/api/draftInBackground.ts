/**
 * After a change (a command in this tab, or the shared plan's rows arriving), the reporting
 * quarter's figures are worked out again once the page has been quiet for a moment (in the draft
 * worker for a large plan), so that the next view of them finds them kept (decision 0015) instead
 * of reading the whole plan while someone waits.
 */
import { onCommitted } from '../db/connection';
import * as reads from '../db/reads';
import { todayIso } from '../domain/dates';
import { quarterKey } from '../domain/quarters';
import { reportingQuarterOf } from '../domain/workspace';
import { loadScrutinyPicture } from './quarterPicture';

/** Long enough for a run of saves (a round's updates) to make one working out, not one each. */
const QUIET_MS = 2_000;

let timer: ReturnType<typeof setTimeout> | undefined;

async function workOutTheReportingQuarter(): Promise<void> {
  const settings = await reads.getSettings();
  await loadScrutinyPicture(quarterKey(reportingQuarterOf(settings, todayIso())));
}

/** Works the reporting quarter's figures out once nothing has changed for a moment. */
export function workOutDraftSoon(): void {
  clearTimeout(timer);
  // Nothing is lost if it fails: the next view works the figures out itself.
  timer = setTimeout(() => void workOutTheReportingQuarter().catch(() => undefined), QUIET_MS);
}

/** Starts working the figures out after each of this tab's commands; returns how to stop. */
export function keepDraftAfterCommands(): () => void {
  const stop = onCommitted(workOutDraftSoon);
  return () => {
    clearTimeout(timer);
    stop();
  };
}
