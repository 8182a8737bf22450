/**
 * Who is asking: every request to the plan's API carries an access token from the configured
 * OpenID Connect provider, and the server checks it with `jose`: the signature against the
 * provider's published keys, the issuer, the audience and the expiry. Nothing else is believed.
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

/** The signed-in person, as the provider's token names them. */
export interface Identity {
  readonly subject: string;
  /** Lower case: what membership is keyed by. */
  readonly email: string;
  readonly name: string;
}

/** What the browser needs to sign in (served by GET /api/auth-config). */
export interface SignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  /** Sent as the resource indicator (RFC 8707) when the provider wants one. */
  readonly resource: string | null;
  /** The built-in provider: the app says it is for development only. */
  readonly development: boolean;
}

export class NotSignedIn extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotSignedIn';
  }
}

export type TokenVerifier = (token: string) => Promise<Identity>;

/** The person's email address: providers name it differently (Entra ID: preferred_username, upn). */
function emailOf(payload: JWTPayload): string | undefined {
  for (const claim of ['email', 'preferred_username', 'upn']) {
    const value = payload[claim];
    if (typeof value === 'string' && value.includes('@')) return value.trim().toLowerCase();
  }
  return undefined;
}

export function tokenVerifier(options: {
  issuer: string;
  audience: string;
  /** The provider's public keys: given (the built-in provider), or fetched from its jwks_uri. */
  keys: { keys: JWK[] } | URL;
}): TokenVerifier {
  const keys: JWTVerifyGetKey =
    options.keys instanceof URL
      ? createRemoteJWKSet(options.keys)
      : createLocalJWKSet(options.keys);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 30,
      }));
    } catch (error) {
      throw new NotSignedIn(
        error instanceof errors.JWTExpired
          ? 'Your sign-in has expired. Sign in again to carry on; your changes are kept in this browser.'
          : 'The server could not confirm who you are. Sign in again; your changes are kept in this browser.',
      );
    }
    const email = emailOf(payload);
    if (!email || !payload.sub) {
      throw new NotSignedIn(
        'Your sign-in does not say your email address, so the server cannot tell whether you are a member. Ask IT to include it in the access token.',
      );
    }
    const name = typeof payload.name === 'string' && payload.name.trim() ? payload.name : email;
    return { subject: payload.sub, email, name };
  };
}

/** The provider's keys address, from its discovery document. */
export async function discoverKeys(issuer: string): Promise<URL> {
  const address = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address} answered ${response.status}.`);
  const discovery = (await response.json()) as { issuer?: string; jwks_uri?: string };
  if (discovery.issuer !== issuer || !discovery.jwks_uri) {
    throw new Error(`${address} does not describe the issuer ${issuer}.`);
  }
  return new URL(discovery.jwks_uri);
}
