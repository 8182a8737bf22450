/**
 * Two browsers and the real server (its Hono app on PGlite, answered in-process): first setup,
 * joining, edits that merge, an edit that conflicts and is resolved, a refused change rolled
 * back with the text kept, and one audit trail with the same head hash everywhere.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app';
import { openDatabase, type ServerDatabase } from '../../src/server/database';
import { openDatabaseNamed, database } from '../../src/db/connection';
import { ensureWorkspaceSeeded } from '../../src/db/openWorkspace';
import { createAction, updateAction } from '../../src/db/commands/actions';
import { resolveConflict } from '../../src/db/commands/conflicts';
import { saveUpdate } from '../../src/db/commands/quarters';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import { resetWorkspace } from '../../src/db/commands/workspace';
import { joinSharedPlan, setUpSharedPlan, syncNow } from '../../src/api/sync';
import { verifyChain } from '../../src/domain/audit';
import { rewriteHistory } from '../server/rewriteHistory';
import { MerkleTree } from '../../src/domain/merkle';
import { loadSigningKey } from '../../src/server/checkpoints';
import { useSyncStatus } from '../../src/api/syncStatus';
import { useSession } from '../../src/api/sessionState';
import { removeBrowserCopy } from '../../src/db/sync/removeCopy';
import Dexie from 'dexie';
import { actionInput } from '../fixtures/actions';
import { call, setTokenSource } from '../../src/api/serverCall';
import { setSignedInActor } from '../../src/db/command';
import type { UserRole } from '../../src/domain/workspace';
import { localIdentity, SETUP_CODE } from '../server/identity';

let server: ServerDatabase;
let local: Awaited<ReturnType<typeof localIdentity>>;
const signingKey = loadSigningKey(undefined);
/** The server as it starts: a fresh process keeps nothing of the last one in memory. */
const startServer = (key = signingKey) => {
  const app = createApp({
    db: server,
    engine: 'pglite',
    signingKey: key,
    identity: local.identity,
  });
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => app.request(input, init));
};
const A = `device-a-${crypto.randomUUID()}`;
const B = `device-b-${crypto.randomUUID()}`;
const MANAGER = { email: 'manager@safetynet.example', name: 'Morgan Ellis' };

/** Both browsers are signed in as the manager: every request carries the manager's token. */
async function signInAs(person: { email: string; name: string }, role: UserRole) {
  const token = await local.token(person);
  setTokenSource(
    () => Promise.resolve(token),
    () => undefined,
  );
  setSignedInActor({ name: `${person.name} <${person.email}>`, role });
}

beforeAll(async () => {
  server = await openDatabase({});
  local = await localIdentity();
  startServer();
  await signInAs(MANAGER, 'manager');
  await call('/api/members/claim', { method: 'POST', body: JSON.stringify({ code: SETUP_CODE }) });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server.destroy();
});

const on = async (name: string) => {
  openDatabaseNamed(name);
  await ensureWorkspaceSeeded();
  return database();
};
const actionTitles = async () =>
  (await database().actions.toArray()).map((a) => `${a.ref}: ${a.title}`).sort();
const head = async () => (await database().audit.orderBy('seq').last())?.hash;

