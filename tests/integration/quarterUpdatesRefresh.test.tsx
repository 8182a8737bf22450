/**
 * Writing a quarter's updates refreshes what it can change and leaves other quarters' update
 * lists as read: a returns page holds last quarter's (20,000 rows at 100x) to compare with, and
 * reading them again after every acceptance held the page.
 */
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useAcceptReturnUpdates, useSaveUpdate } from '../../src/api/mutations';
import { actionsQuery, keys, quarterUpdatesQuery } from '../../src/api/queries';
import { createQueryClient } from '../../src/app/App';
import { createAction } from '../../src/db/commands/actions';
import { actionInput } from '../fixtures/actions';
import { updateInput } from '../fixtures/quarters';
import { freshWorkspace } from './renderApp';

const update = (narrative: string) => updateInput({ percentComplete: '50', narrative });

async function pageHoldingTwoQuarters() {
  await freshWorkspace();
  const { id } = await createAction(actionInput({ ref: 'GYV-01' }));
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => ({
      last: useQuery(quarterUpdatesQuery('2026-Q2')),
      current: useQuery(quarterUpdatesQuery('2026-Q3')),
      actions: useQuery(actionsQuery()),
      save: useSaveUpdate(),
      accept: useAcceptReturnUpdates(),
    }),
    { wrapper },
  );
  await waitFor(() => expect(result.current.actions.data).toHaveLength(1));
  await waitFor(() =>
    expect(result.current.last.isSuccess && result.current.current.isSuccess).toBe(true),
  );
  const readAt = () =>
    [keys.updates('2026-Q2'), keys.updates('2026-Q3'), keys.actions()].map(
      (queryKey) => client.getQueryState(queryKey)?.dataUpdateCount ?? 0,
    );
  return { id, result, readAt };
}

describe('writing a quarter’s updates', () => {
  it('reads that quarter and the plan again, not another quarter’s updates (one saved)', async () => {
    const { id, result, readAt } = await pageHoldingTwoQuarters();
    expect(readAt()).toEqual([1, 1, 1]);
    await act(() =>
      result.current.save.mutateAsync({
        actionId: id,
        quarter: '2026-Q3',
        update: update('On track.'),
      }),
    );
    expect(readAt()).toEqual([1, 2, 2]);
    await waitFor(() =>
      expect(result.current.current.data?.map((u) => u.narrative)).toEqual(['On track.']),
    );
    expect(result.current.actions.data?.[0]?.latestRag).toBe('green');
  });

  it('reads that quarter and the plan again, not another quarter’s updates (a return accepted)', async () => {
    const { id, result, readAt } = await pageHoldingTwoQuarters();
    expect(readAt()).toEqual([1, 1, 1]);
    await act(() =>
      result.current.accept.mutateAsync({
        quarter: '2026-Q3',
        updates: [{ actionId: id, input: update('From the subgroup’s return.') }],
        fileName: 'gyv-return.xlsx',
      }),
    );
    expect(readAt()).toEqual([1, 2, 2]);
    await waitFor(() =>
      expect(result.current.current.data?.map((u) => u.narrative)).toEqual([
        'From the subgroup’s return.',
      ]),
    );
  });
});
