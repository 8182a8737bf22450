/**
 * Who is asking: the signed-in person, their membership of the plan, and how the audit trail
 * names them.
 */
import type { Kysely, Transaction } from 'kysely';
import { bodyDisplayName, type Body } from '../domain/bodies';
import type { Member } from '../domain/roles';
import type { UserRole } from '../domain/workspace';
import type { ServerSchema } from './database';
import type { Identity } from './identity/tokens';

type Db = Kysely<ServerSchema> | Transaction<ServerSchema>;

export const toMember = (row: ServerSchema['members']): Member => ({
  email: row.email,
  name: row.name,
  role: row.role as UserRole,
  bodyIds: row.body_ids as string[],
});

/** The signed-in person and their membership (null: signed in, but not a member). */
export interface Caller extends Identity {
  readonly member: Member | null;
}

export async function callerOf(db: Db, identity: Identity): Promise<Caller> {
  const row = await db
    .selectFrom('members')
    .selectAll()
    .where('email', '=', identity.email)
    .executeTakeFirst();
  return { ...identity, member: row ? toMember(row) : null };
}

export async function listMembers(db: Db): Promise<Member[]> {
  const rows = await db.selectFrom('members').selectAll().orderBy('name').execute();
  return rows.map(toMember);
}

/** The shared plan's bodies: id → the name people know it by. */
export async function planBodies(db: Db): Promise<ReadonlyMap<string, string>> {
  const rows = await db
    .selectFrom('rows')
    .select('data')
    .where('tbl', '=', 'bodies')
    .where('data', 'is not', null)
    .execute();
  return new Map(
    rows.map(({ data }) => {
      const body = data as Body;
      return [body.id, bodyDisplayName(body)];
    }),
  );
}

/** A body's name for a message or the audit trail (its id when the plan has no such body). */
export const nameIn =
  (bodies: ReadonlyMap<string, string>) =>
  (id: string): string =>
    bodies.get(id) ?? id;

/** Body id → its name as people know it, from the shared plan. */
export async function bodyNames(db: Db): Promise<(id: string) => string> {
  return nameIn(await planBodies(db));
}

/** How the audit trail names the person: name, email, and the bodies a lead answers for. */
export function actorOf(caller: Caller, bodyName: (id: string) => string): string {
  const bodies =
    caller.member?.role === 'subgroup-lead' && caller.member.bodyIds.length > 0
      ? ` (${caller.member.bodyIds.map(bodyName).join(', ')})`
      : '';
  return `${caller.name} <${caller.email}>${bodies}`;
}
