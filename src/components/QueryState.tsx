import { Alert, Group, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, type ReactNode } from 'react';

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
  const arrived = useArrived(!query.isPending);
  if (query.isError) return <Failed what={what} error={query.error} />;
  if (query.isPending || !arrived) return <Loading what={what} />;
  return <>{children(query.data)}</>;
}

/**
 * Whether data that has arrived may be drawn yet. Data already there when a screen opens is drawn
 * at once; data that arrives later is drawn in a background render that React splits into short
 * tasks, so drawing a whole screen never holds the page for long (issue 20: one such render was the
 * first load's longest task on a phone).
 */
function useArrived(ready: boolean) {
  return useDeferredValue(ready);
}

/** The one line a screen shows while it reads. */
export function Loading({ what }: { readonly what: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden="true" />
      <Text>Loading {what}…</Text>
    </Group>
  );
}

/** What a screen says when a read failed. */
export function Failed({ what, error }: { readonly what: string; readonly error: unknown }) {
  return (
    <Alert color="red" title={`Could not load ${what}`} role="alert">
      {error instanceof Error ? error.message : 'The local database could not be read.'} Reload the
      page to try again; your data is kept in this browser.
    </Alert>
  );
}

/** A read still under way, or why it failed: for a screen that waits on its reads itself. */
export function LoadingOrFailed({
  what,
  error,
}: {
  readonly what: string;
  readonly error: unknown;
}) {
  return error ? <Failed what={what} error={error} /> : <Loading what={what} />;
}

type Results<T> = { readonly [K in keyof T]: UseQueryResult<T[K]> };

/** What `QueriesState` hands its children for these queries: each one's data. */
export type QueriesData<Q> = {
  readonly [K in keyof Q]: Q[K] extends UseQueryResult<infer Data> ? Data : never;
};

/**
 * Several queries shown as one: loading until every one has its data, so the screen appears whole
 * rather than section by section (each arrival would push the ones below it down the page).
 */
export function QueriesState<T extends Record<string, unknown>>({
  queries,
  children,
  what,
}: {
  readonly queries: Results<T>;
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}) {
  const all = Object.values(queries) as UseQueryResult[];
  const pending = all.some((query) => query.isPending);
  const arrived = useArrived(!pending);
  const failed = all.find((query) => query.isError);
  if (failed) return <Failed what={what} error={failed.error} />;
  if (pending || !arrived) return <Loading what={what} />;
  const data = Object.fromEntries(
    Object.entries(queries).map(([key, query]) => [key, (query as UseQueryResult).data]),
  ) as T;
  return <>{children(data)}</>;
}
