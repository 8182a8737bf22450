/**
 * The shared plan's server on one address: the app, its API and, when no council provider is
 * configured, the development identity provider under /oidc. `npm run server` and the tests
 * start it the same way.
 */
import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { SECURITY_HEADERS } from '../domain/securityPolicy';
import { createApp, HSTS } from './app';
import type { ServerDatabase } from './database';
import { startDevProvider, type DevProvider } from './identity/devProvider';
import { loginPage } from './identity/loginPage';
import { discoverKeys, tokenVerifier, type SignInConfig } from './identity/tokens';
import { newSetupCode } from './members';
import { DEFAULT_LIMITS, rateLimiter, type Limits } from './rateLimit';

/** A council's own OpenID Connect provider (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_AUDIENCE, OIDC_SCOPE). */
export interface ProviderSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly audience: string;
  readonly scope: string;
}

export interface ServerOptions {
  readonly db: ServerDatabase;
  readonly engine: 'pglite' | 'postgresql';
  readonly port: number;
  readonly host: string;
  readonly staticDir?: string;
  readonly signingKey?: KeyObject;
  readonly trustProxy?: boolean;
  /** Where people reach the server, when not http://host:port (behind a proxy). */
  readonly publicUrl?: string;
  /** A council's provider; the development provider when absent. */
  readonly provider?: ProviderSettings;
  readonly limits?: Partial<Limits>;
  /** The development provider's access token lifetime (tests of expiry). */
  readonly accessTokenSeconds?: number;
  /** The development provider's signing key (kept in the data folder by `npm run server`). */
  readonly devProviderKey?: KeyObject;
}

export interface RunningServer {
  readonly url: string;
  readonly setupCode: string;
  readonly devProvider: DevProvider | null;
  close(): Promise<void>;
}

const addressOf = (req: IncomingMessage, trustProxy: boolean) =>
  (trustProxy ? req.headers['x-forwarded-for']?.toString().split(',')[0]?.trim() : undefined) ??
  req.socket.remoteAddress ??
  'unknown';

/** Sign-in attempts and token requests: what a password guesser or a token flood would use. */
const isSignIn = (req: IncomingMessage) =>
  req.method === 'POST' && /^\/oidc\/(interaction\/[\w-]+\/login|token)(\?|$)/.test(req.url ?? '');

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = (options.publicUrl ?? `http://${options.host}:${port}`).replace(/\/$/, '');

  let devProvider: DevProvider | null = null;
  let signIn: SignInConfig;
  let verify;
  if (options.provider) {
    const { issuer, clientId, audience, scope } = options.provider;
    verify = tokenVerifier({ issuer, audience, keys: await discoverKeys(issuer) });
    signIn = { issuer, clientId, scope, resource: null, development: false };
  } else {
    devProvider = await startDevProvider(origin, {
      trustProxy: options.trustProxy,
      accessTokenSeconds: options.accessTokenSeconds,
      key: options.devProviderKey,
    });
    verify = tokenVerifier({
      issuer: devProvider.issuer,
      audience: devProvider.audience,
      keys: devProvider.publicKeys,
    });
    signIn = {
      issuer: devProvider.issuer,
      clientId: devProvider.clientId,
      scope: 'openid email profile offline_access',
      resource: devProvider.audience,
      development: true,
    };
  }
  const setupCode = newSetupCode();
  const app = createApp({
    db: options.db,
    engine: options.engine,
    staticDir: options.staticDir,
    signingKey: options.signingKey,
    trustProxy: options.trustProxy,
    identity: { verify, signIn, setupCode },
    limits: options.limits,
  });
  const api = getRequestListener(app.fetch);
  const signInLimit = rateLimiter({ ...DEFAULT_LIMITS, ...options.limits }.signIn);
  handle = (req, res) => {
    if (devProvider?.handles(req.url ?? '/')) {
      // The sign-in pages carry the same protections as the app's (no script, no framing).
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      const https =
        (options.publicUrl ?? '').startsWith('https:') ||
        (options.trustProxy && req.headers['x-forwarded-proto'] === 'https');
      if (https) res.setHeader('Strict-Transport-Security', HSTS);
      const wait = isSignIn(req) ? signInLimit(addressOf(req, options.trustProxy ?? false)) : 0;
      if (wait > 0) {
        const message = `Too many sign-in attempts from this address. Try again in ${wait} seconds.`;
        const page = !req.url?.startsWith('/oidc/token');
        res.writeHead(429, {
          'retry-after': String(wait),
          'content-type': page ? 'text/html; charset=utf-8' : 'application/json',
        });
        res.end(
          page
            ? loginPage({ error: message })
            : JSON.stringify({ error: 'slow_down', error_description: message }),
        );
        return;
      }
      devProvider.handle(req, res);
      return;
    }
    void api(req, res);
  };
  return {
    url: origin,
    setupCode,
    devProvider,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
