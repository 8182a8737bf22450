/**
 * The cache of street-level crime fetched from data.police.uk: one row per area and month, so
 * figures work offline and no month is fetched twice. This is the one table written outside
 * `runCommand`: it holds public data that can always be fetched again, not the partnership's
 * records, so it is neither audited nor part of a backup. What the app makes of it (indicator
 * values) is written by a command and audited like everything else.
 */
import type { AreaMonth } from '../domain/police';
import { database } from './connection';
import type { PoliceMonth } from './database';

export async function cachedMonths(
  areas: readonly string[],
  months: readonly string[],
): Promise<PoliceMonth[]> {
  const ids = areas.flatMap((area) => months.map((month) => `${area}|${month}`));
  return (await database().policeMonths.bulkGet(ids)).filter(
    (row): row is PoliceMonth => row !== undefined,
  );
}

export async function cacheMonth(entry: AreaMonth, requests: number): Promise<void> {
  await database().policeMonths.put({
    ...entry,
    id: `${entry.area}|${entry.month}`,
    requests,
    fetchedAt: new Date().toISOString(),
  });
}