describe('the shared plan, between two browsers and the server', () => {
  it('is set up from one browser, joined by another, and keeps them in step', async () => {
    await on(A);
    const first = await createAction(actionInput({ ref: 'GYV-01', title: 'Gang exit support' }));
    await setUpSharedPlan();

    await on(B);
    await joinSharedPlan();
    expect(await actionTitles()).toEqual(['GYV-01: Gang exit support']);
    expect(await head()).toBeDefined();
    const headB = await head();

    await on(A);
    expect(await head()).toBe(headB);

    // Different actions: both kept, no word said.
    await createAction(actionInput({ ref: 'GYV-02', title: 'Made on A' }));
    await syncNow();
    await on(B);
    await createAction(actionInput({ ref: 'GYV-03', title: 'Made on B' }));
    await syncNow();
    await on(A);
    await syncNow();
    const onA = await actionTitles();
    await on(B);
    await syncNow();
    expect(await actionTitles()).toEqual(onA);
    expect(onA).toHaveLength(3);

    // The same action, edited on both before either syncs: the second gets a conflict.
    await on(A);
    await updateAction(first.id, actionInput({ ref: 'GYV-01', title: 'Title from A' }));
    await on(B);
    await updateAction(first.id, actionInput({ ref: 'GYV-01', title: 'Title from B' }));
    await on(A);
    await syncNow();
    await on(B);
    await syncNow();
    const [conflict] = await database().conflicts.toArray();
    expect(conflict?.kind).toBe('conflict');
    expect((await database().actions.get(first.id))?.title).toBe('Title from A');
    expect(conflict?.mine[0]?.row).toMatchObject({ title: 'Title from B' });
    await resolveConflict(conflict?.id ?? '', 'both');
    expect((await database().actions.get(first.id))?.title).toMatch(
      /Title from A[\s\S]*Title from B/,
    );
    await syncNow();
    expect(await database().outbox.count()).toBe(0);
    expect(await database().conflicts.count()).toBe(0);

    // The same new reference made on both: the server refuses the second, which is rolled back
    // in that browser with its text kept in the inbox.
    await on(A);
    await createAction(actionInput({ ref: 'GYV-09', title: 'Nine from A' }));
    await on(B);
    const nine = await createAction(actionInput({ ref: 'GYV-09', title: 'Nine from B' }));
    await on(A);
    await syncNow();
    await on(B);
    await syncNow();
    const [refused] = await database().conflicts.toArray();
    expect(refused).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/already has the reference GYV-09/),
    });
    expect(refused?.mine[0]?.row).toMatchObject({ title: 'Nine from B' });
    expect(await database().actions.get(nine.id)).toBeUndefined();
    expect((await database().actions.where('ref').equals('GYV-09').first())?.title).toBe(
      'Nine from A',
    );
    await resolveConflict(refused?.id ?? '', 'theirs');
    await syncNow();

    // Replacing the whole workspace is refused while shared.
    await expect(resetWorkspace('RESET')).rejects.toThrow(/shares its plan/);

    // Everyone ends with the same plan and the same audit trail.
    const headOfB = await head();
    const trailB = await database().audit.orderBy('seq').toArray();
    expect(verifyChain(trailB).intact).toBe(true);
    await on(A);
    await syncNow();
    expect(await head()).toBe(headOfB);
    expect((await database().actions.get(first.id))?.title).toMatch(
      /Title from A[\s\S]*Title from B/,
    );
    const workspace = await server.selectFrom('workspace').selectAll().executeTakeFirstOrThrow();
    expect(workspace.audit_hash).toBe(headOfB);
    expect(workspace.audit_count).toBe(trailB.length);
  });

  it('keeps an update refused for a quarter closed meanwhile as a draft for the next open quarter', async () => {
    await on(A);
    await syncNow();
    const gyv = await database().actions.where('ref').equals('GYV-02').first();
    await on(B);
    await syncNow();
    // B writes Q1's update offline while A closes Q1.
    await saveUpdate(gyv?.id ?? '', '2026-Q1', {
      rag: 'amber',
      percentComplete: '40',
      narrative: 'Written on the train before Q1 closed.',
      evidence: '',
      nextSteps: 'Meet the youth service.',
      correctiveAction: 'Extra sessions booked.',
      onTrack: true,
      revisedDate: '',
      state: 'done',
    });
    await on(A);
    await closeQuarter('2026-Q1');
    await syncNow();
    await on(B);
    await syncNow();
    const [refused] = await database().conflicts.toArray();
    expect(refused?.message).toMatch(/Q1 2026\/27 was closed while this change waited/);
    // Q1 as the shared plan closed it: without B's update.
    expect(await database().updates.get(['2026-Q1', gyv?.id ?? ''])).toBeUndefined();

    await resolveConflict(refused?.id ?? '', 'draft');
    const draft = await database().updates.get(['2026-Q2', gyv?.id ?? '']);
    expect(draft).toMatchObject({
      state: 'draft',
      rag: 'amber',
      narrative: 'Written on the train before Q1 closed.',
      correctiveAction: 'Extra sessions booked.',
    });
    const trail = await database().audit.orderBy('seq').reverse().limit(5).toArray();
    expect(trail.map((entry) => entry.summary).join(' | ')).toMatch(
      /Draft update for GYV-02, Q2 2026\/27, kept from a change not accepted for Q1 2026\/27/,
    );
    await syncNow();
    expect(await database().outbox.count()).toBe(0);
    await on(A);
    await syncNow();
    expect((await database().updates.get(['2026-Q2', gyv?.id ?? '']))?.narrative).toBe(
      'Written on the train before Q1 closed.',
    );
  });

  it('holds the server to the trail each browser has seen: a rewritten history stops sync, naming the entry', async () => {
    await on(B);
    await syncNow();
    const trail = await server.selectFrom('audit').selectAll().orderBy('seq').execute();
    const tree = new MerkleTree();
    tree.append(trail.map((entry) => entry.hash));
    const kept = (await database().syncState.get('sync'))?.checkpoint;
    expect(kept).toMatchObject({ size: trail.length, root: tree.root(), head: trail.at(-1)?.hash });
    await on(A);
    await syncNow();
    expect((await database().syncState.get('sync'))?.checkpoint?.root).toBe(tree.root());

    // Someone with the database's password rewrites entry 3 and re-chains everything after it,
    // so the chain itself holds; then the server restarts.
    const original = { summary: await rewriteHistory(server, 3, 'Nothing happened here') };
    startServer();

    await createAction(actionInput({ ref: 'GYV-10', title: 'Made after the rewrite' }));
    await expect(syncNow()).rejects.toThrow(
      new RegExp(
        `entry 3 \\(“${original.summary.replace(/[()]/g, '\\$&')}”.*has been changed or removed there`,
      ),
    );
    expect(useSyncStatus.getState().error).toMatch(/Sync has stopped/);
    // Nothing was sent, and this browser's own trail is as it was.
    expect(await database().outbox.count()).toBe(1);
    expect((await database().audit.get(3))?.summary).toBe(original.summary);
    expect(verifyChain(await database().audit.orderBy('seq').toArray()).intact).toBe(true);

    // A server answering with a key of its own is not believed either.
    startServer(loadSigningKey(undefined));
    await expect(syncNow()).rejects.toThrow(/a key this browser has not seen before/);
  });
});

