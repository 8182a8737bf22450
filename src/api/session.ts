/**
 * Signing in to the shared plan (issue 18): OpenID Connect, authorisation code with PKCE, by
 * `oidc-client-ts`, against the provider the server names at /api/auth-config. The person's tokens
 * live in this tab's sessionStorage (never localStorage) and are renewed with the refresh token
 * before they expire. Local-only mode never loads any of this: the screens read who is signed in
 * from `sessionState.ts`, which this keeps.
 */
import type { User, UserManager } from 'oidc-client-ts';
import { setSignedInActor } from '../db/actor';
import type { Member } from '../domain/roles';
import { call, setTokenSource, SyncError } from './serverCall';
import { useSession } from './sessionState';

interface SignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly scope: string;
  readonly resource: string | null;
  readonly development: boolean;
}

/** Kept with the tokens, so a reload while offline still knows who is working. */
const MEMBER_KEY = 'safetynet.member';

let manager: Promise<UserManager> | null = null;

function userManager(): Promise<UserManager> {
  manager ??= (async () => {
    const [{ UserManager, WebStorageStateStore }, config] = await Promise.all([
      import('oidc-client-ts'),
      // Asked without a token: it is what says how to get one.
      fetch('/api/auth-config').then((response) => {
        if (!response.ok)
          throw new SyncError('The server did not say how to sign in.', response.status);
        return response.json() as Promise<SignInConfig>;
      }),
    ]);
    useSession.setState({ development: config.development });
    const store = new WebStorageStateStore({ store: window.sessionStorage });
    const made = new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      redirect_uri: `${window.location.origin}/signed-in`,
      post_logout_redirect_uri: `${window.location.origin}/`,
      response_type: 'code',
      scope: config.scope,
      userStore: store,
      stateStore: store,
      automaticSilentRenew: true,
      extraQueryParams: config.resource ? { resource: config.resource } : {},
    });
    made.events.addUserLoaded((user) => adopt(user));
    made.events.addSilentRenewError(() =>
      signedOut('Your sign-in could not be renewed. Sign in again to carry on syncing.'),
    );
    return made;
  })();
  return manager;
}

function adopt(user: User): void {
  const name = typeof user.profile.name === 'string' ? user.profile.name : null;
  const email = typeof user.profile.email === 'string' ? user.profile.email.toLowerCase() : null;
  useSession.setState({ name, email });
}

function keepMember(member: Member | null): void {
  if (member) sessionStorage.setItem(MEMBER_KEY, JSON.stringify(member));
  else sessionStorage.removeItem(MEMBER_KEY);
  const { name, email } = useSession.getState();
  setSignedInActor(
    member
      ? { name: `${name ?? member.name} <${email ?? member.email}>`, role: member.role }
      : null,
  );
}

/** Asks the server who this person is to the plan. */
export async function refreshMembership(): Promise<void> {
  const me = await call<{
    name: string;
    email: string;
    member: Member | null;
    firstManagerNeeded: boolean;
  }>('/api/me');
  useSession.setState({
    state: 'in',
    name: me.name,
    email: me.email,
    member: me.member,
    firstManagerNeeded: me.firstManagerNeeded,
    message: null,
  });
  keepMember(me.member);
}

function signedOut(message: string | null): void {
  keepMember(null);
  useSession.setState({ state: 'out', member: null, message });
}

/** At start: the sign-in this tab holds, if any, and the person's membership. */
export async function restoreSession(): Promise<void> {
  // A token refused mid-session: work carries on here, and the person is asked to sign in again.
  setTokenSource(
    async () => (await (await userManager()).getUser())?.access_token ?? null,
    () =>
      useSession.setState({
        message:
          'Your sign-in has ended. Sign in again to carry on syncing; your changes are kept here.',
      }),
  );
  try {
    if (window.location.pathname === '/signed-in') {
      const user = await (await userManager()).signinRedirectCallback();
      adopt(user);
      const back = (user.state as { returnTo?: string } | undefined)?.returnTo ?? '/';
      window.history.replaceState(null, '', back.startsWith('/') ? back : '/');
    }
    const user = await (await userManager()).getUser();
    if (!user) return signedOut(null);
    adopt(user);
    const kept = sessionStorage.getItem(MEMBER_KEY);
    try {
      await refreshMembership();
    } catch (error) {
      // Offline, with a sign-in from earlier in this tab: work on as the member last confirmed.
      if (error instanceof SyncError && error.status === null && kept) {
        const member = JSON.parse(kept) as Member;
        useSession.setState({ state: 'in', member });
        keepMember(member);
        return;
      }
      throw error;
    }
  } catch (error) {
    signedOut(error instanceof Error ? error.message : String(error));
  }
}

/** Off to the provider's sign-in page; back at the same screen afterwards. */
export async function signIn(): Promise<void> {
  const returnTo = `${window.location.pathname}${window.location.search}`;
  await (
    await userManager()
  ).signinRedirect({
    state: { returnTo: returnTo === '/signed-in' ? '/' : returnTo },
  });
}

/**
 * Signs out; with `removeCopy`, first removes this browser's copy of the plan (refused, with the
 * reason, while a change made here has not reached the server).
 */
export async function signOut({ removeCopy = false } = {}): Promise<void> {
  if (removeCopy) await (await import('../db/sync/removeCopy')).removeBrowserCopy();
  const users = await userManager();
  keepMember(null);
  await users.signoutRedirect().catch(async () => {
    // A provider without a sign-out page: forget the tokens here at least.
    await users.removeUser();
    signedOut(null);
  });
}

/** The set-up code from the server's console: this person becomes the first manager. */
export async function claimFirstManager(code: string): Promise<void> {
  await call('/api/members/claim', { method: 'POST', body: JSON.stringify({ code }) });
  await refreshMembership();
}
