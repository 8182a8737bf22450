/**
 * The development identity provider (decision 0012): a standard OpenID Connect provider
 * (`oidc-provider`) under /oidc on the server's own origin, started only when no issuer is
 * configured. Its people are the demo accounts; its login page says it is for development only.
 * Access tokens are signed JWTs for the plan's audience, as a council's provider would issue.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, type KeyObject } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { errors, type Configuration } from 'oidc-provider';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts';
import { loginPage, signOutPage } from './loginPage';

export const DEV_CLIENT_ID = 'safetynet-planner';
export const DEV_AUDIENCE = 'urn:safetynet:shared-plan';
const MOUNT = '/oidc';
/** Access tokens live ten minutes; the browser renews them with its refresh token. */
const ACCESS_TOKEN_SECONDS = 10 * 60;

export interface DevProvider {
  readonly issuer: string;
  readonly audience: string;
  readonly clientId: string;
  /** The keys tokens are signed with, public halves (what the server verifies against). */
  readonly publicKeys: { keys: JWK[] };
  /** The signing key itself, for tests that make tokens the provider did not issue. */
  readonly signingKey: JWK;
  handles(url: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

const accountOf = (id: string) => DEMO_ACCOUNTS.find((account) => account.id === id);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) break;
  }
  return new URLSearchParams(text);
}

/** `origin` is where the app is served ("http://127.0.0.1:8080"): the issuer is origin + /oidc. */
export async function startDevProvider(
  origin: string,
  options: {
    trustProxy?: boolean;
    accessTokenSeconds?: number;
    /** Kept in the data folder, so tokens outlive a restart; a fresh one when absent. */
    key?: KeyObject;
  } = {},
): Promise<DevProvider> {
  const issuer = `${origin}${MOUNT}`;
  const jwk = options.key
    ? (options.key.export({ format: 'jwk' }) as JWK)
    : await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey);
  const signingKey = { ...jwk, alg: 'ES256', use: 'sig', kid: 'dev-1' };
  const { d: _private, ...publicKey } = signingKey;
  void _private;
  const configuration: Configuration = {
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        id_token_signed_response_alg: 'ES256',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${origin}/signed-in`],
        post_logout_redirect_uris: [`${origin}/`],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const account = accountOf(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: account.email, email_verified: true, name: account.name }),
      };
    },
    // The plan's API reads who is asking from the access token itself.
    extraTokenClaims: (_ctx, token) => {
      const account = 'accountId' in token ? accountOf(String(token.accountId)) : undefined;
      return account ? { email: account.email, name: account.name } : undefined;
    },
    interactions: { url: (_ctx, interaction) => `${MOUNT}/interaction/${interaction.uid}` },
    // The app is this provider's only client: no consent screen for it.
    loadExistingGrant: async (ctx) => {
      const { Grant } = ctx.oidc.provider;
      const clientId = ctx.oidc.client?.clientId ?? DEV_CLIENT_ID;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(clientId);
      if (grantId) return Grant.find(grantId);
      if (!ctx.oidc.session?.accountId) return undefined;
      const grant = new Grant({
        clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile offline_access');
      grant.addResourceScope(DEV_AUDIENCE, 'plan');
      await grant.save();
      return grant;
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
    ttl: {
      AccessToken: options.accessTokenSeconds ?? ACCESS_TOKEN_SECONDS,
      IdToken: ACCESS_TOKEN_SECONDS,
      RefreshToken: 8 * 60 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
      Interaction: 15 * 60,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = signOutPage(form);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => DEV_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== DEV_AUDIENCE) throw new errors.InvalidTarget();
          return {
            scope: 'plan',
            audience: DEV_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenSeconds ?? ACCESS_TOKEN_SECONDS,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = loginPage({
        title: 'Sign-in could not continue',
        error: String(out.error_description ?? out.error ?? 'Something went wrong.'),
      });
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = options.trustProxy ?? false;
  const callback = provider.callback();

  async function interaction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    post: boolean,
  ) {
    const send = (status: number, html: string) => {
      res.statusCode = status;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(html);
    };
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== uid) return send(400, loginPage({ error: 'This sign-in has expired.' }));
      if (!post) return send(200, loginPage({ action: `${MOUNT}/interaction/${uid}/login` }));
      const form = await readForm(req);
      const email = (form.get('email') ?? '').trim().toLowerCase();
      const account = DEMO_ACCOUNTS.find((a) => a.email === email);
      if (!account || form.get('password') !== DEMO_PASSWORD) {
        return send(
          401,
          loginPage({
            action: `${MOUNT}/interaction/${uid}/login`,
            email,
            error: 'The email address or password is not right.',
          }),
        );
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.id } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      send(
        400,
        loginPage({
          error: `This sign-in cannot continue (${error instanceof Error ? error.message : String(error)}). Go back to the app and sign in again.`,
        }),
      );
    }
  }

  return {
    issuer,
    audience: DEV_AUDIENCE,
    clientId: DEV_CLIENT_ID,
    publicKeys: { keys: [publicKey] },
    signingKey,
    handles: (url) => url === MOUNT || url.startsWith(`${MOUNT}/`),
    handle(req, res) {
      const url = req.url ?? '/';
      const match = /^\/oidc\/interaction\/([\w-]+)(\/login)?$/.exec(url.split('?')[0] ?? '');
      if (match?.[1]) {
        void interaction(req, res, match[1], req.method === 'POST' && match[2] !== undefined);
        return;
      }
      // The provider routes as if mounted at /oidc (it reads the prefix from originalUrl).
      Object.assign(req, { originalUrl: url, url: url.slice(MOUNT.length) || '/' });
      void callback(req, res);
    },
  };
}
