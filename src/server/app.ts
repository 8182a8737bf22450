/**
 * The server's HTTP face: the API under /api and the built app on the same origin, so the browser
 * needs no cross-origin permission. Every request body has a size limit and is checked against
 * the protocol's schema before anything reads it; a refusal is a 4xx with a message in words.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { SECURITY_HEADERS } from '../domain/securityPolicy';
import { START_CURSOR } from '../domain/sync';
import { pushRequestSchema, setupRequestSchema } from '../domain/syncSchema';
import { checkpoints, loadSigningKey } from './checkpoints';
import type { ServerDatabase } from './database';
import type { Caller } from './rules';
import { pull, push, RequestRefused, setUp, workspaceSummary } from './store';

export const PUSH_LIMIT_BYTES = 2 * 1024 * 1024;
const SETUP_LIMIT_BYTES = 256 * 1024 * 1024;

/** The tag the server adds to the app's page, so the app knows a shared plan is served with it. */
const SERVER_META = '<meta name="safetynet-server" content="same-origin" />';

export interface AppOptions {
  readonly db: ServerDatabase;
  /** The built app (dist/); the API alone when absent. */
  readonly staticDir?: string;
  /** Which database serves the plan, for /api/health. */
  readonly engine: 'pglite' | 'postgresql';
  /** The key checkpoints are signed with; a fresh one per process when absent (tests). */
  readonly signingKey?: KeyObject;
  /** Believe X-Forwarded-Proto: the server sits behind a TLS proxy (TRUST_PROXY=1). */
  readonly trustProxy?: boolean;
}

const refuse = (c: Context, status: number, message: string) =>
  c.json({ error: message }, status as 400);

async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new RequestRefused(400, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new RequestRefused(
      400,
      `The request is not one this server understands${where}: ${issue?.message ?? 'not valid'}.`,
    );
  }
  return parsed.data;
}

const tooLarge = (limit: number) =>
  bodyLimit({
    maxSize: limit,
    onError: (c) =>
      refuse(
        c,
        413,
        `The request is larger than this server accepts (${Math.round(limit / 1024 / 1024)} MB).`,
      ),
  });

/** A whole number from the query string, or a 400 naming it. */
function whole(c: Context, name: string, fallback: number): number {
  const text = c.req.query(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RequestRefused(400, `The request’s ${name} is not a whole number.`);
  }
  return value;
}

export function createApp({
  db,
  staticDir,
  engine,
  signingKey,
  trustProxy = false,
}: AppOptions): Hono {
  const app = new Hono();
  const caller: Caller = { kind: 'anyone' };
  const trail = checkpoints(db, signingKey ?? loadSigningKey(undefined));

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    // Over HTTPS (directly, or through a TLS proxy the server is told to trust), browsers are
    // told to use nothing else for a year. Over plain HTTP the header would mean nothing.
    const https =
      new URL(c.req.url).protocol === 'https:' ||
      (trustProxy && c.req.header('x-forwarded-proto') === 'https');
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });

  app.onError((error, c) => {
    if (error instanceof RequestRefused) return refuse(c, error.status, error.message);
    console.error(error);
    return refuse(c, 500, 'The server could not answer. Nothing was changed; try again shortly.');
  });

  app.get('/api/health', (c) => c.json({ status: 'ready', database: engine }));

  app.get('/api/workspace', async (c) => c.json(await workspaceSummary(db)));

  app.post('/api/setup', tooLarge(SETUP_LIMIT_BYTES), async (c) => {
    const request = await readBody(c, setupRequestSchema);
    return c.json({ workspaceId: request.workspaceId, head: await setUp(db, request) });
  });

  app.post('/api/push', tooLarge(PUSH_LIMIT_BYTES), async (c) => {
    const request = await readBody(c, pushRequestSchema);
    return c.json(await push(db, request, caller));
  });

  app.get('/api/pull', async (c) => {
    return c.json(
      await pull(db, {
        workspaceId: c.req.query('workspace') ?? '',
        after: c.req.query('after') ?? START_CURSOR,
        auditAfter: whole(c, 'auditAfter', 0),
        limit: whole(c, 'limit', 1000),
      }),
    );
  });

  app.get('/api/checkpoint', async (c) => {
    const size = c.req.query('size') === undefined ? undefined : whole(c, 'size', 0);
    return c.json(await trail.checkpoint({ size, from: whole(c, 'from', 0) }));
  });

  app.get('/api/audit/hashes', async (c) => {
    const from = Math.max(1, whole(c, 'from', 1));
    const to = Math.min(whole(c, 'to', from), from + 9_999);
    return c.json({ from, hashes: await trail.hashes(from, to) });
  });

  app.all('/api/*', (c) => refuse(c, 404, 'There is no such address in this server’s API.'));

  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    const page = readFileSync(join(staticDir, 'index.html'), 'utf8').replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    ${SERVER_META}`,
    );
    app.get('/', (c) => c.html(page));
    app.get('/index.html', (c) => c.html(page));
    app.use('*', serveStatic({ root: staticDir }));
    // Any other address is a screen of the app: the page routes it.
    app.get('*', (c) => c.html(page));
  }
  return app;
}
