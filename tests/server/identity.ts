/**
 * Signing in for the server's tests. `signIn` goes through the development provider's real pages
 * (authorisation code with PKCE, its login form, its token endpoint), as a browser would, with
 * nothing mocked. `localIdentity` is a provider's key held by the test, for the sync tests that
 * are about the plan, not about who is asking.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { Hono } from 'hono';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/identity/demoAccounts';
import { tokenVerifier } from '../../src/server/identity/tokens';
import type { AppOptions } from '../../src/server/app';
import type { RunningServer } from '../../src/server/serve';

export const SETUP_CODE = '1234-5678-9012';
const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** A cookie jar just big enough for one sign-in. */
function jar() {
  const cookies = new Map<string, string>();
  return {
    take(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const at = pair?.indexOf('=') ?? -1;
        if (pair && at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
    },
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
  };
}

export interface Tokens {
  readonly access: string;
  readonly refresh: string | undefined;
}

/** Signs in as a demo account through the development provider's pages; its tokens. */
export async function signIn(
  server: Pick<RunningServer, 'url' | 'devProvider'>,
  email: string,
): Promise<Tokens> {
  const provider = server.devProvider;
  if (!provider) throw new Error('The server has no development provider.');
  const cookies = jar();
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const redirect = `${server.url}/signed-in`;
  const step = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, server.url), {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: cookies.header() },
    });
    cookies.take(response);
    return response;
  };
  const query = new URLSearchParams({
    client_id: provider.clientId,
    redirect_uri: redirect,
    response_type: 'code',
    scope: 'openid email profile offline_access',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: base64url(randomBytes(8)),
    resource: provider.audience,
    prompt: 'login',
  });
  const start = await step(`${provider.issuer}/auth?${query.toString()}`);
  const loginAt = start.headers.get('location');
  if (!loginAt) throw new Error(`The provider answered ${start.status} to the sign-in request.`);
  const page = await step(loginAt);
  const action = /action="([^"]+)"/.exec(await page.text())?.[1];
  if (!action) throw new Error('The sign-in page has no form.');
  const login = await step(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }).toString(),
  });
  let location = login.headers.get('location');
  for (let hops = 0; location && !location.startsWith(redirect) && hops < 5; hops += 1) {
    location = (await step(location)).headers.get('location');
  }
  const code = location ? new URL(location).searchParams.get('code') : null;
  if (!code) throw new Error(`Sign-in as ${email} did not return a code (${login.status}).`);
  const token = await step(`${provider.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirect,
      client_id: provider.clientId,
      code_verifier: verifier,
    }).toString(),
  });
  const body = (await token.json()) as { access_token?: string; refresh_token?: string };
  if (!body.access_token) throw new Error(`No access token: ${JSON.stringify(body)}`);
  return { access: body.access_token, refresh: body.refresh_token };
}

export const demo = (id: string) => {
  const account = DEMO_ACCOUNTS.find((a) => a.id === id);
  if (!account) throw new Error(`No demo account ${id}`);
  return account;
};

/** A provider key held by the test: tokens for anyone, and the identity settings for createApp. */
export async function localIdentity(): Promise<{
  identity: AppOptions['identity'];
  key: CryptoKey;
  publicKey: JWK;
  token(claims: JWTPayload & { email: string }, expiresIn?: string): Promise<string>;
}> {
  const issuer = 'https://sign-in.test.example/';
  const audience = 'urn:safetynet:shared-plan';
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), alg: 'ES256' };
  return {
    key: privateKey,
    publicKey: jwk,
    identity: {
      verify: tokenVerifier({ issuer, audience, keys: { keys: [jwk] } }),
      signIn: { issuer, clientId: 'test', scope: 'openid', resource: audience, development: true },
      setupCode: SETUP_CODE,
    },
    token: (claims, expiresIn = '10m') =>
      new SignJWT({ name: claims.email, ...claims })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(claims.sub ?? claims.email)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
  };
}

/** The app as one signed-in person calls it: every request carries their token. */
export function as(app: { request: Hono['request'] }, token: string) {
  return {
    request: (input: string, init: RequestInit = {}) =>
      app.request(input, {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
      }),
  };
}
