/**
 * The server's HTTP face: the API under /api and the built app on the same origin, so the browser
 * needs no cross-origin permission. Every API request but health and sign-in settings carries a
 * verified access token (401 otherwise); what the person may do is their membership's role (403
 * otherwise). Every request body has a size limit and is checked against the protocol's schema
 * before anything reads it; a refusal is a 4xx with a message in words.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from '../domain/zod';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../domain/securityPolicy';
import { START_CURSOR } from '../domain/sync';
import { pushRequestSchema, setupRequestSchema } from '../domain/syncSchema';
import { checkpoints, loadSigningKey } from './checkpoints';
import type { ServerDatabase } from './database';
import { NotSignedIn, type SignInConfig, type TokenVerifier } from './identity/tokens';
import { callerOf, listMembers, type Caller } from './caller';
import { claimFirstManager, removeMember, saveMember } from './members';
import { DEFAULT_LIMITS, rateLimiter, type Limits } from './rateLimit';
import { Forbidden, pull, push, RequestRefused, setUp, workspaceSummary } from './store';

export const PUSH_LIMIT_BYTES = 2 * 1024 * 1024;
/** Over HTTPS, browsers are told to use nothing else for a year. */
export const HSTS = 'max-age=31536000; includeSubDomains';
const SETUP_LIMIT_BYTES = 256 * 1024 * 1024;
const SMALL_LIMIT_BYTES = 64 * 1024;

const claimSchema = z.strictObject({ code: z.string().max(40) });
const memberSchema = z.strictObject({
  email: z.string().max(200),
  name: z.string().max(200),
  role: z.string().max(40),
  bodyIds: z.array(z.string().max(40)).max(50),
});

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
  /** How tokens are checked and what the browser needs to sign in. */
  readonly identity: {
    readonly verify: TokenVerifier;
    readonly signIn: SignInConfig;
    /** The one-time code (printed on the console) that makes the first manager. */
    readonly setupCode: string;
  };
  readonly limits?: Partial<Limits>;
}

type Env = { Variables: { caller: Caller } };

/** Addresses anyone may ask: whether the server is up, and how to sign in. */
const OPEN = new Set(['/api/health', '/api/auth-config']);

const refuse = (c: Context, status: number, message: string) =>
  c.json({ error: message }, status as 400);

