/** Who is signed in to the shared plan, as the screens show it; kept by `session.ts`. */
import { create } from 'zustand';
import type { Member } from '../domain/roles';

export interface Session {
  /** checking: reading the stored sign-in; out: no one signed in; in: someone is. */
  readonly state: 'checking' | 'out' | 'in';
  readonly name: string | null;
  readonly email: string | null;
  /** The person's membership of the plan; null when signed in but not (yet) a member. */
  readonly member: Member | null;
  /** The server has no members: the set-up code on its console makes this person the manager. */
  readonly firstManagerNeeded: boolean;
  /** The built-in provider: the sign-in screen says it is for development only. */
  readonly development: boolean;
  /** Why the person must sign in again, in words. */
  readonly message: string | null;
}

export const useSession = create<Session>(() => ({
  state: 'checking',
  name: null,
  email: null,
  member: null,
  firstManagerNeeded: false,
  development: false,
  message: null,
}));
