/**
 * Renders the real app (providers, routes, screens) at a path, over a fresh in-memory database
 * seeded as on first open.
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../src/app/App';
import { routes } from '../../src/app/router';
import { cssVariablesResolver, theme } from '../../src/app/theme';
import { seedWorkspace } from '../../src/db/commands/workspace';
import { openDatabaseNamed } from '../../src/db/connection';

let counter = 0;

export async function freshWorkspace() {
  counter += 1;
  const db = openDatabaseNamed(`integration-${counter}-${Math.random().toString(36).slice(2)}`);
  // Seeded by the command the app's first open runs (`ensureWorkspaceSeeded`).
  await seedWorkspace();
  return db;
}

export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const client = createQueryClient();
  const view = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications />
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, router, user, client };
}
