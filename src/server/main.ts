/**
 * `npm run server`: the shared plan's server. PGlite in DATA_DIR (./data by default) unless
 * DATABASE_URL names a PostgreSQL; the built app and the API on PORT (8080 by default). Sign-in
 * with the council's provider when OIDC_ISSUER is set, else with the development provider.
 */
import { mkdirSync } from 'node:fs';
import { loadSigningKey } from './checkpoints';
import { openDatabase } from './database';
import { DEMO_PASSWORD } from './identity/demoAccounts';
import { listMembers } from './caller';
import { DEFAULT_LIMITS, type Limit, type Limits } from './rateLimit';
import { startServer, type ProviderSettings } from './serve';

const env = process.env;
const url = env.DATABASE_URL;
const dataDir = env.DATA_DIR ?? 'data';

function providerSettings(): ProviderSettings | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  const missing = ['OIDC_CLIENT_ID', 'OIDC_AUDIENCE'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`OIDC_ISSUER is set, so ${missing.join(' and ')} must be set too.`);
  }
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID ?? '',
    audience: env.OIDC_AUDIENCE ?? '',
    scope: env.OIDC_SCOPE ?? 'openid email profile offline_access',
  };
}

/** RATE_LIMIT_SCALE multiplies every rate limit: for load tests from one machine, never for people. */
function scaledLimits(scale: number): Limits {
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error('RATE_LIMIT_SCALE must be a positive number.');
  if (scale !== 1)
    console.log(`Rate limits multiplied by ${scale} (RATE_LIMIT_SCALE): for load tests only.`);
  const times = ({ burst, perSecond }: Limit): Limit => ({
    burst: burst * scale,
    perSecond: perSecond * scale,
  });
  return {
    requests: times(DEFAULT_LIMITS.requests),
    pushes: times(DEFAULT_LIMITS.pushes),
    signIn: times(DEFAULT_LIMITS.signIn),
  };
}

mkdirSync(dataDir, { recursive: true });
const db = await openDatabase(url ? { url } : { dataDir });
const server = await startServer({
  db,
  engine: url ? 'postgresql' : 'pglite',
  port: Number(env.PORT ?? 8080),
  host: env.HOST ?? '127.0.0.1',
  staticDir: env.STATIC_DIR ?? 'dist',
  signingKey: loadSigningKey(dataDir),
  devProviderKey: env.OIDC_ISSUER ? undefined : loadSigningKey(dataDir, 'dev-sign-in-key.pem'),
  trustProxy: env.TRUST_PROXY === '1',
  publicUrl: env.PUBLIC_URL,
  provider: providerSettings(),
  limits: scaledLimits(Number(env.RATE_LIMIT_SCALE ?? 1)),
});

console.log(
  `SafetyNet shared plan on ${server.url}/ (${url ? 'PostgreSQL' : `PGlite in ${dataDir}/`}).`,
);
if (server.devProvider) {
  console.log(
    `Sign-in: the DEVELOPMENT identity provider at ${server.devProvider.issuer} (demo accounts in the README, password ${DEMO_PASSWORD}). For development only: set OIDC_ISSUER for a council's provider.`,
  );
}
if ((await listMembers(db)).length === 0) {
  console.log(
    `This server has no members yet. The first person to sign in becomes its community safety manager by entering this one-time set-up code: ${server.setupCode}`,
  );
}

const stop = () => {
  void server.close().then(() => db.destroy().then(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
