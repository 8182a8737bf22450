/**
 * A draft's figures are kept with the plan's stamp they were worked out under (decision 0015), and
 * used only while it stands: every write to what a draft is made from moves the stamp in its own
 * transaction, whichever way it is written, and a write refused moves nothing.
 */
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keepDraftAfterCommands } from '../../src/api/draftInBackground';
import { readBackupFile } from '../../src/api/backupFile';
import { loadQuarterPicture, loadScrutinyPicture } from '../../src/api/quarterPicture';
import { createBackup, restoreBackup } from '../../src/db/backup';
import { database } from '../../src/db/connection';
import { createAction } from '../../src/db/commands/actions';
import { closeQuarter, reopenQuarter } from '../../src/db/commands/closeQuarter';
import { saveUpdate } from '../../src/db/commands/quarters';
import type { PlannerDatabase } from '../../src/db/database';
import { keepDraft, keptDraft } from '../../src/db/draftFigures';
import { STAMP_KEY } from '../../src/db/planStamp';
import * as reads from '../../src/db/reads';
import { todayIso } from '../../src/domain/dates';
import { figuresOf } from '../../src/domain/quarterFigures';
import { quarterKey } from '../../src/domain/quarters';
import { reportingQuarterOf } from '../../src/domain/workspace';
import { actionInput } from '../fixtures/actions';
import { ragUpdate } from '../fixtures/quarters';
import { workspaceOfTwoActions } from './twoActions';
import { watchReads, type WatchedRead } from './watchReads';

let db: PlannerDatabase;
let seen: WatchedRead[] = [];
let gyv: string;
let asb: string;
let run = 0;

beforeEach(async () => {
  run += 1;
  seen = [];
  ({ db, gyv, asb } = await workspaceOfTwoActions(`draft-figures-${run}`, (read) =>
    seen.push(read),
  ));
  await saveUpdate(gyv, '2026-Q2', ragUpdate('red'));
});

/**
 * Whether working the picture out read what a draft is made from: the plan's actions (rows, not
 * keys), or those kept from the last time (`draftSources.ts`).
 */
const actionsRead = () =>
  seen.some(
    (read) =>
      (read.table === 'actions' && read.rows) ||
      (read.table === 'draftFigures' && String(read.key).startsWith('sources:')),
  );

/** The draft's picture, and whether it was worked out (the actions read) or kept. */
async function draft() {
  seen = [];
  const picture = await loadScrutinyPicture('2026-Q2');
  return { figures: picture.figures, workedOut: actionsRead() };
}

const stampNow = async () => {
  const row = await db.draftFigures.get(STAMP_KEY);
  return row && 'stamp' in row ? row.stamp : null;
};

