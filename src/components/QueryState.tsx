import { Alert, Group, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** Loading and failure for a query, so every screen says the same thing in the same way. */
export function QueryState<T>({
  query,
  children,
  what,
}: {
  readonly query: UseQueryResult<T>;
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text>Loading {what}…</Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={`Could not load ${what}`} role="alert">
        {query.error instanceof Error
          ? query.error.message
          : 'The local database could not be read.'}{' '}
        Reload the page to try again; your data is kept in this browser.
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
