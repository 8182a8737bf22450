// @vitest-environment node
/**
 * Who may see and change what (issue 18), through the real server on a real port: people sign in
 * through the development provider's own pages and call the API with the tokens it issues.
 * Nothing of the provider or the server is mocked.
 */
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshotContent } from '../../src/domain/snapshot';
import { snapshotHash } from '../../src/domain/snapshotHash';
import {
  COMMAND_NAMES,
  LOCAL_ONLY_COMMANDS,
  type CommandName,
  type PullResponse,
} from '../../src/domain/sync';
import type { Change } from '../../src/domain/syncSchema';
import { startServer, type RunningServer } from '../../src/server/serve';
import { storedUpdate } from '../fixtures/updates';
import { DATABASES, type TestDatabase } from './databases';
import { demo, signIn } from './identity';
import { mutation, setupRequest, stored, WORKSPACE_ID, DEVICE_A } from './shared';

/** A command that changes no row still leaves one audit entry. */
function withAudit(made: ReturnType<typeof mutation>) {
  if (made.audit.length > 0) return made;
  const [entry] = mutation([actionStub]).audit;
  return { ...made, audit: entry ? [entry] : [] };
}
const actionStub: Change = { table: 'actions', key: 'none', base: null, row: null };

type Role = 'manager' | 'lead' | 'board' | 'councillor';
const ROLES: readonly Role[] = ['manager', 'lead', 'board', 'councillor'];

/** Who the issue says may run each command (local-only commands are never sent at all). */
const MAY: Record<Exclude<CommandName, 'reset workspace' | 'restore backup'>, readonly Role[]> = {
  'accept update returns': ['manager', 'lead'],
  'add draft indicators': ['manager'],
  'archive action': ['manager', 'lead'],
  'close quarter': ['manager'],
  'create action': ['manager', 'lead'],
  'create indicator': ['manager'],
  'delete indicator value': ['manager', 'lead'],
  'import actions': ['manager', 'lead'],
  'load demo plan': ['manager'],
  'record backup': ['manager', 'lead', 'board'],
  'record export': ['manager', 'lead', 'board'],
  'record fetched indicator values': ['manager', 'lead'],
  'remove demo plan': ['manager'],
  'reopen quarter': ['manager'],
  'resolve conflict': ['manager', 'lead'],
  'restore action': ['manager', 'lead'],
  'save indicator value': ['manager', 'lead'],
  'save update': ['manager', 'lead'],
  'seed workspace': ['manager'],
  'set backup reminder': ['manager', 'lead', 'board'],
  'set recommendation response': ['manager'],
  'set reporting quarter': ['manager', 'lead', 'board'],
  'start financial year': ['manager'],
  'update action': ['manager', 'lead'],
  'update indicator': ['manager'],
  'update settings': ['manager', 'lead', 'board'],
};

