/**
 * The shared plan's store: first setup, push and pull, each mutation in one PostgreSQL
 * transaction. The workspace row is locked for the length of a push, so the server gives each
 * applied mutation the next sequence number, with no gap and no two at once.
 */
import { sql, type Transaction } from 'kysely';
import {
  chainEntry,
  verifyChain,
  GENESIS_HASH,
  type AuditContent,
  type AuditEntry,
} from '../domain/audit';
import { COUNCILLOR_TABLES, forCouncillor } from '../domain/roles';
import {
  cursorOf,
  keyOfRow,
  parseCursor,
  type MutationResult,
  type PullResponse,
  type ServerHead,
  type ServerRow,
  type SyncedTable,
} from '../domain/sync';
import { type Mutation } from '../domain/syncSchema';
import { rowProblem, type SetupRequest } from '../domain/syncSchema';
import type { ServerDatabase, ServerSchema } from './database';
import { actorOf, bodyNames, type Caller } from './caller';
import { permissionProblem, ruleProblem, shapeProblem } from './rules';

type Tx = Transaction<ServerSchema>;

/** The head, and how many rows the plan holds (what a browser joining will receive). */
export async function workspaceSummary(db: ServerDatabase) {
  const [head, rows] = await Promise.all([
    headOf(db),
    db
      .selectFrom('rows')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return { ...head, rows: Number(rows.count) };
}

/** A request the server refuses as a whole, with the HTTP status to answer. */
export class RequestRefused extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}

/**
 * A mutation the caller's role may not make: the whole push is answered 403, this mutation with
 * nothing stored (no row, no log entry, the head unchanged) and what came before it as answered.
 */
export class Forbidden extends RequestRefused {
  results: MutationResult[] = [];
  head: ServerHead | null = null;
  constructor(readonly refusal: Extract<MutationResult, { status: 'refused' }>) {
    super(403, refusal.message);
    this.name = 'Forbidden';
  }
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Entries the server itself adds to the audit trail (membership, first setup), chained after its
 * head inside the caller's transaction. Before the plan is set up there is no trail to add to.
 */
export async function appendServerAudit(tx: Tx, contents: readonly AuditContent[]): Promise<void> {
  const workspace = await tx
    .selectFrom('workspace')
    .select(['id', 'audit_count', 'audit_hash'])
    .forUpdate()
    .executeTakeFirst();
  if (!workspace) return;
  const { rows, head } = chained(
    contents.map((content) => ({ content, deviceHash: null })),
    { count: workspace.audit_count, hash: workspace.audit_hash },
    null,
  );
  await tx.insertInto('audit').values(rows).execute();
  await tx
    .updateTable('workspace')
    .set({ audit_count: workspace.audit_count + rows.length, audit_hash: head })
    .where('id', '=', workspace.id)
    .execute();
}

/** Audit entries chained after the trail's head, as the audit table stores them; and the new head. */
function chained(
  entries: readonly { content: AuditContent; deviceHash: string | null }[],
  after: { count: number; hash: string },
  mutationSeq: number | null,
) {
  let head = after.hash;
  const rows = entries.map(({ content, deviceHash }, index) => {
    const entry = chainEntry(content, head);
    head = entry.hash;
    return {
      seq: after.count + index + 1,
      entry: json(entry),
      hash: entry.hash,
      device_hash: deviceHash,
      mutation_seq: mutationSeq,
    };
  });
  return { rows, head };
}

async function headOf(
  db: ServerDatabase | Tx,
): Promise<ServerHead & { workspaceId: string | null }> {
  const workspace = await db.selectFrom('workspace').selectAll().executeTakeFirst();
  return {
    workspaceId: workspace?.id ?? null,
    seq: workspace?.seq ?? 0,
    auditCount: workspace?.audit_count ?? 0,
    auditHash: workspace?.audit_hash ?? GENESIS_HASH,
  };
}

const SETUP_BATCH = 500;

/**
 * First setup: a device's whole workspace becomes the server's, as it is (its audit trail too, so
 * every device shows the same chain). Refused unless the server is empty.
 */
export async function setUp(
  db: ServerDatabase,
  request: SetupRequest,
  caller: Caller,
): Promise<ServerHead> {
  const entries = request.audit as unknown as AuditEntry[];
  const verdict = verifyChain(entries);
  if (!verdict.intact) {
    throw new RequestRefused(
      422,
      `The audit trail does not hold at entry ${verdict.brokenAt}: ${verdict.reason}.`,
    );
  }
  const rows: { tbl: string; key: string; data: string; version: number }[] = [];
  for (const [table, list] of Object.entries(request.tables) as [
    SyncedTable,
    Record<string, unknown>[],
  ][]) {
    for (const row of list) {
      const key = keyOfRow(table, row);
      const problem = rowProblem(table, key, row);
      if (problem) throw new RequestRefused(422, `The workspace was not set up: ${problem}.`);
      rows.push({ tbl: table, key, data: json(row), version: 1 });
    }
  }
  return db.transaction().execute(async (tx) => {
    await sql`lock table workspace in exclusive mode`.execute(tx);
    if ((await headOf(tx)).workspaceId) {
      throw new RequestRefused(
        409,
        'This server already holds a shared plan. Join it instead of setting it up.',
      );
    }
    const at = new Date().toISOString();
    for (let i = 0; i < rows.length; i += SETUP_BATCH) {
      await tx
        .insertInto('rows')
        .values(rows.slice(i, i + SETUP_BATCH))
        .execute();
    }
    for (let i = 0; i < entries.length; i += SETUP_BATCH) {
      await tx
        .insertInto('audit')
        .values(
          entries.slice(i, i + SETUP_BATCH).map((entry, j) => {
            const { seq: _seq, ...rest } = entry;
            void _seq;
            return {
              seq: i + j + 1,
              entry: json(rest),
              hash: entry.hash,
              device_hash: null,
              mutation_seq: 1,
            };
          }),
        )
        .execute();
    }
    const head = entries.at(-1)?.hash ?? GENESIS_HASH;
    await tx
      .insertInto('workspace')
      .values({
        id: request.workspaceId,
        created_at: at,
        seq: 1,
        audit_count: entries.length,
        audit_hash: head,
      })
      .execute();
    await tx
      .insertInto('mutations')
      .values({
        id: request.workspaceId,
        seq: 1,
        device_id: request.deviceId,
        name: 'first setup',
        at,
        received_at: at,
        result: json({ id: request.workspaceId, status: 'applied', seq: 1 }),
      })
      .execute();
    // Who put this plan on the server, and how they came to be its manager: the first entry the
    // server itself adds (a manager made before the plan existed had no trail to be recorded in).
    const membership = await tx
      .selectFrom('members')
      .select(['added_by', 'added_at'])
      .where('email', '=', caller.email)
      .executeTakeFirst();
    await appendServerAudit(tx, [
      {
        at,
        actor: actorOf(caller, await bodyNames(tx)),
        actorRole: caller.member?.role ?? 'manager',
        kind: 'create',
        entityType: 'workspace',
        entityId: request.workspaceId,
        summary: `Shared plan set up on the server from the workspace in ${caller.name}’s browser (${rows.length} records, ${entries.length} audit entries); ${caller.name} became its community safety manager on ${membership?.added_at.slice(0, 10) ?? 'setup'} through ${membership?.added_by ?? 'first setup'}`,
        before: null,
        after: {
          records: rows.length,
          auditEntries: entries.length,
          auditHead: head,
          manager: {
            email: caller.email,
            addedBy: membership?.added_by,
            addedAt: membership?.added_at,
          },
        },
      },
    ]);
    const { workspaceId: _id, ...serverHead } = await headOf(tx);
    void _id;
    return serverHead;
  });
}

/** The server's rows for every key the mutation touches, in one query. */
async function currentRows(tx: Tx, mutation: Mutation): Promise<ServerRow[]> {
  if (mutation.changes.length === 0) return [];
  const found = await tx
    .selectFrom('rows')
    .select(['tbl', 'key', 'data', 'version'])
    .where((eb) =>
      eb(
        eb.refTuple('tbl', 'key'),
        'in',
        mutation.changes.map((change) => eb.tuple(change.table, change.key)),
      ),
    )
    .execute();
  return found.map((row) => ({
    table: row.tbl as SyncedTable,
    key: row.key,
    row: row.data as Record<string, unknown> | null,
    version: row.version,
  }));
}

/** Applies one mutation, or answers why not. Replaying a mutation returns its first answer. */
async function pushOne(
  db: ServerDatabase,
  workspaceId: string,
  deviceId: string,
  caller: Caller,
  mutation: Mutation,
): Promise<{ result: MutationResult; head: ServerHead }> {
  // Checked before waiting for the lock: it needs nothing from the plan.
  const shape = shapeProblem(mutation);
  return db.transaction().execute(async (tx) => {
    // The plan's lock, and whether this mutation was answered before, in one round trip.
    const workspace = await tx
      .selectFrom('workspace')
      .leftJoin('mutations', (join) =>
        join.on('mutations.id', '=', sql<string>`${mutation.id}::uuid`),
      )
      .select([
        'workspace.id',
        'workspace.seq',
        'workspace.audit_count',
        'workspace.audit_hash',
        'mutations.result',
      ])
      .forUpdate('workspace')
      .executeTakeFirst();
    if (!workspace) throw new RequestRefused(404, 'This server holds no shared plan yet.');
    if (workspace.id !== workspaceId) {
      throw new RequestRefused(
        409,
        'This browser belongs to a different shared plan from the one on this server. Nothing was sent.',
      );
    }
    // The log's head as this push leaves it: unchanged unless the mutation is applied.
    const unchanged: ServerHead = {
      seq: workspace.seq,
      auditCount: workspace.audit_count,
      auditHash: workspace.audit_hash,
    };
    if (workspace.result) return { result: workspace.result as MutationResult, head: unchanged };

    const answered = (result: MutationResult, seq: number | null) => ({
      id: mutation.id,
      seq,
      device_id: deviceId,
      name: mutation.name,
      at: mutation.at,
      received_at: new Date().toISOString(),
      result: json(result),
    });
    const record = async (result: MutationResult) => {
      await tx.insertInto('mutations').values(answered(result, null)).execute();
      return { result, head: unchanged };
    };
    const current = await currentRows(tx, mutation);
    // Inside the lock: a body reassigned a moment ago counts. Nothing is recorded for a refusal
    // of the role, so the transaction ends here with the plan as it was.
    const forbidden = await permissionProblem(tx, caller, mutation, current);
    if (forbidden) {
      throw new Forbidden({ id: mutation.id, status: 'refused', message: forbidden, current });
    }
    const refusal = shape ?? (await ruleProblem(tx, mutation));
    if (refusal) return record({ id: mutation.id, status: 'refused', message: refusal, current });

    const versionOf = new Map(current.map((row) => [`${row.table}:${row.key}`, row.version]));
    const theirs = mutation.changes
      .filter((change) => (versionOf.get(`${change.table}:${change.key}`) ?? null) !== change.base)
      .map((change) => current.find((row) => row.table === change.table && row.key === change.key))
      .filter((row): row is ServerRow => row !== undefined);
    const stale = mutation.changes.some(
      (change) =>
        change.base !== null && (versionOf.get(`${change.table}:${change.key}`) ?? null) === null,
    );
    if (theirs.length > 0 || stale) {
      return record({
        id: mutation.id,
        status: 'conflict',
        theirs,
        message: 'Someone else changed this on the shared plan since this browser last synced.',
      });
    }

    const seq = workspace.seq + 1;
    // The trail names the signed-in person, whatever the device wrote.
    const names = caller.member?.role === 'subgroup-lead' ? await bodyNames(tx) : undefined;
    const actor = actorOf(caller, names ?? ((id) => id));
    const actorRole = caller.member?.role ?? 'manager';
    const { rows: entries, head: prevHash } = chained(
      mutation.audit.map(({ content, deviceHash }) => ({
        content: { ...(content as AuditContent), actor, actorRole },
        deviceHash,
      })),
      { count: workspace.audit_count, hash: workspace.audit_hash },
      seq,
    );
    // The rows, the audit entries, the log's new head and the answer: one statement, one round
    // trip inside the lock.
    const result: MutationResult = { id: mutation.id, status: 'applied', seq };
    const rows = mutation.changes.map((change) => ({
      tbl: change.table,
      key: change.key,
      data: change.row === null ? null : json(change.row),
      version: seq,
    }));
    const logged = tx
      .with('logged', (q) => q.insertInto('audit').values(entries))
      .with('moved', (q) =>
        q
          .updateTable('workspace')
          .set({ seq, audit_count: workspace.audit_count + entries.length, audit_hash: prevHash })
          .where('id', '=', workspace.id),
      );
    // A mutation may change no row (an export is only recorded): no insert of nothing.
    const statement =
      rows.length === 0
        ? logged
        : (logged.with('written', (q) =>
            q
              .insertInto('rows')
              .values(rows)
              .onConflict((oc) =>
                oc.columns(['tbl', 'key']).doUpdateSet({ data: sql`excluded.data`, version: seq }),
              ),
          ) as unknown as typeof logged);
    await statement.insertInto('mutations').values(answered(result, seq)).execute();
    return {
      result,
      head: { seq, auditCount: workspace.audit_count + entries.length, auditHash: prevHash },
    };
  });
}

export async function push(
  db: ServerDatabase,
  request: { workspaceId: string; deviceId: string; mutations: readonly Mutation[] },
  caller: Caller,
): Promise<{ results: MutationResult[]; head: ServerHead }> {
  const results: MutationResult[] = [];
  let head: ServerHead | null = null;
  for (const mutation of request.mutations) {
    try {
      const answer = await pushOne(db, request.workspaceId, request.deviceId, caller, mutation);
      results.push(answer.result);
      head = answer.head;
    } catch (error) {
      if (error instanceof Forbidden) {
        error.results = results;
        const { workspaceId: _id, ...current } = await headOf(db);
        void _id;
        error.head = current;
      }
      throw error;
    }
  }
  if (!head) {
    const { workspaceId: _id, ...current } = await headOf(db);
    void _id;
    head = current;
  }
  return { results, head };
}

const PULL_LIMIT = 2000;
const AUDIT_LIMIT = 4000;

/** Rows changed since `after`, in server order, and audit entries after `auditAfter`. */
export async function pull(
  db: ServerDatabase,
  request: { workspaceId: string; after: string; auditAfter: number; limit: number },
  caller: Caller,
): Promise<PullResponse> {
  // A councillor is sent the report's content, the board's structure and closed quarters'
  // records, nothing else: no drafts, no open quarter, no audit trail (issue 18).
  const councillor = caller.member?.role === 'councillor';
  const cursor = parseCursor(request.after);
  if (!cursor) throw new RequestRefused(400, 'The sync cursor is not one this server gave out.');
  const head = await headOf(db);
  if (!head.workspaceId) throw new RequestRefused(404, 'This server holds no shared plan yet.');
  if (head.workspaceId !== request.workspaceId) {
    throw new RequestRefused(
      409,
      'This browser belongs to a different shared plan from the one on this server.',
    );
  }
  const after =
    cursor.table === undefined
      ? sql<boolean>`version > ${cursor.version}`
      : sql<boolean>`(version, tbl, key) > (${cursor.version}::integer, ${cursor.table}::text, ${cursor.key}::text)`;
  const limit = Math.min(Math.max(1, request.limit), PULL_LIMIT);
  const [found, audit] = await Promise.all([
    db
      .selectFrom('rows')
      .select(['tbl', 'key', 'data', 'version'])
      .where(after)
      .where('version', '<=', head.seq)
      .$if(councillor, (q) => q.where('tbl', 'in', [...COUNCILLOR_TABLES]))
      .orderBy('version')
      .orderBy('tbl')
      .orderBy('key')
      .limit(limit + 1)
      .execute(),
    db
      .selectFrom('audit')
      .select(['seq', 'entry', 'device_hash'])
      .where('seq', '>', request.auditAfter)
      .where('seq', '<=', councillor ? 0 : head.auditCount)
      .orderBy('seq')
      .limit(AUDIT_LIMIT + 1)
      .execute(),
  ]);
  const rows: ServerRow[] = found.slice(0, limit).map((row) => ({
    table: row.tbl as SyncedTable,
    key: row.key,
    row: councillor
      ? forCouncillor(row.tbl as SyncedTable, row.data as Record<string, unknown> | null)
      : (row.data as Record<string, unknown> | null),
    version: row.version,
  }));
  const auditShown = audit.slice(0, AUDIT_LIMIT);
  const lastRow = rows.at(-1);
  const { workspaceId, ...serverHead } = head;
  return {
    workspaceId,
    rows,
    audit: auditShown.map((entry) => ({
      seq: entry.seq,
      entry: entry.entry as Record<string, unknown>,
      deviceHash: entry.device_hash,
    })),
    cursor: found.length > limit && lastRow ? cursorOf(lastRow) : String(head.seq),
    auditAfter: auditShown.at(-1)?.seq ?? request.auditAfter,
    more: found.length > limit || audit.length > AUDIT_LIMIT,
    head: serverHead,
  };
}
