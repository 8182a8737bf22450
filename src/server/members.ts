/**
 * The shared plan's members: who may use it and as what. Only the community safety manager
 * changes membership; each change is an entry in the plan's audit trail. The first manager is
 * made with the one-time set-up code the server prints on its console while it has no members.
 */
import { randomInt } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Member } from '../domain/roles';
import { ROLE_LABEL, USER_ROLES, type UserRole } from '../domain/workspace';
import type { ServerDatabase, ServerSchema } from './database';
import type { Identity } from './identity/tokens';
import { actorOf, nameIn, planBodies, toMember, type Caller } from './caller';
import { appendServerAudit, RequestRefused } from './store';

/** The one-time code that makes the first manager; a fresh one each time the server starts. */
export function newSetupCode(): string {
  const digits = Array.from({ length: 12 }, () => randomInt(10)).join('');
  return digits.replace(/(\d{4})(?=\d)/g, '$1-');
}

const describe = (member: Member, bodyName: (id: string) => string) =>
  `${member.name} <${member.email}> as ${ROLE_LABEL[member.role].toLowerCase()}${
    member.role === 'subgroup-lead' ? ` for ${member.bodyIds.map(bodyName).join(', ')}` : ''
  }`;

/**
 * Makes the signed-in person the first manager, when the code is the one on the server's console
 * and the server has no member yet. Refused otherwise, with nothing changed.
 */
export async function claimFirstManager(
  db: ServerDatabase,
  identity: Identity,
  code: string,
  expected: string,
): Promise<Member> {
  return db.transaction().execute(async (tx) => {
    await lockMembers(tx);
    const existing = await tx.selectFrom('members').select('email').limit(1).execute();
    if (existing.length > 0) {
      throw new RequestRefused(
        409,
        'This shared plan already has a manager. Ask them to add you on the Members page.',
      );
    }
    if (code.replace(/\D/g, '') !== expected.replace(/\D/g, '')) {
      throw new RequestRefused(
        403,
        'That is not the set-up code shown on the server’s console. Check it and try again.',
      );
    }
    const member: Member = {
      email: identity.email,
      name: identity.name,
      role: 'manager',
      bodyIds: [],
    };
    const at = new Date().toISOString();
    await tx
      .insertInto('members')
      .values(memberRow(member, 'the set-up code on the server’s console', at))
      .execute();
    await appendServerAudit(tx, [
      {
        at,
        actor: actorOf({ ...identity, member }, (id) => id),
        actorRole: 'manager',
        kind: 'create',
        entityType: 'member',
        entityId: member.email,
        summary: `${member.name} <${member.email}> became the shared plan’s first community safety manager with the set-up code shown on the server’s console`,
        before: null,
        after: member,
      },
    ]);
    return member;
  });
}

