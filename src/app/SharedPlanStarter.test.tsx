/** What the screens show is read again when the person's role changes, not as the app first draws. */
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSession } from '../api/sessionState';
import type { Member } from '../domain/roles';
import { createQueryClient } from './App';
import { SharedPlanStarter } from './SharedPlanStarter';

const signedOut = useSession.getState();
afterEach(() => useSession.setState(signedOut, true));

let reads = 0;

function Screen() {
  const { data } = useQuery({
    queryKey: ['screen'],
    queryFn: () => {
      reads += 1;
      return Promise.resolve(`read ${reads}`);
    },
  });
  return <p>{data ?? 'reading'}</p>;
}

describe('starting the shared plan', () => {
  it('reads the screens again when the role changes, not when first drawn', async () => {
    reads = 0;
    const client = createQueryClient();
    // As the workspace gate is: read before syncing starts.
    const drawn = (starter: boolean) => (
      <QueryClientProvider client={client}>
        <Screen />
        {starter ? <SharedPlanStarter /> : null}
      </QueryClientProvider>
    );
    const { rerender } = render(drawn(false));
    expect(await screen.findByText('read 1')).toBeInTheDocument();
    rerender(drawn(true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(reads).toBe(1);

    const member: Member = {
      email: 'cllr.khan@example.org',
      name: 'Cllr Khan',
      role: 'councillor',
      bodyIds: [],
    };
    act(() => useSession.setState({ state: 'in', member }));
    expect(await screen.findByText('read 2')).toBeInTheDocument();
  });
});