describe.each(DATABASES)('roles on the shared plan (%s)', (_name, open) => {
  let database: TestDatabase;
  let server: RunningServer;
  const tokens = {} as Record<Role, string>;
  let gyvIndicator: string;
  let asbIndicator: string;
  let counter = 0;

  const api = (path: string, token: string | null, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
  const send = (role: Role, changes: Change[], name: CommandName) =>
    api('/api/push', tokens[role], {
      method: 'POST',
      body: JSON.stringify({
        workspaceId: WORKSPACE_ID,
        deviceId: DEVICE_A,
        mutations: [withAudit(mutation(changes, name))],
      }),
    });

  /** The row as the server holds it, changed, with the server's version as its base. */
  async function edit(
    table: Change['table'],
    key: string,
    change: (row: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<Change> {
    const found = await database.db
      .selectFrom('rows')
      .select(['data', 'version'])
      .where('tbl', '=', table)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    return { table, key, base: found.version, row: change(found.data as Record<string, unknown>) };
  }
  const fresh = (table: Change['table'], row: Record<string, unknown>): Change => ({
    table,
    key: String(row.id),
    base: null,
    row,
  });
  const newAction = (role: string, demo = 0) => {
    counter += 1;
    return fresh('actions', {
      ...(setupRequest().tables.actions?.[0] as Record<string, unknown>),
      id: `new-${role}-${counter}`,
      ref: `GYV-${60 + counter}`,
      demo,
    });
  };
  const update = (actionId: string, quarter = '2026-Q2') =>
    storedUpdate(actionId, quarter, {
      rag: 'amber',
      percentComplete: 40,
      narrative: `Progress on ${actionId}`,
      reportedBy: 'Lead',
      reportedAt: '2026-09-30T09:00:00.000Z',
    });
  const value = (indicatorId: string) => {
    counter += 1;
    return fresh('indicatorValues', {
      id: `value-${counter}`,
      indicatorId,
      period: '2026-Q2',
      value: counter,
      origin: 'manual',
      recordedAt: '2026-09-30T09:00:00.000Z',
    });
  };
  const snapshot = (role: string, supersededAt: string | null) => {
    const content = buildSnapshotContent({
      quarter: '2026-Q1',
      actions: [],
      updates: [],
      recommendations: [],
      previous: null,
    });
    counter += 1;
    return fresh('snapshots', {
      id: `snapshot-${role}-${counter}`,
      quarter: '2026-Q1',
      version: 1,
      closedAt: '2026-07-01T09:00:00.000Z',
      closedBy: 'Manager',
      content,
      hash: snapshotHash(content),
      supersededAt,
      reopenReason: supersededAt ? 'A late return' : null,
    });
  };

  /** A realistic change for each command, as the role would send it (their own body's rows). */
  async function changesFor(command: CommandName, role: Role): Promise<Change[]> {
    const retitle = (row: Record<string, unknown>) => ({ ...row, title: `${role} ${command}` });
    switch (command) {
      case 'create action':
      case 'import actions':
        return [newAction(role)];
      case 'load demo plan':
        return [newAction(role, 1)];
      case 'update action':
      case 'resolve conflict':
        return [await edit('actions', 'a-1', retitle)];
      case 'archive action':
        return [await edit('actions', 'a-2', (row) => ({ ...row, archived: 1 }))];
      case 'restore action':
        return [await edit('actions', 'a-2', (row) => ({ ...row, archived: 0 }))];
      case 'remove demo plan': {
        const made = newAction(role, 1);
        expect((await send('manager', [made], 'load demo plan')).status).toBe(200);
        return [{ ...(await edit('actions', made.key, (row) => row)), row: null }];
      }
      case 'save update':
      case 'accept update returns': {
        counter += 1;
        return [fresh('updates', update('a-1', `${2027 + counter}-Q1`))];
      }
      case 'save indicator value':
      case 'record fetched indicator values':
        return [value(gyvIndicator)];
      case 'delete indicator value': {
        const made = value(gyvIndicator);
        const created = await send('manager', [made], 'save indicator value');
        expect(created.status).toBe(200);
        return [{ ...(await edit('indicatorValues', made.key, (row) => row)), row: null }];
      }
      case 'close quarter':
        return [snapshot(role, null)];
      case 'reopen quarter':
        return [snapshot(role, '2026-08-01T09:00:00.000Z')];
      case 'create indicator':
      case 'add draft indicators': {
        const changed = await edit('indicators', gyvIndicator, (row) => row);
        counter += 1;
        return [fresh('indicators', { ...changed.row, id: `indicator-${counter}` })];
      }
      case 'update indicator':
        return [
          await edit('indicators', gyvIndicator, (row) => ({
            ...row,
            description: `${role} edit`,
          })),
        ];
      case 'set recommendation response':
      case 'start financial year':
        return [
          await edit('recommendations', '7', (row) => ({
            ...row,
            response: 'accepted',
            responseNote: `${role}`,
          })),
        ];
      case 'seed workspace':
        return [await edit('bodies', 'GYV', (row) => ({ ...row, description: `${role} seeded` }))];
      default:
        return [];
    }
  }

  beforeAll(async () => {
    database = await open();
    server = await startServer({ db: database.db, engine: 'pglite', port: 0, host: '127.0.0.1' });
    tokens.manager = (await signIn(server, demo('demo-manager').email)).access;
    const claimed = await api('/api/members/claim', tokens.manager, {
      method: 'POST',
      body: JSON.stringify({ code: server.setupCode }),
    });
    expect(claimed.status).toBe(200);
    const request = setupRequest();
    const indicators = request.tables.indicators as { id: string; bodyId: string }[];
    gyvIndicator = indicators.find((i) => i.bodyId === 'GYV')?.id ?? '';
    asbIndicator = indicators.find((i) => i.bodyId !== 'GYV')?.id ?? '';
    const setUp = await api('/api/setup', tokens.manager, {
      method: 'POST',
      body: JSON.stringify({
        ...request,
        tables: {
          ...request.tables,
          actions: [
            ...(request.tables.actions ?? []),
            { ...request.tables.actions?.[0], id: 'asb-1', ref: 'ASB-01', bodyId: 'ASB' },
          ],
        },
      }),
    });
    expect(setUp.status).toBe(200);
    for (const [id, role, bodyIds] of [
      ['demo-lead', 'subgroup-lead', ['GYV']],
      ['demo-board', 'board-member', []],
      ['demo-councillor', 'councillor', []],
    ] as const) {
      const person = demo(id);
      const added = await api('/api/members', tokens.manager, {
        method: 'PUT',
        body: JSON.stringify({ email: person.email, name: person.name, role, bodyIds }),
      });
      expect(added.status, await added.clone().text()).toBe(200);
    }
    tokens.lead = (await signIn(server, demo('demo-lead').email)).access;
    tokens.board = (await signIn(server, demo('demo-board').email)).access;
    tokens.councillor = (await signIn(server, demo('demo-councillor').email)).access;
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('covers every command the app sends', () => {
    expect(Object.keys(MAY).sort()).toEqual(
      COMMAND_NAMES.filter((name) => !LOCAL_ONLY_COMMANDS.includes(name)).sort(),
    );
  });

  it.each(Object.entries(MAY))(
    '%s: stored for the roles that may, 403 and nothing stored for the rest',
    async (command, may) => {
      for (const role of ROLES) {
        const changes = await changesFor(command as CommandName, role);
        const before = await stored(database.db);
        const response = await send(role, changes, command as CommandName);
        const body = (await response.json()) as { error?: string; results: { status: string }[] };
        const after = await stored(database.db);
        if (may.includes(role)) {
          expect(response.status, `${role}: ${JSON.stringify(body)}`).toBe(200);
          expect(body.results[0]?.status, `${role}: ${JSON.stringify(body)}`).toBe('applied');
          expect(after.audit, role).toBe(before.audit + 1);
          for (const change of changes) {
            const row = await database.db
              .selectFrom('rows')
              .select('data')
              .where('tbl', '=', change.table)
              .where('key', '=', change.key)
              .executeTakeFirst();
            expect(row?.data ?? null, role).toEqual(change.row);
          }
        } else {
          expect(response.status, role).toBe(403);
          expect(body.error, role).toMatch(/[a-z]{3}/);
          expect(body.results.at(-1)?.status).toBe('refused');
          expect(after, `${role}: nothing stored`).toEqual(before);
        }
      }
    },
  );

  it('refuses a subgroup lead another body’s rows, however the change is dressed', async () => {
    const attempts: [string, Change[], CommandName][] = [
      [
        'another body’s action',
        [await edit('actions', 'asb-1', (row) => ({ ...row, title: 'Mine now' }))],
        'update action',
      ],
      [
        'moving an own action to another body',
        [await edit('actions', 'a-1', (row) => ({ ...row, bodyId: 'ASB' }))],
        'update action',
      ],
      [
        'a new action for another body',
        [{ ...newAction('lead'), row: { ...newAction('lead').row, bodyId: 'ASB' } }],
        'create action',
      ],
      ['an update on another body’s action', [fresh('updates', update('asb-1'))], 'save update'],
      [
        'an update naming an action that does not exist',
        [fresh('updates', update('no-such-action'))],
        'save update',
      ],
      ['another body’s indicator value', [value(asbIndicator)], 'save indicator value'],
      [
        'an own row with another body’s row',
        [
          await edit('actions', 'a-1', (row) => ({ ...row, title: 'Fine' })),
          await edit('actions', 'asb-1', (row) => ({ ...row, title: 'Not fine' })),
        ],
        'update action',
      ],
    ];
    for (const [what, changes, command] of attempts) {
      const before = await stored(database.db);
      const response = await send('lead', changes, command);
      expect(response.status, what).toBe(403);
      const body = (await response.json()) as { error: string };
      expect(body.error, what).toMatch(/belongs to|not yours/);
      if (what === 'an update on another body’s action') {
        expect(body.error).toMatch(/touches the Q2 2026\/27 update for ASB-01, /);
      }
      expect(await stored(database.db), what).toEqual(before);
    }
  });

  it('names the signed-in person in the audit trail, whatever the device wrote', async () => {
    const response = await send(
      'lead',
      [await edit('actions', 'a-1', (row) => ({ ...row, title: 'Signed' }))],
      'update action',
    );
    expect(response.status).toBe(200);
    const last = await database.db
      .selectFrom('audit')
      .select('entry')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.entry).toMatchObject({
      actor: `Priya Shah <gyv.lead@safetynet.example> (Gangs and youth violence subgroup)`,
      actorRole: 'subgroup-lead',
    });
  });

  it('sends a councillor only what scrutiny of closed quarters shows', async () => {
    await send(
      'manager',
      [
        await edit('recommendations', '3', (row) => ({
          ...row,
          response: 'accepted',
          responseNote: 'Draft wording',
          respondedAt: '2026-09-01T09:00:00.000Z',
        })),
      ],
      'set recommendation response',
    );
    const pulled = await api(
      `/api/pull?workspace=${WORKSPACE_ID}&after=0&auditAfter=0&limit=2000`,
      tokens.councillor,
    );
    expect(pulled.status).toBe(200);
    const batch = (await pulled.json()) as PullResponse;
    const tables = new Set(batch.rows.map((row) => row.table));
    expect([...tables].sort()).toEqual([
      'bodies',
      'fourPRows',
      'objectives',
      'recommendations',
      'snapshots',
      'swotItems',
      'themes',
    ]);
    expect(batch.audit).toEqual([]);
    for (const row of batch.rows) {
      if (row.table === 'recommendations') {
        expect(row.row, `recommendation ${row.key}`).toMatchObject({
          response: 'awaiting-response',
          responseNote: '',
        });
        expect(row.row).not.toHaveProperty('respondedAt');
      }
      if (row.table === 'snapshots' && row.row) {
        expect(Object.keys(row.row).sort()).toEqual([
          'closedAt',
          'closedBy',
          'content',
          'hash',
          'id',
          'quarter',
          'reopenReason',
          'supersededAt',
          'version',
        ]);
      }
    }
    // Everything else the server holds is in rows the councillor was not sent.
    const all = await sql<{ tbl: string }>`select distinct tbl from rows`.execute(database.db);
    expect(all.rows.map((r) => r.tbl)).toEqual(
      expect.arrayContaining(['actions', 'updates', 'indicators', 'indicatorValues']),
    );
    for (const path of [
      '/api/checkpoint?from=0',
      '/api/audit/hashes?from=1&to=2',
      '/api/members',
    ]) {
      expect((await api(path, tokens.councillor)).status, path).toBe(403);
    }
    // The others read the whole plan, audit trail and all.
    const board = (await (
      await api(`/api/pull?workspace=${WORKSPACE_ID}&after=0&auditAfter=0&limit=2000`, tokens.board)
    ).json()) as PullResponse;
    expect(board.audit.length).toBeGreaterThan(0);
    expect(new Set(board.rows.map((r) => r.table))).toContain('actions');
  });

  it('answers 401, with nothing stored, to no token, an expired one, another key, issuer or audience, and a tampered one', async () => {
    const provider = server.devProvider;
    if (!provider) throw new Error('The server has no development provider.');
    const key = await importJWK(provider.signingKey as JWK, 'ES256');
    const other = (await generateKeyPair('ES256')).privateKey;
    const claims = { email: demo('demo-manager').email, name: 'Morgan Ellis' };
    const make = (
      signer: typeof key,
      { iss = provider.issuer, aud = provider.audience, exp = '5m' } = {},
    ) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'dev-1' })
        .setIssuer(iss)
        .setAudience(aud)
        .setSubject('demo-manager')
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(signer);
    const [head, payload, signature] = tokens.lead.split('.');
    const raised = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
        email: claims.email,
      }),
    ).toString('base64url');
    const bad: [string, string | null][] = [
      ['no token', null],
      ['an expired token', await make(key, { exp: Math.floor(Date.now() / 1000) - 120 } as never)],
      ['another key', await make(other)],
      ['another issuer', await make(key, { iss: 'https://elsewhere.example/oidc' })],
      ['another audience', await make(key, { aud: 'urn:another:api' })],
      ['a tampered payload', `${head}.${raised}.${signature}`],
      ['not a token at all', 'not-a-token'],
    ];
    // The key is the provider's own: a well-formed token from it is believed (the control).
    expect((await api('/api/me', await make(key))).status).toBe(200);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/me'],
      ['GET', '/api/workspace'],
      ['GET', `/api/pull?workspace=${WORKSPACE_ID}&after=0&auditAfter=0`],
      ['GET', '/api/checkpoint?from=0'],
      ['GET', '/api/audit/hashes?from=1&to=2'],
      ['GET', '/api/members'],
      ['POST', '/api/setup', setupRequest()],
      [
        'POST',
        '/api/push',
        {
          workspaceId: WORKSPACE_ID,
          deviceId: DEVICE_A,
          mutations: [mutation([newAction('x')], 'create action')],
        },
      ],
      ['POST', '/api/members/claim', { code: server.setupCode }],
      ['PUT', '/api/members', { email: 'x@example.org', name: 'X', role: 'manager', bodyIds: [] }],
      ['DELETE', `/api/members/${encodeURIComponent(demo('demo-board').email)}`],
    ];
    const before = await stored(database.db);
    const members = await database.db.selectFrom('members').selectAll().execute();
    for (const [what, token] of bad) {
      for (const [method, path, body] of routes) {
        const response = await api(path, token, {
          method,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(response.status, `${what}: ${method} ${path}`).toBe(401);
        expect(response.headers.get('www-authenticate'), what).toMatch(/^Bearer/);
        expect(((await response.json()) as { error: string }).error).toMatch(/[Ss]ign in/);
      }
    }
    expect(await stored(database.db)).toEqual(before);
    expect(await database.db.selectFrom('members').selectAll().execute()).toEqual(members);
    // What anyone may ask.
    expect((await api('/api/health', null)).status).toBe(200);
    expect(await (await api('/api/auth-config', null)).json()).toMatchObject({
      issuer: provider.issuer,
      development: true,
    });
  });

  it('renews a sign-in with its refresh token, as the browser does before the access token expires', async () => {
    const provider = server.devProvider;
    if (!provider) throw new Error('The server has no development provider.');
    const { refresh } = await signIn(server, demo('demo-board').email);
    expect(refresh).toBeTruthy();
    const renewed = await fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refresh ?? '',
        client_id: provider.clientId,
      }).toString(),
    });
    expect(renewed.status).toBe(200);
    const { access_token: access } = (await renewed.json()) as { access_token: string };
    const me = (await (await api('/api/me', access)).json()) as { member: { role: string } };
    expect(me.member.role).toBe('board-member');
  });

  it('lets only the manager change membership, audits each change, and keeps a manager', async () => {
    const person = {
      email: 'New.Person@Example.org',
      name: 'New Person',
      role: 'board-member',
      bodyIds: [],
    };
    for (const role of ['lead', 'board', 'councillor'] as const) {
      const refused = await api('/api/members', tokens[role], {
        method: 'PUT',
        body: JSON.stringify(person),
      });
      expect(refused.status, role).toBe(403);
    }
    const auditBefore = (await stored(database.db)).audit;
    const added = await api('/api/members', tokens.manager, {
      method: 'PUT',
      body: JSON.stringify(person),
    });
    expect(added.status).toBe(200);
    expect(await added.json()).toMatchObject({
      email: 'new.person@example.org',
      role: 'board-member',
    });
    const badBody = await api('/api/members', tokens.manager, {
      method: 'PUT',
      body: JSON.stringify({ ...person, role: 'subgroup-lead', bodyIds: ['NOPE'] }),
    });
    expect(badBody.status).toBe(422);
    expect(((await badBody.json()) as { error: string }).error).toMatch(/no body NOPE/);
    const removed = await api(
      `/api/members/${encodeURIComponent('new.person@example.org')}`,
      tokens.manager,
      { method: 'DELETE' },
    );
    expect(removed.status).toBe(200);
    const entries = await database.db
      .selectFrom('audit')
      .select('entry')
      .where('seq', '>', auditBefore)
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => (e.entry as { summary: string }).summary)).toEqual([
      'Member added: New Person <new.person@example.org> as board member',
      'Member removed: New Person <new.person@example.org> as board member',
    ]);
    const lastManager = await api('/api/members', tokens.manager, {
      method: 'PUT',
      body: JSON.stringify({
        email: demo('demo-manager').email,
        name: 'Morgan Ellis',
        role: 'board-member',
        bodyIds: [],
      }),
    });
    expect(lastManager.status).toBe(409);
    // The set-up code makes only the first manager.
    const again = await api('/api/members/claim', tokens.board, {
      method: 'POST',
      body: JSON.stringify({ code: server.setupCode }),
    });
    expect(again.status).toBe(409);
  });
});