/** A member as the members table stores them. */
const memberRow = (member: Member, addedBy: string, at: string): ServerSchema['members'] => ({
  email: member.email,
  name: member.name,
  role: member.role,
  body_ids: JSON.stringify(member.bodyIds),
  added_by: addedBy,
  added_at: at,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The membership a manager asks for, checked; the problem in words when it cannot be. */
function checkedMember(input: unknown, known: ReadonlySet<string>): Member | string {
  const value = (input ?? {}) as Record<string, unknown>;
  const email = typeof value.email === 'string' ? value.email.trim().toLowerCase() : '';
  const name = typeof value.name === 'string' ? value.name.trim() : '';
  const role = value.role;
  const bodyIds = Array.isArray(value.bodyIds)
    ? value.bodyIds.filter((b) => typeof b === 'string')
    : [];
  if (!EMAIL.test(email) || email.length > 200)
    return 'Enter the person’s email address as their sign-in shows it.';
  if (name === '' || name.length > 120) return 'Enter the person’s name (up to 120 characters).';
  if (!(USER_ROLES as readonly unknown[]).includes(role)) return 'Choose the person’s role.';
  if (role === 'subgroup-lead') {
    if (bodyIds.length === 0) return 'Choose the body or bodies this subgroup lead answers for.';
    const unknown = bodyIds.find((id) => !known.has(id));
    if (unknown) return `There is no body ${unknown} in the shared plan.`;
  }
  return {
    email,
    name,
    role: role as UserRole,
    bodyIds: role === 'subgroup-lead' ? [...new Set(bodyIds as string[])].sort() : [],
  };
}

/**
 * One change of membership at a time: two people with the set-up code cannot both become the
 * first manager, and two managers cannot demote each other at once leaving none. (The plan's
 * workspace row cannot serve: before first setup there is none to lock.) Reads go on meanwhile.
 */
async function lockMembers(tx: Transaction<ServerSchema>): Promise<void> {
  await sql`lock table members in share row exclusive mode`.execute(tx);
}

async function managersLeft(tx: Transaction<ServerSchema>, without: string): Promise<number> {
  const rows = await tx
    .selectFrom('members')
    .select('email')
    .where('role', '=', 'manager')
    .where('email', '<>', without)
    .execute();
  return rows.length;
}

/** Adds a member or changes their role or bodies; the manager only; audited. */
export async function saveMember(db: ServerDatabase, by: Caller, input: unknown): Promise<Member> {
  return db.transaction().execute(async (tx) => {
    await lockMembers(tx);
    const bodies = await planBodies(tx);
    const names = nameIn(bodies);
    const member = checkedMember(input, new Set(bodies.keys()));
    if (typeof member === 'string') throw new RequestRefused(422, member);
    const before = await tx
      .selectFrom('members')
      .selectAll()
      .where('email', '=', member.email)
      .executeTakeFirst();
    if (
      before?.role === 'manager' &&
      member.role !== 'manager' &&
      (await managersLeft(tx, member.email)) === 0
    ) {
      throw new RequestRefused(
        409,
        'The shared plan must keep at least one community safety manager. Make someone else a manager first.',
      );
    }
    const previous = before ? toMember(before) : null;
    if (previous && JSON.stringify(previous) === JSON.stringify(member)) return member;
    const at = new Date().toISOString();
    const row = memberRow(member, by.email, at);
    await tx
      .insertInto('members')
      .values(row)
      .onConflict((oc) =>
        oc.column('email').doUpdateSet({ name: row.name, role: row.role, body_ids: row.body_ids }),
      )
      .execute();
    await appendServerAudit(tx, [
      {
        at,
        actor: actorOf(by, names),
        actorRole: by.member?.role ?? 'manager',
        kind: previous ? 'update' : 'create',
        entityType: 'member',
        entityId: member.email,
        summary: previous
          ? `Membership changed: ${describe(member, names)} (was ${describe(previous, names)})`
          : `Member added: ${describe(member, names)}`,
        before: previous,
        after: member,
      },
    ]);
    return member;
  });
}

/** Removes a member; the manager only; audited. The last manager cannot be removed. */
export async function removeMember(db: ServerDatabase, by: Caller, email: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await lockMembers(tx);
    const row = await tx
      .selectFrom('members')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    if (!row) throw new RequestRefused(404, `${email} is not a member of this shared plan.`);
    if (row.role === 'manager' && (await managersLeft(tx, row.email)) === 0) {
      throw new RequestRefused(
        409,
        'The shared plan must keep at least one community safety manager. Make someone else a manager first.',
      );
    }
    const names = nameIn(await planBodies(tx));
    const member = toMember(row);
    await tx.deleteFrom('members').where('email', '=', row.email).execute();
    await appendServerAudit(tx, [
      {
        at: new Date().toISOString(),
        actor: actorOf(by, names),
        actorRole: by.member?.role ?? 'manager',
        kind: 'delete',
        entityType: 'member',
        entityId: member.email,
        summary: `Member removed: ${describe(member, names)}`,
        before: member,
        after: null,
      },
    ]);
  });
}
