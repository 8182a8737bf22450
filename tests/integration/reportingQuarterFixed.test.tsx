/**
 * A reporting quarter fixed in the settings (the board still reporting on the quarter just ended)
 * is the one every page shows from its first drawing: no page works out, or names, today's quarter
 * while the settings are being read. At 20,000 actions a draft worked out for the wrong quarter is
 * a second of reading for nothing, and keeping it would let go of the right quarter's figures.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { keys } from '../../src/api/queries';
import { createAction } from '../../src/db/commands/actions';
import { setReportingQuarter } from '../../src/db/commands/quarters';
import { todayIso } from '../../src/domain/dates';
import {
  previousQuarter,
  quarterKey,
  quarterLabel,
  quarterOfDate,
  type QuarterKey,
} from '../../src/domain/quarters';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace, renderApp } from './renderApp';

/** The quarter before today's: the board reports on the quarter just ended. */
const justEnded = previousQuarter(quarterOfDate(todayIso()));
const fixed: QuarterKey = quarterKey(justEnded);

beforeEach(async () => {
  await freshWorkspace();
  await createAction(actionInput({ ref: 'GYV-01' }));
  await setReportingQuarter(fixed);
});

/** The quarters whose pictures have been read or worked out (or are being), not merely named. */
const picturesAskedFor = (client: ReturnType<typeof renderApp>['client']) =>
  client
    .getQueryCache()
    .findAll({ queryKey: keys.picture() })
    .filter(
      ({ state }) => state.fetchStatus !== 'idle' || state.dataUpdatedAt + state.errorUpdatedAt > 0,
    )
    .map((query) => query.queryKey.at(-1));

describe('a fixed reporting quarter', () => {
  it('is the only quarter the overview works out, and the one the header names', async () => {
    const { client } = renderApp('/');
    await waitFor(() => expect(document.querySelector('dl.headlines')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(picturesAskedFor(client)).toEqual([fixed]);
    const header = screen.getByRole('banner');
    expect(within(header).getByText(quarterLabel(justEnded))).toBeInTheDocument();
  });
});