describe('rate limits and a server with no members', () => {
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    // On PostgreSQL: its connections run side by side, so two claims at once really race
    // (PGlite's one connection would run them one after the other whatever the code did).
    const [, [, openPostgres]] = DATABASES as [unknown, [string, () => Promise<TestDatabase>]];
    database = await openPostgres();
    server = await startServer({
      db: database.db,
      engine: 'postgresql',
      port: 0,
      host: '127.0.0.1',
      limits: { requests: { burst: 8, perSecond: 1 }, signIn: { burst: 6, perSecond: 0.1 } },
    });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('asks for the set-up code, refusing a wrong one, and slows a flood with 429 while others carry on', async () => {
    const manager = (await signIn(server, demo('demo-manager').email)).access;
    const board = (await signIn(server, demo('demo-board').email)).access;
    const call = (token: string, path: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
    const me = (await (await call(manager, '/api/me')).json()) as {
      member: unknown;
      firstManagerNeeded: boolean;
    };
    expect(me).toMatchObject({ member: null, firstManagerNeeded: true });
    const wrong = await call(manager, '/api/members/claim', {
      method: 'POST',
      body: JSON.stringify({ code: '0000-0000-0000' }),
    });
    expect(wrong.status).toBe(403);
    expect((await database.db.selectFrom('members').selectAll().execute()).length).toBe(0);
    // Two people with the right code at the same moment: one becomes the manager, not both. The
    // first claim is held open in a transaction of its own (as a slow one would be); the second
    // must wait for it, then find a manager already there.
    const first = new pg.Client({ connectionString: database.url });
    await first.connect();
    await first.query('begin');
    await first.query('lock table members in share row exclusive mode');
    await first.query(
      `insert into members (email, name, role, body_ids, added_by, added_at)
       values ('manager@safetynet.example', 'Morgan Ellis', 'manager', '[]', 'the test', now()::text)`,
    );
    const second = call(board, '/api/members/claim', {
      method: 'POST',
      body: JSON.stringify({ code: server.setupCode }),
    });
    const settled = await Promise.race([
      second.then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 500)),
    ]);
    expect(settled).toBe('waiting');
    await first.query('commit');
    await first.end();
    expect((await second).status).toBe(409);
    expect((await database.db.selectFrom('members').selectAll().execute()).length).toBe(1);
    // A flood from one person: slowed, with the wait in seconds.
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i += 1) {
      const response = await call(board, '/api/me');
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Someone else carries on.
    expect((await call(manager, '/api/me')).status).toBe(200);
    // Password guessing at the sign-in form is slowed too.
    const guesses = await Promise.all(
      Array.from({ length: 5 }, () =>
        signIn(server, 'nobody@example.org').catch((error: Error) => error.message),
      ),
    );
    expect(guesses.some((message) => /429/.test(String(message)))).toBe(true);
  });

  it('sends its security headers on the sign-in pages as on the API', async () => {
    for (const path of ['/oidc/.well-known/openid-configuration', '/oidc/jwks', '/api/health']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toMatch(
        /script-src 'self'.*frame-ancestors 'none'/,
      );
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});
