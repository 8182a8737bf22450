/**
 * `npm run server`: the shared plan's server. PGlite in DATA_DIR (./data by default) unless
 * DATABASE_URL names a PostgreSQL; the built app and the API on PORT (8080 by default).
 */
import { mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadSigningKey } from './checkpoints';
import { openDatabase } from './database';

const port = Number(process.env.PORT ?? 8080);
const url = process.env.DATABASE_URL;
const dataDir = process.env.DATA_DIR ?? 'data';

mkdirSync(dataDir, { recursive: true });
const db = await openDatabase(url ? { url } : { dataDir });
const app = createApp({
  db,
  staticDir: process.env.STATIC_DIR ?? 'dist',
  engine: url ? 'postgresql' : 'pglite',
  signingKey: loadSigningKey(dataDir),
  trustProxy: process.env.TRUST_PROXY === '1',
});
const server = serve(
  { fetch: app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' },
  (info) => {
    console.log(
      `SafetyNet shared plan on http://${info.address}:${info.port}/ (${url ? 'PostgreSQL' : `PGlite in ${dataDir}/`}). No sign-in yet: keep it on a trusted network.`,
    );
  },
);

const stop = () => {
  server.close();
  void db.destroy().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
