/**
 * The shared plan's wire format as zod schemas: what the server checks every request against.
 * Kept apart from `sync.ts` so the browser's first screen does not load zod for it.
 */
import { z } from './zod';
import { TABLE_ROWS } from './backupSchema';
import { TABLE_LABEL } from './workspaceTables';
import { COMMAND_NAMES, keyOfRow, SYNCED_TABLES, type SyncedTable } from './sync';

const key = z.string().min(1).max(200);
const uuid = z.uuid();

/** One row written (row) or removed (row null) by a mutation. */
const changeSchema = z.strictObject({
  table: z.enum(SYNCED_TABLES),
  key,
  /** The server version the device last saw of this row; null for a row it has never seen. */
  base: z.number().int().min(0).nullable(),
  row: z.record(z.string(), z.unknown()).nullable(),
});
export type Change = z.infer<typeof changeSchema>;

const auditContentSchema = z.strictObject({
  at: z.string().max(40),
  actor: z.string().max(200),
  actorRole: z.string().max(40),
  kind: z.string().max(40),
  entityType: z.string().max(40),
  entityId: z.string().max(200),
  summary: z.string().max(2000),
  before: z.unknown(),
  after: z.unknown(),
});

const mutationSchema = z.strictObject({
  id: uuid,
  /** The command's name ("save update"), for the server's log and the conflicts inbox. */
  name: z.enum(COMMAND_NAMES),
  at: z.string().max(40),
  /** Empty for a command that only leaves a record (an export, a backup). */
  changes: z
    .array(changeSchema)
    .max(5000)
    .refine(
      (changes) => new Set(changes.map((c) => `${c.table}:${c.key}`)).size === changes.length,
      'a row may appear only once in a change',
    ),
  /** The command's audit entries as the device chained them: content and the device's hash. */
  audit: z
    .array(z.strictObject({ content: auditContentSchema, deviceHash: z.string().length(64) }))
    .min(1)
    .max(5000),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.strictObject({
  workspaceId: uuid,
  deviceId: uuid,
  mutations: z.array(mutationSchema).min(1).max(100),
});

/** Checks a row against its table's schema; returns the problem in words, or null. */
export function rowProblem(table: SyncedTable, rowKey: string, row: unknown): string | null {
  const parsed = TABLE_ROWS[table].safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Worded as a restore words a bad row: the table as people know it, then the field.
    const where = issue?.path.length ? `, field ${issue.path.join('.')}` : '';
    return `${TABLE_LABEL[table]} ${rowKey}${where}: ${issue?.message ?? 'not valid'}`;
  }
  if (keyOfRow(table, row as Record<string, unknown>) !== rowKey) {
    return `${TABLE_LABEL[table]} ${rowKey}: the row's own key does not match`;
  }
  return null;
}

export const setupRequestSchema = z.strictObject({
  workspaceId: uuid,
  deviceId: uuid,
  tables: z.partialRecord(z.enum(SYNCED_TABLES), z.array(z.record(z.string(), z.unknown()))),
  audit: z.array(z.record(z.string(), z.unknown())),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;
