/**
 * Deterministic budget: the number of database requests the overview makes does not grow with
 * the number of actions, updates or audit entries. (Timings live in npm run bench.)
 */
import { describe, expect, it } from 'vitest';
import { ensureWorkspaceSeeded } from '../../src/db/openWorkspace';
import { openDatabaseNamed } from '../../src/db/connection';
import { backupStatus } from '../../src/db/backupStatus';
import * as reads from '../../src/db/reads';
import { loadScrutinyPicture } from '../../src/api/quarterPicture';
import { action } from '../fixtures/actions';
import { watchReads } from './watchReads';

/** The reads the overview screen runs (see features/overview/OverviewPage.tsx and the layout). */
const overviewReads = () =>
  Promise.all([
    reads.getSettings(),
    reads.overviewCounts(),
    reads.listBodies(),
    reads.listObjectives(),
    loadScrutinyPicture('2026-Q3'),
    // The backup reminder shown on every page (app/BackupReminderBanner.tsx).
    backupStatus(),
  ]);

/**
 * 23 to work the draft's figures out, 3 to keep them against the plan's stamp (decision 0015), and
 * 5 to read the draft's sources as kept with the notes of rows written since, and keep them
 * (`draftSources.ts`). The test prints what it counts: on 6 Dec 2026, 28 with or without 2,000
 * actions, and 24 opened again with nothing written.
 */
const OVERVIEW_REQUEST_BUDGET = 31;

describe('the overview’s database round-trips', () => {
  it('stay within budget and do not grow with the data', async () => {
    const db = openDatabaseNamed('overview-budget');
    let requests = 0;
    watchReads(db, () => {
      requests += 1;
    });
    await ensureWorkspaceSeeded();

    requests = 0;
    await overviewReads();
    const small = requests;

    await db.actions.bulkAdd(
      Array.from({ length: 2000 }, (_, i) => action({ id: `bulk-${i}`, ref: `ASB-${1000 + i}` })),
    );
    requests = 0;
    await overviewReads();
    const large = requests;

    // Opened again with nothing written between: the draft's figures as kept (decision 0015).
    requests = 0;
    await overviewReads();
    const kept = requests;

    console.log(
      `Overview database requests: ${small} with no actions, ${large} with 2,000, ${kept} with the draft's figures kept (budget ${OVERVIEW_REQUEST_BUDGET})`,
    );
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(OVERVIEW_REQUEST_BUDGET);
    expect(kept).toBeLessThan(large);
  });
});
