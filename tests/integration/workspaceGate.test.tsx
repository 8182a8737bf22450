/** What the app draws while its database opens, once it has, and when it cannot. */
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/App';
import { OpeningScreen, WorkspaceGate } from '../../src/app/WorkspaceGate';
import { warmDraftWorker } from '../../src/api/draftWorkerStart';
import { settingsQuery } from '../../src/api/queries';
import { setReportingQuarter } from '../../src/db/commands/quarters';
import { database, isUpgrading, onUpgrading, openDatabaseNamed } from '../../src/db/connection';
import { SCHEMA_V7 } from '../../src/db/database';
import { ensureWorkspaceSeeded } from '../../src/db/openWorkspace';
import { freshWorkspace } from './renderApp';

vi.mock('../../src/db/openWorkspace', () => ({ ensureWorkspaceSeeded: vi.fn() }));
vi.mock('../../src/api/draftWorkerStart', () => ({ warmDraftWorker: vi.fn() }));

const opening = vi.mocked(ensureWorkspaceSeeded);
afterEach(() => {
  opening.mockReset();
  vi.mocked(warmDraftWorker).mockReset();
});

function renderGate(app = <p>The app</p>) {
  const client = createQueryClient();
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <WorkspaceGate settled={<p>The offer of a newer version</p>}>{app}</WorkspaceGate>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return client;
}

describe('the opening screen', () => {
  it('says this browser’s copy is being updated while the opening upgrades its rows, and only then', async () => {
    const name = 'gate-upgrade';
    const old = new Dexie(name);
    old.version(7).stores(SCHEMA_V7);
    await old.table('updates').add({ id: 'a1@2026-Q1', actionId: 'a1', quarter: '2026-Q1' });
    old.close();
    const seen: boolean[] = [];
    const stop = onUpgrading(() => seen.push(isUpgrading()));
    render(
      <MantineProvider>
        <OpeningScreen />
      </MantineProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Opening the SafetyNet workspace…');

    const opened = openDatabaseNamed(name);
    // Drawn as the connection is told, before the rows have moved (the real moving takes the
    // time: a minute or more at 20,000 actions).
    act(() => opened.onRowsUpgrade?.());
    expect(screen.getByRole('status')).toHaveTextContent(
      /Updating this browser’s copy of the plan for the new version…\s*A large plan can take a minute or two, once\. Keep this tab open: if it closes, nothing is lost/,
    );
    await act(() => opened.open());
    stop();
    expect(screen.getByRole('status')).toHaveTextContent('Opening the SafetyNet workspace…');
    // The real upgrade told the connection too; it was already upgrading, so only its end shows.
    expect(seen).toEqual([true, false]);
    expect(await opened.updatesOf('2026-Q1').count()).toBe(1);
  });
});

describe('the workspace gate', () => {
  it('draws the app, and what waits for the opening, once the database is open', async () => {
    let open: (result: 'existing') => void = () => undefined;
    opening.mockReturnValue(new Promise((resolve) => (open = resolve)));
    renderGate();
    expect(screen.getByText('Opening the SafetyNet workspace…')).toBeInTheDocument();
    expect(screen.queryByText('The offer of a newer version')).not.toBeInTheDocument();
    open('existing');
    expect(await screen.findByText('The app')).toBeInTheDocument();
    expect(screen.getByText('The offer of a newer version')).toBeInTheDocument();
  });

  it('still draws what waits for the opening when the database cannot open', async () => {
    opening.mockRejectedValue(new Error('The browser refused to open the database'));
    renderGate();
    expect(
      await screen.findByRole('alert', { name: 'The local database could not be opened' }),
    ).toHaveTextContent('The browser refused to open the database');
    expect(screen.getByText('The offer of a newer version')).toBeInTheDocument();
    expect(screen.queryByText('The app')).not.toBeInTheDocument();
  });

  it('has read the settings before the app is drawn: every page knows the reporting quarter at once', async () => {
    await freshWorkspace();
    await setReportingQuarter('2025-Q1');
    opening.mockResolvedValue('existing');
    /** What a page knows of the settings as it is first drawn (not drawn again as they arrive). */
    function FirstDrawing() {
      const settings = useQueryClient().getQueryData(settingsQuery().queryKey);
      return <p>Reporting quarter: {settings?.reportingQuarter ?? 'not yet known'}</p>;
    }
    renderGate(<FirstDrawing />);
    expect(await screen.findByText(/^Reporting quarter:/)).toHaveTextContent(
      'Reporting quarter: 2025-Q1',
    );
  });

  it('starts a large plan’s draft worker as the workspace opens, not each time the screens read again', async () => {
    await freshWorkspace();
    opening.mockResolvedValue('existing');
    const client = renderGate();
    expect(await screen.findByText('The app')).toBeInTheDocument();
    expect(vi.mocked(warmDraftWorker).mock.calls).toEqual([[database().name]]);
    await client.invalidateQueries();
    expect(opening).toHaveBeenCalledTimes(2);
    expect(warmDraftWorker).toHaveBeenCalledTimes(1);
  });
});
