/**
 * The person's role as the screens should treat it: the membership the server confirmed when a
 * shared plan is signed in to, else the role chosen in Settings (local-only mode).
 */
import { useQuery } from '@tanstack/react-query';
import type { UserRole } from '../domain/workspace';
import { settingsQuery } from './queries';
import { useSession } from './sessionState';

export function useRole(): UserRole | undefined {
  const member = useSession((session) => session.member);
  const settings = useQuery(settingsQuery()).data;
  return member?.role ?? settings?.userRole;
}

/**
 * Whether to offer changes to a body's work (or to the plan as a whole, with no body): what the
 * server would accept. The server's refusal stays the guarantee; this only hides what it refuses.
 */
export function useMayChange(bodyId?: string): boolean {
  const member = useSession((session) => session.member);
  const role = useRole();
  if (role === 'councillor' || role === 'board-member') return false;
  if (role === 'subgroup-lead' && member) {
    return bodyId !== undefined && member.bodyIds.includes(bodyId);
  }
  return true;
}

/**
 * Whether to offer what only the community safety manager may do on a shared plan: closing and
 * reopening quarters, the board's responses, indicators, the plan's structure. In local-only mode,
 * what the role chosen in Settings allowed before (everything but for councillors and board members).
 */
export function useMayManage(): boolean {
  const member = useSession((session) => session.member);
  const role = useRole();
  if (member) return member.role === 'manager';
  return role !== 'councillor' && role !== 'board-member';
}
