/**
 * The command layer over an in-memory IndexedDB: each command writes its audit entries in
 * the same transaction as its change, and a command that fails leaves nothing behind.
 */
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/domain/audit';
import { runCommand, StaleConnectionError, ValidationError } from '../../src/db/command';
import { setRecommendationResponse } from '../../src/db/commands/recommendations';
import { resetWorkspace, updateSettings } from '../../src/db/commands/workspace';
import { ensureWorkspaceSeeded } from '../../src/db/openWorkspace';
import {
  database,
  isConnectionStale,
  onStaleConnection,
  openDatabaseNamed,
} from '../../src/db/connection';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V9 } from '../../src/db/database';

let dbName = '';
let counter = 0;
beforeEach(async () => {
  counter += 1;
  dbName = `commands-test-${counter}`;
  openDatabaseNamed(dbName);
  await ensureWorkspaceSeeded();
});

const auditCount = () => database().audit.count();

describe('seeding', () => {
  it('seeds once, with one audit entry, and does nothing the second time', async () => {
    expect(await ensureWorkspaceSeeded()).toBe('existing');
    expect(await auditCount()).toBe(1);
    const [entry] = await database().audit.toArray();
    expect(entry).toMatchObject({ kind: 'seed', entityType: 'workspace' });
    expect(await database().recommendations.count()).toBe(24);
    expect(await database().swotItems.count()).toBe(47);
    expect(await database().themes.count()).toBe(19);
    expect(await database().bodies.count()).toBe(6);
  });
});

describe('a command', () => {
  it('writes its change and exactly one chained audit entry', async () => {
    await setRecommendationResponse(9, 'accepted', 'Training to start in Q4');
    const entries = await database().audit.orderBy('seq').toArray();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      kind: 'update',
      entityType: 'recommendation',
      entityId: '9',
      actor: 'Community safety manager',
      before: expect.objectContaining({ response: 'awaiting-response' }),
      after: expect.objectContaining({
        response: 'accepted',
        responseNote: 'Training to start in Q4',
      }),
    });
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(verifyChain(entries)).toMatchObject({ intact: true, count: 2 });
  });

  it('records who made the change', async () => {
    await updateSettings({
      name: 'SafetyNet',
      fullName: 'Waltham Forest CSP',
      userName: 'Priya Shah',
      userRole: 'manager',
    });
    await setRecommendationResponse(2, 'under-consideration', '');
    const last = await database().audit.orderBy('seq').last();
    expect(last).toMatchObject({ actor: 'Priya Shah', actorRole: 'manager' });
  });

  it('leaves nothing behind when it fails part-way', async () => {
    await expect(
      runCommand('update action', async ({ db, audit }) => {
        await db.recommendations.update(1, { response: 'accepted' });
        audit({
          kind: 'update',
          entityType: 'recommendation',
          entityId: '1',
          summary: 'x',
          before: null,
          after: null,
        });
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect((await database().recommendations.get(1))?.response).toBe('awaiting-response');
    expect(await auditCount()).toBe(1);
  });

  it('is rolled back when it forgets its audit entry', async () => {
    await expect(
      runCommand('update action', async ({ db }) => {
        await db.recommendations.update(1, { response: 'accepted' });
      }),
    ).rejects.toThrow(/at least one audit entry/);
    expect((await database().recommendations.get(1))?.response).toBe('awaiting-response');
  });

  it('refuses bad input with the field and message, writing nothing', async () => {
    const error = await setRecommendationResponse(4, 'accepted-in-part', ' ').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { field: 'responseNote', message: expect.any(String) },
    ]);
    await expect(setRecommendationResponse(25, 'accepted', '')).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      updateSettings({ name: '', fullName: 'x', userName: 'y', userRole: 'manager' }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await auditCount()).toBe(1);
  });
});

describe('reset', () => {
  it('needs the typed confirmation', async () => {
    await setRecommendationResponse(9, 'accepted', '');
    await expect(resetWorkspace('yes')).rejects.toBeInstanceOf(ValidationError);
    expect((await database().recommendations.get(9))?.response).toBe('accepted');
  });

  it('returns to the seeded state, keeps the user and the whole audit log', async () => {
    await updateSettings({
      name: 'SN',
      fullName: 'Waltham Forest CSP',
      userName: 'Priya Shah',
      userRole: 'manager',
    });
    await setRecommendationResponse(9, 'accepted', '');
    await resetWorkspace('reset');
    expect((await database().recommendations.get(9))?.response).toBe('awaiting-response');
    expect(await database().settings.get('workspace')).toMatchObject({
      name: 'SafetyNet',
      userName: 'Priya Shah',
    });
    const entries = await database().audit.orderBy('seq').toArray();
    expect(entries.map((e) => e.kind)).toEqual(['seed', 'update', 'update', 'reset']);
    expect(verifyChain(entries).intact).toBe(true);
  });
});

describe('another tab upgrading the database', () => {
  it('closes this connection, tells the app, and refuses to write through it', async () => {
    let told = false;
    const stop = onStaleConnection(() => {
      told = true;
    });
    const newer = new Dexie(dbName);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V9, extra: 'id' });
    await newer.open();
    expect(told).toBe(true);
    expect(isConnectionStale()).toBe(true);
    await expect(setRecommendationResponse(9, 'accepted', '')).rejects.toBeInstanceOf(
      StaleConnectionError,
    );
    newer.close();
    stop();
  });
});

describe('a save that changes nothing', () => {
  it('writes nothing and audits nothing, for every kind of record', async () => {
    const { createAction, updateAction } = await import('../../src/db/commands/actions');
    const { saveUpdate } = await import('../../src/db/commands/quarters');
    const { setRecommendationResponse } = await import('../../src/db/commands/recommendations');
    const { updateSettings } = await import('../../src/db/commands/workspace');
    const { database } = await import('../../src/db/connection');
    const { actionInput } = await import('../fixtures/actions');
    const db = database();
    const action = await createAction(
      actionInput({ ref: 'VAWG-06', bodyId: 'VAWG', themeIds: [] }),
    );
    const update = {
      rag: 'green' as const,
      percentComplete: '20',
      narrative: 'Started.',
      evidence: '',
      nextSteps: '',
      correctiveAction: '',
      onTrack: true,
      revisedDate: '',
      state: 'done' as const,
    };
    await saveUpdate(action.id, '2026-Q1', update);
    await setRecommendationResponse(9, 'accepted', 'Training booked.');
    const settings = await db.settings.get('workspace');
    const entries = await db.audit.count();

    // The form sends the action as it stands: now in progress, after its update.
    const same = await updateAction(
      action.id,
      actionInput({ ref: 'VAWG-06', bodyId: 'VAWG', themeIds: [], status: 'in-progress' }),
    );
    expect(same.status).toBe('in-progress');
    expect(same.updatedAt).toBe((await db.actions.get(action.id))?.updatedAt);
    await saveUpdate(action.id, '2026-Q1', update);
    await setRecommendationResponse(9, 'accepted', 'Training booked.');
    await updateSettings({
      name: settings?.name ?? '',
      fullName: settings?.fullName ?? '',
      userName: settings?.userName ?? '',
      userRole: settings?.userRole ?? 'manager',
    });
    expect(await db.audit.count()).toBe(entries);
  });
});