async function readBody<T>(c: Context<Env>, schema: z.ZodType<T>): Promise<T> {
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
  identity,
  limits,
}: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const trail = checkpoints(db, signingKey ?? loadSigningKey(undefined));
  const { requests: requestLimit, pushes: pushLimit } = { ...DEFAULT_LIMITS, ...limits };
  const requests = rateLimiter(requestLimit);
  const pushes = rateLimiter(pushLimit);
  // A provider elsewhere (a council's) is the one outside address the page must reach to sign in.
  const issuerOrigin = new URL(identity.signIn.issuer).origin;
  const policy = CONTENT_SECURITY_POLICY.replace(
    "connect-src 'self'",
    `connect-src 'self'${issuerOrigin === 'null' ? '' : ` ${issuerOrigin}`}`,
  );

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    c.header('Content-Security-Policy', `${policy}; frame-ancestors 'none'`);
    // Over HTTPS (directly, or through a TLS proxy the server is told to trust), browsers are
    // told to use nothing else for a year. Over plain HTTP the header would mean nothing.
    const https =
      new URL(c.req.url).protocol === 'https:' ||
      (trustProxy && c.req.header('x-forwarded-proto') === 'https');
    if (https) c.header('Strict-Transport-Security', HSTS);
  });

  app.onError((error, c) => {
    if (error instanceof Forbidden) {
      // The mutations before the refused one, as answered, and the refused one with the rows to
      // roll back to: the browser puts itself right from this one answer.
      return c.json(
        { error: error.message, results: [...error.results, error.refusal], head: error.head },
        403,
      );
    }
    if (error instanceof RequestRefused) return refuse(c, error.status, error.message);
    console.error(error);
    return refuse(c, 500, 'The server could not answer. Nothing was changed; try again shortly.');
  });

  app.get('/api/health', (c) => c.json({ status: 'ready', database: engine }));

  app.get('/api/auth-config', (c) => c.json(identity.signIn));

  // Everything else: a verified token, then a share of requests per person.
  app.use('/api/*', async (c, next) => {
    if (OPEN.has(c.req.path)) return next();
    const token = /^Bearer\s+([\w.~+/=-]+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer');
      return refuse(c, 401, 'Sign in to use the shared plan.');
    }
    let signedIn;
    try {
      signedIn = await identity.verify(token);
    } catch (error) {
      if (!(error instanceof NotSignedIn)) throw error;
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      return refuse(c, 401, error.message);
    }
    const limit = (c.req.path === '/api/push' ? pushes : requests)(signedIn.subject);
    if (limit > 0) {
      c.header('Retry-After', String(limit));
      return refuse(
        c,
        429,
        `Too many requests from your sign-in in a short time. Nothing was lost: try again in ${limit} seconds.`,
      );
    }
    c.set('caller', await callerOf(db, signedIn));
    return next();
  });

  /** The caller, when they are a member of the plan (and not a councillor, where they must not be). */
  const member = (c: Context<Env>, { councillors = true } = {}): Caller => {
    const caller = c.get('caller');
    if (!caller.member) {
      throw new RequestRefused(
        403,
        `You are signed in as ${caller.email}, who is not a member of this shared plan. Ask the community safety manager to add you.`,
      );
    }
    if (!councillors && caller.member.role === 'councillor') {
      throw new RequestRefused(
        403,
        'Councillors see the scrutiny view and the reports of closed quarters; this is not part of them.',
      );
    }
    return caller;
  };
  const manager = (c: Context<Env>): Caller => {
    const caller = member(c);
    if (caller.member?.role !== 'manager') {
      throw new RequestRefused(403, 'Only the community safety manager can do this.');
    }
    return caller;
  };

  app.get('/api/me', async (c) => {
    const caller = c.get('caller');
    const firstManagerNeeded = caller.member === null && (await listMembers(db)).length === 0;
    return c.json({ ...caller, firstManagerNeeded });
  });

  app.post('/api/members/claim', tooLarge(SMALL_LIMIT_BYTES), async (c) => {
    const { code } = await readBody(c, claimSchema);
    return c.json(await claimFirstManager(db, c.get('caller'), code, identity.setupCode));
  });

  app.get('/api/members', async (c) => {
    manager(c);
    return c.json({ members: await listMembers(db) });
  });

  app.put('/api/members', tooLarge(SMALL_LIMIT_BYTES), async (c) => {
    const by = manager(c);
    return c.json(await saveMember(db, by, await readBody(c, memberSchema)));
  });

  app.delete('/api/members/:email', async (c) => {
    await removeMember(db, manager(c), decodeURIComponent(c.req.param('email')));
    return c.json({ removed: true });
  });

  app.get('/api/workspace', async (c) => {
    member(c);
    return c.json(await workspaceSummary(db));
  });

  app.post('/api/setup', tooLarge(SETUP_LIMIT_BYTES), async (c) => {
    const caller = manager(c);
    const request = await readBody(c, setupRequestSchema);
    return c.json({ workspaceId: request.workspaceId, head: await setUp(db, request, caller) });
  });

  app.post('/api/push', tooLarge(PUSH_LIMIT_BYTES), async (c) => {
    const caller = member(c);
    const request = await readBody(c, pushRequestSchema);
    return c.json(await push(db, request, caller));
  });

  app.get('/api/pull', async (c) => {
    const caller = member(c);
    return c.json(
      await pull(
        db,
        {
          workspaceId: c.req.query('workspace') ?? '',
          after: c.req.query('after') ?? START_CURSOR,
          auditAfter: whole(c, 'auditAfter', 0),
          limit: whole(c, 'limit', 1000),
        },
        caller,
      ),
    );
  });

  app.get('/api/checkpoint', async (c) => {
    member(c, { councillors: false });
    const size = c.req.query('size') === undefined ? undefined : whole(c, 'size', 0);
    return c.json(await trail.checkpoint({ size, from: whole(c, 'from', 0) }));
  });

  app.get('/api/audit/hashes', async (c) => {
    member(c, { councillors: false });
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
