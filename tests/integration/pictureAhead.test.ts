/**
 * Heading for a page with charts starts its quarter's picture on its way (`pictureAhead`): the
 * overview's is the reporting quarter's, the scrutiny view's the latest closed quarter's, else the
 * reporting quarter's draft. The page then finds it in the query cache, worked out once.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { pictureAhead, quarterPictureQuery } from '../../src/api/scrutiny';
import { createQueryClient } from '../../src/app/App';
import { createAction } from '../../src/db/commands/actions';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import { saveUpdate } from '../../src/db/commands/quarters';
import * as reads from '../../src/db/reads';
import { todayIso } from '../../src/domain/dates';
import { quarterKey, type QuarterKey } from '../../src/domain/quarters';
import { reportingQuarterOf } from '../../src/domain/workspace';
import { actionInput } from '../fixtures/actions';
import { updateInput } from '../fixtures/quarters';
import { freshWorkspace } from './renderApp';

let reporting: QuarterKey;
beforeEach(async () => {
  await freshWorkspace();
  reporting = quarterKey(reportingQuarterOf(await reads.getSettings(), todayIso()));
});

const cached = (client: ReturnType<typeof createQueryClient>, quarter: QuarterKey) =>
  client.getQueryData(quarterPictureQuery(quarter).queryKey);

describe('a picture asked for ahead of its page', () => {
  it('is the reporting quarter’s draft for the overview, and for the scrutiny view with no quarter closed', async () => {
    const client = createQueryClient();
    await pictureAhead(client, 'overview');
    expect(cached(client, reporting)).toMatchObject({ quarter: reporting, closed: null });

    const other = createQueryClient();
    await pictureAhead(other, 'scrutiny');
    expect(cached(other, reporting)).toMatchObject({ quarter: reporting, closed: null });
  });

  it('is the latest closed quarter’s for the scrutiny view', async () => {
    const { id } = await createAction(actionInput({ ref: 'GYV-01' }));
    await saveUpdate(id, '2026-Q1', updateInput());
    await closeQuarter('2026-Q1');
    const client = createQueryClient();
    await pictureAhead(client, 'scrutiny');
    expect(cached(client, '2026-Q1')).toMatchObject({
      quarter: '2026-Q1',
      closed: { quarter: '2026-Q1', version: 1 },
    });
    expect(reporting === '2026-Q1' || cached(client, reporting) === undefined).toBe(true);
  });
});
