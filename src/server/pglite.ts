/**
 * Embedded PostgreSQL (PGlite) behind the `pg` pool interface Kysely's PostgresDialect expects.
 * PGlite holds one connection, so the pool hands it out to one user at a time: a transaction keeps
 * it until it ends and every other query waits its turn.
 */
import { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

const COMMAND = /^\s*(INSERT|UPDATE|DELETE|MERGE|SELECT|WITH)/i;

export function pglitePool(dataDir: string | undefined): PostgresPool & { readonly db: PGlite } {
  const db = new PGlite(dataDir);
  let queue: Promise<void> = Promise.resolve();

  const client = (release: () => void): PostgresPoolClient => ({
    // Kysely passes (sql, parameters) and reads rows, command and rowCount.
    query: (async (sql: string, parameters: readonly unknown[]) => {
      const result = await db.query<Record<string, unknown>>(sql, [...parameters]);
      const command = COMMAND.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
      return {
        command: command as PostgresQueryResult<unknown>['command'],
        rowCount: result.affectedRows ?? result.rows.length,
        rows: result.rows,
      };
    }) as unknown as PostgresPoolClient['query'],
    release,
  });

  return {
    db,
    connect: async () => {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const before = queue;
      queue = queue.then(() => turn);
      await before;
      return client(release);
    },
    end: async () => {
      await queue;
      await db.close();
    },
  };
}