describe('a draft’s kept figures', () => {
  it('are read again without reading the plan, and equal the documents’ figures', async () => {
    const first = await draft();
    expect(first.workedOut).toBe(true);
    const again = await draft();
    expect(again.workedOut).toBe(false);
    expect(again.figures).toEqual(first.figures);
    expect(again.figures).toEqual(figuresOf((await loadQuarterPicture('2026-Q2')).content, null));
    expect(again.figures.headlines.red).toBe(1);
  });

  it('are worked out again after a command', async () => {
    await draft();
    await saveUpdate(asb, '2026-Q2', ragUpdate('red'));
    const after = await draft();
    expect(after.workedOut).toBe(true);
    expect(after.figures.headlines.red).toBe(2);
    // Worked out from the kept fields, brought up to date: the documents' own, from whole rows.
    expect(after.figures).toEqual(figuresOf((await loadQuarterPicture('2026-Q2')).content, null));
    expect((await draft()).workedOut).toBe(false);
  });

  it('are worked out again after a write outside any command', async () => {
    await draft();
    // A plain write, in a transaction of its own that names only the actions.
    const action = await db.actions.get(asb);
    if (!action) throw new Error('no action');
    await db.actions.put({ ...action, archived: 1 });
    const after = await draft();
    expect(after.workedOut).toBe(true);
    expect(after.figures.actions).toBe(1);
  });

  it('are worked out again after a restore', async () => {
    const file = await createBackup();
    await draft();
    await saveUpdate(asb, '2026-Q2', ragUpdate('red'));
    expect((await draft()).figures.headlines.red).toBe(2);
    const read = await readBackupFile(file.blob);
    if (!read.ok) throw new Error('the backup was refused');
    await restoreBackup(read.backup);
    // The restore wrote a database of its own (decision 0016): its reads are watched from here.
    watchReads(database(), (read) => seen.push(read));
    const after = await draft();
    expect(after.workedOut).toBe(true);
    expect(after.figures.headlines.red).toBe(1);
    expect((await draft()).workedOut).toBe(false);
  });

  it('are worked out again when the quarter before is closed, or reopened', async () => {
    await draft();
    await saveUpdate(gyv, '2026-Q1', ragUpdate('green'));
    await closeQuarter('2026-Q1');
    const compared = await draft();
    expect(compared.workedOut).toBe(true);
    expect(compared.figures.comparedWith).toBe('2026-Q1');
    expect(compared.figures.direction.byBody.GYV?.worse).toBe(1);
    await reopenQuarter('2026-Q1', 'A late update from the police');
    const reopened = await draft();
    expect(reopened.workedOut).toBe(true);
    expect(reopened.figures.comparedWith).toBeNull();
  });

  it('stand after a write that was refused: nothing changed', async () => {
    await draft();
    const stamp = await stampNow();
    await expect(createAction(actionInput({ ref: 'GYV-01' }))).rejects.toThrow();
    expect(await stampNow()).toBe(stamp);
    expect((await draft()).workedOut).toBe(false);
  });

  it('are not kept when the plan was written while they were worked out', async () => {
    const { stamp } = await keptDraft('2026-Q2', null);
    const figures = (await draft()).figures;
    await db.draftFigures.clear();
    await saveUpdate(asb, '2026-Q2', ragUpdate('amber'));
    await keepDraft(figures, null, stamp);
    expect(await db.draftFigures.get('draft:2026-Q2')).toBeUndefined();
    expect((await draft()).figures.ragMix.amber).toBe(1);
  });

  it('of one quarter let go of another quarter’s', async () => {
    await draft();
    await loadScrutinyPicture('2026-Q3');
    // Kept once they are shown.
    await vi.waitFor(async () => {
      const keys = (await db.draftFigures.toCollection().primaryKeys()).sort();
      expect(keys).toEqual([
        'draft:2026-Q3',
        expect.stringMatching(/^sources:2026-Q3:[\w-]+$/),
        STAMP_KEY,
      ]);
    });
  });

  it('are shown before they are kept, and the next view waits for the keeping', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const put = vi
      .spyOn(db.draftFigures, 'put')
      .mockImplementationOnce(
        () =>
          new Dexie.Promise<never>(
            (_, reject) => void held.then(() => reject(new Error('not kept'))),
          ),
      );
    try {
      // With the figures kept first, this would wait for the keeping, held until released.
      expect((await draft()).figures.headlines.red).toBe(1);
      const next = draft();
      await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1));
      const meanwhile = new Promise((resolve) => setTimeout(() => resolve('waiting'), 100));
      expect(await Promise.race([next.then(() => 'answered'), meanwhile])).toBe('waiting');
      release();
      // The next view waited, found nothing kept, and worked the figures out again.
      expect((await next).workedOut).toBe(true);
    } finally {
      release();
      put.mockRestore();
    }
  });

  it('are worked out once for two views asking at once', async () => {
    seen = [];
    const [one, other] = await Promise.all([
      loadScrutinyPicture('2026-Q2'),
      loadScrutinyPicture('2026-Q2'),
    ]);
    expect(other.figures).toEqual(one.figures);
    expect(seen.filter((read) => read.table === 'recommendations' && read.rows)).toHaveLength(1);
  });

  it('asked for as a write lands, show the write', async () => {
    const first = loadScrutinyPicture('2026-Q2');
    await saveUpdate(asb, '2026-Q2', ragUpdate('red'));
    const second = await loadScrutinyPicture('2026-Q2');
    await first;
    expect(second.figures.headlines.red).toBe(2);
  });

  it('are worked out again a moment after a command, ready for the next view', async () => {
    const reporting = quarterKey(reportingQuarterOf(await reads.getSettings(), todayIso()));
    await loadScrutinyPicture(reporting);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stop = keepDraftAfterCommands();
    try {
      await saveUpdate(asb, reporting, ragUpdate('red'));
      expect((await keptDraft(reporting, null)).figures).toBeNull();
      await vi.advanceTimersByTimeAsync(2_000);
      await vi.waitFor(async () => {
        expect((await keptDraft(reporting, null)).figures?.ragMix.red).toBeGreaterThan(0);
      });
    } finally {
      stop();
      vi.useRealTimers();
    }
    seen = [];
    await loadScrutinyPicture(reporting);
    expect(actionsRead()).toBe(false);
  });

  it('that cannot be kept (a full disk) are still shown, and worked out again next time', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(db.draftFigures, 'put').mockRejectedValueOnce(full);
    try {
      expect((await draft()).figures.headlines.red).toBe(1);
      await vi.waitFor(() => expect(spy).toHaveBeenCalled());
    } finally {
      spy.mockRestore();
    }
    expect(await db.draftFigures.get('draft:2026-Q2')).toBeUndefined();
    expect((await draft()).workedOut).toBe(true);
  });
});
