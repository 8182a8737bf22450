/**
 * The server's database: embedded PGlite in a data folder by default, a real PostgreSQL when
 * DATABASE_URL is set. The same migrations and the same queries run on both.
 */
import { Kysely, Migrator, PostgresDialect, sql, type Migration } from 'kysely';
import pg from 'pg';
import { pglitePool } from './pglite';

export interface ServerSchema {
  /** One row: the shared workspace, its log's sequence and its audit trail's head. */
  workspace: {
    id: string;
    created_at: string;
    seq: number;
    audit_count: number;
    audit_hash: string;
  };
  /** The plan: every synced row, with the sequence number of the mutation that last wrote it. */
  rows: {
    tbl: string;
    key: string;
    /** null once removed: the removal itself syncs. */
    data: unknown;
    version: number;
  };
  /** Every mutation the server has answered, so a replay returns the same answer. */
  mutations: {
    id: string;
    /** The log's sequence number; null for a mutation refused or in conflict (no gap in the log). */
    seq: number | null;
    device_id: string;
    name: string;
    at: string;
    received_at: string;
    result: unknown;
  };
  /** The authoritative audit trail, chained in server order. */
  audit: {
    seq: number;
    entry: unknown;
    hash: string;
    /** The hash the entry had on the device that made it; null for entries set up as they were. */
    device_hash: string | null;
    mutation_seq: number | null;
  };
  /** Who may use the shared plan, and as what (issue 18); changes are audited in the trail. */
  members: {
    email: string;
    name: string;
    role: string;
    body_ids: unknown;
    added_by: string;
    added_at: string;
  };
}

export type ServerDatabase = Kysely<ServerSchema>;

const MIGRATIONS: Record<string, Migration> = {
  '0001-shared-plan': {
    async up(db) {
      await db.schema
        .createTable('workspace')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('audit_count', 'integer', (c) => c.notNull())
        .addColumn('audit_hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('rows')
        .addColumn('tbl', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('data', 'jsonb')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('rows_pk', ['tbl', 'key'])
        .execute();
      await db.schema
        .createIndex('rows_by_version')
        .on('rows')
        .columns(['version', 'tbl', 'key'])
        .execute();
      await db.schema
        .createTable('mutations')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.unique())
        .addColumn('device_id', 'uuid', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('result', 'jsonb', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('entry', 'jsonb', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('device_hash', 'text')
        .addColumn('mutation_seq', 'integer')
        .execute();
    },
  },
  // Every push of an action looks for another action with its reference: without an index that
  // read the whole plan, inside the lock every push waits on (issue 17's push benchmark).
  '0002-action-ref-index': {
    async up(db) {
      await sql`create index rows_action_ref on rows ((data->>'ref')) where tbl = 'actions'`.execute(
        db,
      );
      await sql`create index rows_snapshot_quarter on rows ((data->>'quarter')) where tbl = 'snapshots'`.execute(
        db,
      );
    },
  },
  '0003-members': {
    async up(db) {
      await db.schema
        .createTable('members')
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('body_ids', 'jsonb', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent, PGlite in `dataDir` (in memory when undefined). */
  readonly url?: string;
  readonly dataDir?: string;
}

/**
 * A pool of connections to PostgreSQL. A connection lost while idle (the server restarted, an
 * administrator ended it) is reported and replaced on next use; without a listener, node-postgres
 * would end the whole process.
 */
function postgresPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', (error) => console.error(`A PostgreSQL connection was lost: ${error.message}`));
  return pool;
}

export async function openDatabase(options: DatabaseOptions): Promise<ServerDatabase> {
  const pool = options.url ? postgresPool(options.url) : pglitePool(options.dataDir);
  const db = new Kysely<ServerSchema>({ dialect: new PostgresDialect({ pool }) });
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  await sql`select 1`.execute(db);
  return db;
}
