/**
 * The schema's history is append-only. The snapshot below stops anyone editing a version that
 * has shipped; the upgrade test is the pattern each new version follows: open the old version,
 * put data in it, open the current schema, and check what it sees.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  PlannerDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
} from './database';
import { STAMP_KEY } from './planStamp';
import { liveRecordKeys } from './quarterFigures';

describe('the database schema', () => {
  it('has not changed a shipped version', () => {
    expect(SCHEMA_V1).toMatchInlineSnapshot(`
      {
        "actions": "id, &ref, bodyId, status, primaryRow, dueDate, archived, updatedAt, *recommendationNumbers, *themeIds, *swotIds, *objectiveIds",
        "audit": "++seq, at, kind, entityType, [entityType+entityId], actor",
        "bodies": "id, order",
        "fourPRows": "id, order",
        "indicatorValues": "id, &[indicatorId+period], indicatorId",
        "indicators": "id, bodyId",
        "meta": "key",
        "objectives": "id, financialYear, bodyId, &[financialYear+code]",
        "recommendations": "number, level, suggestedOwnerId, response, *suggestedRows",
        "settings": "key",
        "snapshots": "id, quarter, &[quarter+version]",
        "swotItems": "id, quadrant, order, *recommendationNumbers",
        "themes": "id, rowId",
        "updates": "id, &[actionId+quarter], quarter, actionId",
      }
    `);
    expect(SCHEMA_V2.audit).toBe(
      '++seq, at, kind, entityType, [entityType+entityId], actor, [kind+seq], [entityType+seq], [actor+seq], [entityType+entityId+seq]',
    );
    expect(SCHEMA_V3.indicators).toBe('id, bodyId, *recommendationNumbers');
    expect(SCHEMA_V3.policeMonths).toBe('id, area, month');
    expect(SCHEMA_V4).toEqual(SCHEMA_V3);
    expect(SCHEMA_V5).toEqual({
      ...SCHEMA_V4,
      outbox: '++seq, &id',
      syncRows: 'key',
      syncState: 'key',
      conflicts: 'id, at',
    });
    expect(SCHEMA_V6).toEqual({
      ...SCHEMA_V5,
      snapshots: 'id, quarter, &[quarter+version], supersededAt, hash',
      quarterFigures: 'snapshotHash',
    });
    expect(SCHEMA_V7).toEqual({ ...SCHEMA_V6, draftFigures: 'key' });
    expect(SCHEMA_V8).toEqual({ ...SCHEMA_V7, updates: null, updatesMoving: 'id' });
    expect(SCHEMA_V9).toEqual({
      ...SCHEMA_V7,
      updates: '[quarter+actionId], actionId',
      updatesMoving: null,
    });
    expect(CURRENT_SCHEMA_VERSION).toBe(9);
  });

  it('upgrades version 3 actions so their status follows their latest update', async () => {
    const name = 'schema-upgrade-v4';
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    const row = (id: string, status: string, latestRag: string | null) => ({
      id,
      ref: `ASB-0${id}`,
      status,
      latestRag,
      archived: 0,
    });
    await old.table('actions').bulkPut([
      row('1', 'not-started', 'blue'), // reported Blue, never edited: complete
      row('2', 'not-started', 'green'), // progress recorded: in progress
      row('3', 'not-started', null), // no update yet: as it was
      row('4', 'deferred', 'green'), // a manager's decision stands
      row('5', 'complete', 'amber'), // complete by hand: kept, marked as the manager's
    ]);
    old.close();

    const current = new PlannerDatabase(name);
    await current.open();
    const status = async (id: string) => {
      const action = await current.actions.get(id);
      return [action?.status, action?.statusSetBy, action?.statusNote];
    };
    expect(await status('1')).toEqual(['complete', 'updates', '']);
    expect(await status('2')).toEqual(['in-progress', 'updates', '']);
    expect(await status('3')).toEqual(['not-started', 'updates', '']);
    expect(await status('4')).toEqual(['deferred', 'manager', '']);
    expect(await status('5')).toEqual(['complete', 'manager', '']);
    current.close();
  });

  it('upgrades version 2 indicators and values to version 3, keeping what they held', async () => {
    const name = 'schema-upgrade-v3';
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.table('indicators').put({
      id: 'i1',
      name: 'Knife crime',
      description: '',
      unit: 'crimes',
      polarity: 'lower-is-better',
      bodyId: 'GYV',
      draft: true,
      source: 'Hand',
    });
    await old
      .table('indicatorValues')
      .put({ id: 'v1', indicatorId: 'i1', period: '2026-Q1', value: 4 });
    old.close();

    const current = new PlannerDatabase(name);
    await current.open();
    expect(await current.indicators.get('i1')).toMatchObject({
      name: 'Knife crime',
      sourceKind: 'manual',
      targets: [],
      tolerancePercent: 10,
      frequency: 'quarterly',
    });
    expect(await current.indicatorValues.get('v1')).toMatchObject({ value: 4, origin: 'manual' });
    expect(await current.policeMonths.count()).toBe(0);
    current.close();
  });

  it('lists a version 5 database’s live records from the new indexes, none read', async () => {
    const name = 'schema-upgrade-v6';
    const old = new Dexie(name);
    old.version(5).stores(SCHEMA_V5);
    const record = (quarter: string, version: number, supersededAt: string | null) => ({
      id: `${quarter}-v${version}`,
      quarter,
      version,
      closedAt: '2026-07-01T09:00:00.000Z',
      closedBy: 'Manager',
      hash: `hash-${quarter}-${version}`,
      content: {},
      supersededAt,
      reopenReason: supersededAt ? 'Late figures' : null,
    });
    await old
      .table('snapshots')
      .bulkPut([
        record('2026-Q1', 1, '2026-07-02T09:00:00.000Z'),
        record('2026-Q1', 2, null),
        record('2026-Q2', 1, null),
      ]);
    old.close();

    const current = new PlannerDatabase(name);
    await current.open();
    expect(await liveRecordKeys(current)).toEqual([
      { id: '2026-Q1-v2', quarter: '2026-Q1', version: 2, hash: 'hash-2026-Q1-2' },
      { id: '2026-Q2-v1', quarter: '2026-Q2', version: 1, hash: 'hash-2026-Q2-1' },
    ]);
    expect(await current.quarterFigures.count()).toBe(0);
    current.close();
  });

  it('opens a version 6 database as version 7, and its first write moves the plan’s stamp', async () => {
    const name = 'schema-upgrade-v7';
    const old = new Dexie(name);
    old.version(6).stores(SCHEMA_V6);
    await old.table('recommendations').put({ number: 9, text: 'Scrutiny training' });
    old.close();

    const current = new PlannerDatabase(name);
    await current.open();
    expect(await current.draftFigures.count()).toBe(0);
    await current.recommendations.update(9, { response: 'accepted' });
    expect(await current.draftFigures.get(STAMP_KEY)).toMatchObject({ key: STAMP_KEY });
    current.close();
  });

  it('opens a version 7 database with the updates keyed by quarter first, every row as it was', async () => {
    const name = 'schema-upgrade-v9';
    const old = new Dexie(name);
    old.version(7).stores(SCHEMA_V7);
    const update = (actionId: string, quarter: string) => ({
      id: `${actionId}@${quarter}`,
      actionId,
      quarter,
      rag: 'green',
      narrative: `${actionId} in ${quarter}`,
    });
    const rows = ['a1', 'a2', 'a10'].flatMap((actionId) =>
      ['2026-Q2', '2026-Q1'].map((quarter) => update(actionId, quarter)),
    );
    await old.table('updates').bulkAdd(rows);
    old.close();

    const current = new PlannerDatabase(name);
    const upgradesSaid: string[] = [];
    current.onRowsUpgrade = () => upgradesSaid.push('rows upgrading');
    await current.open();
    // The opening said it was upgrading the rows, so the opening screen can say so.
    expect(upgradesSaid.length).toBeGreaterThan(0);
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(current.tables.map((table) => table.name)).not.toContain('updatesMoving');
    expect(current.updates.schema.primKey.keyPath).toEqual(['quarter', 'actionId']);
    // Every row kept as it was, in the order of the new key: quarter, then action.
    expect(await current.updates.toArray()).toEqual([
      update('a1', '2026-Q1'),
      update('a10', '2026-Q1'),
      update('a2', '2026-Q1'),
      update('a1', '2026-Q2'),
      update('a10', '2026-Q2'),
      update('a2', '2026-Q2'),
    ]);
    expect(await current.updatesOf('2026-Q2').primaryKeys()).toEqual([
      ['2026-Q2', 'a1'],
      ['2026-Q2', 'a10'],
      ['2026-Q2', 'a2'],
    ]);
    expect(await current.updates.where('actionId').equals('a10').count()).toBe(2);
    // The key is unique per action and quarter, as the index that said so was.
    await expect(current.updates.add(update('a1', '2026-Q1') as never)).rejects.toThrow();
    current.close();
  });

  it('does not say it is upgrading rows when it makes a new database, or opens a current one', async () => {
    const name = 'schema-no-upgrade';
    const said: string[] = [];
    for (let opening = 0; opening < 2; opening += 1) {
      const current = new PlannerDatabase(name);
      current.onRowsUpgrade = () => said.push(`opening ${opening}`);
      await current.open();
      await current.updates.put({
        id: `a${opening}@2026-Q1`,
        actionId: `a${opening}`,
        quarter: '2026-Q1',
      } as never);
      current.close();
    }
    expect(said).toEqual([]);
  });

  it('opens a database written by version 1 and sees its data', async () => {
    const name = 'schema-upgrade-v1';
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old
      .table('recommendations')
      .put({ number: 9, text: 'Scrutiny training', response: 'accepted' });
    await old.table('audit').add({
      at: '2026-01-01T00:00:00.000Z',
      kind: 'seed',
      entityType: 'workspace',
      entityId: 'workspace',
    });
    old.close();

    const current = new PlannerDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.recommendations.get(9)).toMatchObject({ response: 'accepted' });
    expect(await current.audit.count()).toBe(1);
    current.close();
  });

  it('upgrades a version 1 audit log to version 2 and pages it by the new indexes', async () => {
    const name = 'schema-upgrade-v2';
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('audit').bulkAdd(
      Array.from({ length: 30 }, (_, i) => ({
        at: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
        kind: i % 3 ? 'update' : 'create',
        entityType: 'action',
        entityId: `a${i % 2}`,
        actor: 'Sam',
      })),
    );
    old.close();

    const current = new PlannerDatabase(name);
    await current.open();
    const creates = await current.audit
      .where('[kind+seq]')
      .between(['create', 0], ['create', Infinity])
      .reverse()
      .limit(3)
      .toArray();
    expect(creates.map((e) => e.seq)).toEqual([28, 25, 22]);
    const forA1 = await current.audit
      .where('[entityType+entityId+seq]')
      .between(['action', 'a1', 0], ['action', 'a1', 10])
      .toArray();
    expect(forA1.map((e) => e.seq)).toEqual([2, 4, 6, 8]);
    current.close();
  });

  it('refuses a duplicate action reference at the database level too', async () => {
    const db = new PlannerDatabase('schema-unique-ref');
    await db.actions.add({ id: 'a', ref: 'GYV-01' } as never);
    await expect(db.actions.add({ id: 'b', ref: 'GYV-01' } as never)).rejects.toThrow();
    db.close();
  });
});
