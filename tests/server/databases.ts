/** The server's tests run on both databases: embedded PGlite and a real PostgreSQL. */
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type ServerDatabase } from '../../src/server/database';

export interface TestDatabase {
  readonly db: ServerDatabase;
  readonly url?: string;
  close(): Promise<void>;
}

async function freshPostgres(): Promise<TestDatabase> {
  const admin = inject('postgresUrl');
  const name = `safetynet_test_${crypto.randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  const db = await openDatabase({ url });
  return {
    db,
    url,
    close: async () => {
      await db.destroy();
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      // The pool's connections close a moment after it ends: wait for them, so dropping the
      // database never cuts one off mid-goodbye (which node-postgres reports as an error).
      for (let tries = 0; tries < 50; tries += 1) {
        const open = await dropper.query<{ n: string }>(
          'select count(*) as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (Number(open.rows[0]?.n) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function freshPglite(): Promise<TestDatabase> {
  const db = await openDatabase({});
  return { db, close: () => db.destroy() };
}

export const DATABASES: readonly [string, () => Promise<TestDatabase>][] = [
  ['PGlite', freshPglite],
  ['PostgreSQL', freshPostgres],
];