describe('roles on the shared plan, from the browser', () => {
  const LEAD = { email: 'gyv.lead@safetynet.example', name: 'Priya Shah' };
  const COUNCILLOR = { email: 'councillor@safetynet.example', name: 'Cllr Ruth Adeyemi' };

  it('rolls back a change the role may not make, keeps the text, says why, and names the lead in the trail', async () => {
    // A fresh server, set up by the manager.
    server = await openDatabase({});
    startServer();
    await signInAs(MANAGER, 'manager');
    await call('/api/members/claim', {
      method: 'POST',
      body: JSON.stringify({ code: SETUP_CODE }),
    });
    const C = `device-c-${crypto.randomUUID()}`;
    await on(C);
    const theirs = await createAction(
      actionInput({ ref: 'ASB-07', bodyId: 'ASB', title: 'Hotspot patrols' }),
    );
    const mine = await createAction(actionInput({ ref: 'GYV-07', title: 'Mentoring' }));
    await setUpSharedPlan();
    for (const [person, role, bodyIds] of [
      [LEAD, 'subgroup-lead', ['GYV']],
      [COUNCILLOR, 'councillor', []],
    ] as const) {
      await call('/api/members', {
        method: 'PUT',
        body: JSON.stringify({ ...person, role, bodyIds }),
      });
    }

    // The lead, in another browser: their own body's action is taken; another body's is not.
    await signInAs(LEAD, 'subgroup-lead');
    await on(`device-d-${crypto.randomUUID()}`);
    await joinSharedPlan();
    await updateAction(mine.id, actionInput({ ref: 'GYV-07', title: 'Mentoring, extended' }));
    await updateAction(
      theirs.id,
      actionInput({ ref: 'ASB-07', bodyId: 'ASB', title: 'My wording' }),
    );
    await syncNow();
    expect((await database().actions.get(mine.id))?.title).toBe('Mentoring, extended');
    // Rolled back to the plan's wording; the lead's kept, with the reason.
    expect((await database().actions.get(theirs.id))?.title).toBe('Hotspot patrols');
    const [refused] = await database().conflicts.toArray();
    expect(refused).toMatchObject({ kind: 'refused', name: 'update action' });
    expect(refused?.message).toMatch(/belongs to Anti-social behaviour/);
    // Named as people know it, not by its internal id.
    expect(refused?.message).toMatch(/^This change touches action ASB-07, /);
    expect(refused?.mine[0]?.row).toMatchObject({ title: 'My wording' });
    expect(await database().outbox.count()).toBe(0);
    const stored = await server
      .selectFrom('rows')
      .select('data')
      .where('key', '=', theirs.id)
      .executeTakeFirstOrThrow();
    expect(stored.data).toMatchObject({ title: 'Hotspot patrols' });
    const trail = await database().audit.orderBy('seq').toArray();
    expect(trail.at(-1)).toMatchObject({
      actor: 'Priya Shah <gyv.lead@safetynet.example> (Gangs and youth violence subgroup)',
      actorRole: 'subgroup-lead',
      summary: expect.stringMatching(/GYV-07/),
    });
    expect(verifyChain(trail).intact).toBe(true);

    // Removing this browser's copy (a shared computer): refused while the lead's text waits in
    // the inbox, or while a change has not been sent; done once nothing would be lost.
    const name = database().name;
    await expect(removeBrowserCopy()).rejects.toThrow(/not accepted .* kept here with your text/);
    await resolveConflict(refused?.id ?? '', 'theirs');
    await updateAction(mine.id, actionInput({ ref: 'GYV-07', title: 'Mentoring, unsent' }));
    await expect(removeBrowserCopy()).rejects.toThrow(
      /changes made in this browser have not reached the shared plan yet/,
    );
    await syncNow();
    expect(await Dexie.exists(name)).toBe(true);
    await removeBrowserCopy();
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('gives a councillor’s browser closed quarters and the report, and sends nothing from it', async () => {
    await signInAs(COUNCILLOR, 'councillor');
    useSession.setState({
      state: 'in',
      member: { ...COUNCILLOR, role: 'councillor', bodyIds: [] },
    });
    try {
      await on(`device-e-${crypto.randomUUID()}`);
      await joinSharedPlan();
      expect(await database().actions.count()).toBe(0);
      expect(await database().updates.count()).toBe(0);
      expect(await database().recommendations.count()).toBe(24);
      expect((await database().syncState.get('sync'))?.checkpoint).toBeUndefined();
      await syncNow();
      expect(useSyncStatus.getState().error).toBeNull();
    } finally {
      useSession.setState({ member: null });
    }
  });
});
