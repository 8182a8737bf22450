// @vitest-environment node
/**
 * The shared plan's server, through its HTTP API (Hono's in-process fetch, the real routes and the
 * real database), on PGlite and on PostgreSQL alike.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainEntry, GENESIS_HASH, verifyChain, type AuditEntry } from '../../src/domain/audit';
import type { SetupRequest } from '../../src/domain/syncSchema';
import { buildSnapshotContent } from '../../src/domain/snapshot';
import { snapshotHash } from '../../src/domain/snapshotHash';
import type { MutationResult, PullResponse, PushResponse, ServerRow } from '../../src/domain/sync';
import { createPublicKey, verify } from 'node:crypto';
import { checkpointText, MerkleTree, verifyConsistency } from '../../src/domain/merkle';
import type { CheckpointResponse } from '../../src/domain/sync';
import { createApp, PUSH_LIMIT_BYTES } from '../../src/server/app';
import { storedUpdate } from '../fixtures/updates';
import { DATABASES, type TestDatabase } from './databases';
import { as, localIdentity, SETUP_CODE } from './identity';
import {
  actionChange,
  DEVICE_A,
  DEVICE_B,
  mutation,
  setupRequest,
  stored,
  WORKSPACE_ID,
} from './shared';

describe.each(DATABASES)('the shared plan on %s', (_name, open) => {
  let database: TestDatabase;
  let app: ReturnType<typeof as>;
  let local: Awaited<ReturnType<typeof localIdentity>>;

  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const push = async (device: string, ...mutations: ReturnType<typeof mutation>[]) => {
    const response = await post('/api/push', {
      workspaceId: WORKSPACE_ID,
      deviceId: device,
      mutations,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as PushResponse;
  };
  const pullAll = async (after = '0', auditAfter = 0, limit = 1000) => {
    const rows: ServerRow[] = [];
    const audit: PullResponse['audit'][number][] = [];
    let cursor = after;
    let auditCursor = auditAfter;
    for (;;) {
      const response = await app.request(
        `/api/pull?workspace=${WORKSPACE_ID}&after=${encodeURIComponent(cursor)}&auditAfter=${auditCursor}&limit=${limit}`,
      );
      expect(response.status).toBe(200);
      const batch = (await response.json()) as PullResponse;
      rows.push(...batch.rows);
      audit.push(...batch.audit);
      cursor = batch.cursor;
      auditCursor = batch.auditAfter;
      if (!batch.more) return { rows, audit, cursor, head: batch.head };
    }
  };

  const checkpointOf = async (query: string) => {
    const response = await app.request(`/api/checkpoint?${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as CheckpointResponse;
  };

  beforeEach(async () => {
    database = await open();
    local = await localIdentity();
    const raw = createApp({ db: database.db, engine: 'pglite', identity: local.identity });
    app = as(raw, await local.token({ email: 'manager@safetynet.example', name: 'Morgan Ellis' }));
    expect((await post('/api/members/claim', { code: SETUP_CODE })).status).toBe(200);
    const response = await post('/api/setup', setupRequest());
    expect(response.status).toBe(200);
  });
  afterEach(() => database.close());

  it('answers health once the database is ready, and says where its log stands', async () => {
    expect((await app.request('/api/health')).status).toBe(200);
    const head = (await (await app.request('/api/workspace')).json()) as {
      workspaceId: string;
      seq: number;
      auditCount: number;
    };
    // The device's one entry, and the server's own: who set the plan up.
    expect(head).toMatchObject({ workspaceId: WORKSPACE_ID, seq: 1, auditCount: 2 });
    // How many records a joining browser will receive.
    const rows = Object.values(setupRequest().tables).reduce((sum, list) => sum + list.length, 0);
    expect((head as unknown as { rows: number }).rows).toBe(rows);
  });

  it('refuses a second first setup: two workspaces are never merged', async () => {
    const before = await stored(database.db);
    const response = await post('/api/setup', {
      ...setupRequest(),
      workspaceId: crypto.randomUUID(),
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /already holds a shared plan/,
    );
    expect(await stored(database.db)).toEqual(before);
  });

  it('applies mutations in order with the next sequence number, and a replay changes nothing', async () => {
    const first = mutation([actionChange('a-1', 'GYV-01', 'Renamed once', 1)]);
    const second = mutation([actionChange('a-2', 'GYV-02', 'Renamed too', 1)]);
    const answer = await push(DEVICE_A, first, second);
    expect(answer.results).toEqual([
      { id: first.id, status: 'applied', seq: 2 },
      { id: second.id, status: 'applied', seq: 3 },
    ]);
    const before = await stored(database.db);
    const replay = await push(DEVICE_A, first, second);
    expect(replay.results).toEqual(answer.results);
    expect(await stored(database.db)).toEqual(before);
    const { rows } = await pullAll('1');
    expect(rows.map((row) => [row.key, (row.row as { title: string }).title, row.version])).toEqual(
      [
        ['a-1', 'Renamed once', 2],
        ['a-2', 'Renamed too', 3],
      ],
    );
  });

  it('merges edits to different actions from two devices without a word', async () => {
    const a = await push(DEVICE_A, mutation([actionChange('a-1', 'GYV-01', 'From A', 1)]));
    const b = await push(DEVICE_B, mutation([actionChange('a-2', 'GYV-02', 'From B', 1)]));
    expect([a.results[0]?.status, b.results[0]?.status]).toEqual(['applied', 'applied']);
    const titles = (await pullAll()).rows
      .filter((row) => row.table === 'actions')
      .map((row) => (row.row as { title: string }).title);
    expect(titles.sort()).toEqual(['From A', 'From B']);
  });

  it('answers the second of two edits to the same action with a conflict, never overwriting', async () => {
    await push(DEVICE_A, mutation([actionChange('a-1', 'GYV-01', 'Theirs', 1)]));
    const before = await stored(database.db);
    const second = mutation([actionChange('a-1', 'GYV-01', 'Yours', 1)]);
    const [result] = (await push(DEVICE_B, second)).results as [MutationResult];
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.theirs).toHaveLength(1);
    expect(result.theirs[0]).toMatchObject({ key: 'a-1', version: 2, row: { title: 'Theirs' } });
    const after = await stored(database.db);
    expect(after.rows).toEqual(before.rows);
    expect(after.audit).toEqual(before.audit);
    expect(after.workspace).toEqual(before.workspace);
  });

  it('refuses what the plan’s rules refuse, whole: nothing stored, the log and its head unchanged', async () => {
    const cases = [
      mutation([actionChange('a-3', 'GYV-01', 'A second GYV-01', null)]),
      mutation([
        { ...actionChange('a-1', 'GYV-01', 'x', 1), row: { id: 'a-1', title: 'no other fields' } },
      ]),
      mutation([{ ...actionChange('a-1', 'GYV-01', 'x', 1), key: 'a-9' }]),
      mutation([actionChange('a-1', 'GYV-01', 'x', 1)], 'restore backup'),
    ];
    const messages: string[] = [];
    for (const refused of cases) {
      const before = await stored(database.db);
      const [result] = (await push(DEVICE_A, refused)).results as [MutationResult];
      expect(result.status).toBe('refused');
      if (result.status === 'refused') messages.push(result.message);
      const after = await stored(database.db);
      expect(after.rows).toEqual(before.rows);
      expect(after.audit).toEqual(before.audit);
      expect(after.workspace).toEqual(before.workspace);
    }
    expect(messages[0]).toMatch(/already has the reference GYV-01/);
    expect(messages[1]).toMatch(/not valid/);
    expect(messages[2]).toMatch(/key does not match/);
    expect(messages[3]).toMatch(/never sent to the shared plan/);
  });

  it('refuses an update to a quarter closed meanwhile, saying so, and a record that does not match its hash', async () => {
    const content = buildSnapshotContent({
      quarter: '2026-Q1',
      actions: [],
      updates: [],
      recommendations: [],
      previous: null,
    });
    const snapshot = {
      id: 's-1',
      quarter: '2026-Q1',
      version: 1,
      closedAt: '2026-07-01T09:00:00.000Z',
      closedBy: 'Manager',
      content,
      hash: snapshotHash(content),
      supersededAt: null,
      reopenReason: null,
    };
    const altered = {
      ...snapshot,
      id: 's-2',
      quarter: '2026-Q2',
      content: { ...content, quarter: '2026-Q2' },
    };
    const refused = await push(
      DEVICE_A,
      mutation([{ table: 'snapshots', key: 's-2', base: null, row: altered }], 'close quarter'),
    );
    expect(refused.results[0]).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/does not match its hash/),
    });
    const closed = await push(
      DEVICE_A,
      mutation([{ table: 'snapshots', key: 's-1', base: null, row: snapshot }], 'close quarter'),
    );
    expect(closed.results[0]?.status).toBe('applied');

    const update = storedUpdate('a-1', '2026-Q1', {
      percentComplete: 50,
      narrative: 'Written offline on the train',
      reportedBy: 'Lead',
      reportedAt: '2026-06-30T09:00:00.000Z',
    });
    // An update's id names its action and quarter: the browser stores and finds it by them.
    const misnamed = { ...update, id: 'a-1|2026-Q1' };
    const wrongId = await push(
      DEVICE_B,
      mutation([{ table: 'updates', key: misnamed.id, base: null, row: misnamed }], 'save update'),
    );
    expect(wrongId.results[0]).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/field id: must be the action’s id and the quarter/),
    });
    const before = await stored(database.db);
    const late = await push(
      DEVICE_B,
      mutation([{ table: 'updates', key: update.id, base: null, row: update }], 'save update'),
    );
    expect(late.results[0]).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/Q1 2026\/27 was closed while this change waited/),
    });
    expect(await stored(database.db)).toEqual({
      ...before,
      mutations: before.mutations + 1,
    });
  });

  it('refuses bad input at the door with a clear 4xx and stores nothing', async () => {
    const before = await stored(database.db);
    const tries: [string, Response][] = [
      ['malformed JSON', await post('/api/push', '{"workspaceId": ')],
      ['oversized', await post('/api/push', 'x'.repeat(PUSH_LIMIT_BYTES + 10))],
      [
        'unknown command',
        await post('/api/push', {
          workspaceId: WORKSPACE_ID,
          deviceId: DEVICE_A,
          mutations: [
            { ...mutation([actionChange('a-1', 'GYV-01', 'x', 1)]), name: 'drop everything' },
          ],
        }),
      ],
      [
        'unknown table',
        await post('/api/push', {
          workspaceId: WORKSPACE_ID,
          deviceId: DEVICE_A,
          mutations: [
            mutation([
              { ...actionChange('a-1', 'GYV-01', 'x', 1), table: 'settings' as 'actions' },
            ]),
          ],
        }),
      ],
      [
        'the same row twice',
        await post('/api/push', {
          workspaceId: WORKSPACE_ID,
          deviceId: DEVICE_A,
          mutations: [
            mutation([
              actionChange('a-1', 'GYV-01', 'x', 1),
              actionChange('a-1', 'GYV-01', 'y', 1),
            ]),
          ],
        }),
      ],
      [
        'forged version',
        await post('/api/push', {
          workspaceId: WORKSPACE_ID,
          deviceId: DEVICE_A,
          mutations: [mutation([{ ...actionChange('a-1', 'GYV-01', 'x', 1), base: -4 }])],
        }),
      ],
      [
        'another workspace',
        await post('/api/push', {
          workspaceId: crypto.randomUUID(),
          deviceId: DEVICE_A,
          mutations: [mutation([actionChange('a-1', 'GYV-01', 'x', 1)])],
        }),
      ],
      ['bad cursor', await app.request(`/api/pull?workspace=${WORKSPACE_ID}&after=drop`)],
      ['no such route', await app.request('/api/nothing')],
    ];
    for (const [what, response] of tries) {
      expect(response.status, what).toBeGreaterThanOrEqual(400);
      expect(response.status, what).toBeLessThan(500);
      expect(((await response.json()) as { error: string }).error.length, what).toBeGreaterThan(10);
    }
    // A base from the future is a conflict, not an overwrite.
    const future = await push(DEVICE_A, mutation([actionChange('a-1', 'GYV-01', 'x', 99)]));
    expect(future.results[0]?.status).toBe('conflict');
    expect(await stored(database.db)).toMatchObject({
      rows: before.rows,
      audit: before.audit,
      workspace: before.workspace,
    });
  });

  it('pulls in batches in server order, and keeps one audit chain that verifies', async () => {
    await push(DEVICE_A, mutation([actionChange('a-1', 'GYV-01', 'One', 1)]));
    await push(DEVICE_B, mutation([actionChange('a-2', 'GYV-02', 'Two', 1)]));
    const small = await pullAll('0', 0, 7);
    const large = await pullAll('0', 0, 1000);
    expect(small.rows).toEqual(large.rows);
    expect(new Set(large.rows.map((row) => `${row.table}:${row.key}`)).size).toBe(
      large.rows.length,
    );
    const versions = large.rows.map((row) => row.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const entries = large.audit.map((entry) => ({ ...entry.entry, seq: entry.seq }) as AuditEntry);
    expect(entries).toHaveLength(4);
    expect(verifyChain(entries).intact).toBe(true);
    expect(entries.at(-1)?.hash).toBe(large.head.auditHash);
    expect(large.audit[1]?.entry.summary).toMatch(/^Shared plan set up on the server/);
    expect(large.audit.slice(2).every((entry) => entry.deviceHash === 'd'.repeat(64))).toBe(true);
  });

  it('signs checkpoints of its audit trail and proves each extends the last', async () => {
    const first = await checkpointOf('from=0');
    expect(first.checkpoint).toMatchObject({ workspaceId: WORKSPACE_ID, size: 2 });
    for (let i = 0; i < 5; i += 1) {
      await push(DEVICE_A, mutation([actionChange(`a-new-${i}`, `GYV-2${i}`, `New ${i}`, null)]));
    }
    const later = await checkpointOf('from=2');
    const all = await pullAll();
    const tree = new MerkleTree();
    tree.append(all.audit.map((entry) => (entry.entry as unknown as AuditEntry).hash));
    expect(later.checkpoint).toMatchObject({
      size: 7,
      root: tree.root(),
      head: all.head.auditHash,
    });
    expect(later.publicKey).toBe(first.publicKey);
    const key = createPublicKey({
      key: Buffer.from(later.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    const signed = (response: CheckpointResponse) =>
      verify(
        'sha256',
        Buffer.from(checkpointText(response.checkpoint)),
        { key, dsaEncoding: 'ieee-p1363' },
        Buffer.from(response.checkpoint.signature, 'base64'),
      );
    expect(signed(later)).toBe(true);
    expect(signed({ ...later, checkpoint: { ...later.checkpoint, size: 8 } })).toBe(false);
    expect(verifyConsistency(2, first.checkpoint.root, 7, later.checkpoint.root, later.proof)).toBe(
      true,
    );
    // Any earlier size, proved to any later one.
    const middle = await checkpointOf('size=4&from=2');
    expect(middle.checkpoint.size).toBe(4);
    expect(verifyConsistency(2, tree.root(2), 4, tree.root(4), middle.proof)).toBe(true);
    // The hashes behind it, to find where two trails part.
    const hashes = (await (await app.request('/api/audit/hashes?from=2&to=3')).json()) as {
      hashes: string[];
    };
    expect(hashes.hashes).toEqual(
      all.audit.slice(1, 3).map((entry) => (entry.entry as unknown as AuditEntry).hash),
    );
    // Sizes it cannot prove, and numbers that are not numbers.
    for (const query of ['size=8&from=0', 'size=3&from=4', 'from=-1', 'size=two']) {
      const response = await app.request(`/api/checkpoint?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/\w/);
    }
  });

  it('starts a new tree for a workspace set up anew while it runs', async () => {
    await checkpointOf('from=0');
    for (let i = 0; i < 3; i += 1) {
      await push(DEVICE_A, mutation([actionChange(`a-x-${i}`, `GYV-3${i}`, `X ${i}`, null)]));
    }
    expect((await checkpointOf('from=0')).checkpoint.size).toBe(5);
    // The database emptied under the running server, and a plan set up again.
    await database.db.deleteFrom('audit').execute();
    await database.db.deleteFrom('rows').execute();
    await database.db.deleteFrom('mutations').execute();
    await database.db.deleteFrom('workspace').execute();
    const first = setupRequest();
    const { hash: _h, prevHash: _p, seq: _s, ...content } = first.audit[0] as unknown as AuditEntry;
    void [_h, _p, _s];
    const reseeded = chainEntry({ ...content, summary: 'Workspace seeded again' }, GENESIS_HASH);
    const again = {
      ...first,
      workspaceId: '7a2d1c53-0b1e-4f6a-8d2c-9e0f1a2b3c4d',
      audit: [{ ...reseeded, seq: 1 }] as unknown as SetupRequest['audit'],
    };
    expect((await post('/api/setup', again)).status).toBe(200);
    const fresh = await checkpointOf('from=0');
    const tree = new MerkleTree();
    const setUpBy = await database.db
      .selectFrom('audit')
      .select('hash')
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow();
    tree.append([
      ...(again.audit as unknown as AuditEntry[]).map((entry) => entry.hash),
      setUpBy.hash,
    ]);
    expect(fresh.checkpoint).toMatchObject({
      workspaceId: again.workspaceId,
      size: 2,
      root: tree.root(),
    });
  });

  it('sends its security headers on every answer, and HSTS only over HTTPS', async () => {
    for (const path of ['/api/health', '/api/nothing-here']) {
      const response = await app.request(path);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    const secure = await app.request('https://plan.example.gov.uk/api/health');
    expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    // Behind a proxy: believed only when the server is told to.
    const proxied = { headers: { 'x-forwarded-proto': 'https' } };
    expect(
      (await app.request('/api/health', proxied)).headers.get('strict-transport-security'),
    ).toBeNull();
    const behindProxy = createApp({
      db: database.db,
      engine: 'pglite',
      trustProxy: true,
      identity: local.identity,
    });
    expect(
      (await behindProxy.request('/api/health', proxied)).headers.get('strict-transport-security'),
    ).toMatch(/max-age/);
  });
});
