/**
 * The shape of every row a backup may hold, one schema per table, checked with zod before a
 * restore writes anything. Objects are strict (no unknown field) and every string has a ceiling;
 * each schema is checked against the domain type at compile time, so the two cannot drift apart.
 */
import { z } from './zod';
import type { TableName } from './workspaceTables';
import { ACTION_STATUSES, type Action } from './actions';
import { AUDIT_KINDS, type AuditEntry, type EntityType } from './audit';
import type { Body } from './bodies';
import { isIsoDate } from './dates';
import {
  FREQUENCIES,
  POLARITIES,
  ROLL_UPS,
  type Indicator,
  type IndicatorValue,
} from './indicators';
import { OBJECTIVE_STATUSES, type Objective } from './objectives';
import { parseQuarterKey, type QuarterKey } from './quarters';
import { RAG_STATUSES } from './rag';
import { RECOMMENDATION_LEVELS, RESPONSE_STATUSES, type Recommendation } from './recommendations';
import { FOUR_P_ROWS, type FourPRow, type InterventionTheme } from './strategicTool';
import { SWOT_QUADRANTS, type SwotItem } from './swot';
import { updateId, type QuarterSnapshot, type QuarterlyUpdate } from './updates';
import { USER_ROLES, type WorkspaceSettings } from './workspace';

/** Longest free text the app itself accepts is 5,000 characters; names are far shorter. */
const text = (max = 5000) => z.string().max(max);
const id = z.string().min(1).max(200);
const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
const timestamp = z
  .string()
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), {
    message: 'must be a date and time',
  });
const quarterKey = z
  .string()
  .refine((value) => parseQuarterKey(value) !== undefined, 'must be a quarter such as 2026-Q1')
  .transform((value) => value as QuarterKey);
const fourPRow = z.enum(FOUR_P_ROWS);
const flag = z.union([z.literal(0), z.literal(1)]);
const count = z.number().int().min(0);

const settingsRow = z.strictObject({
  key: z.literal('workspace'),
  name: text(60),
  fullName: text(200),
  userName: text(100),
  userRole: z.enum(USER_ROLES),
  reportingQuarter: quarterKey.nullable(),
  createdAt: timestamp,
  source: z.enum(['andell-2023', 'blank']),
  backupReminderDays: z.number().int().min(1).max(365).optional(),
  backupReminderChanges: z.number().int().min(1).max(100000).optional(),
}) satisfies z.ZodType<WorkspaceSettings>;

const metaRow = z.strictObject({ key: id, value: z.unknown() });

const bodyRow = z.strictObject({
  id,
  name: text(200),
  kind: z.enum(['board', 'subgroup', 'associated-partnership']),
  description: text(),
  duties: z.array(z.strictObject({ text: text(), sourceLine: count })).max(100),
  order: z.number(),
}) satisfies z.ZodType<Body>;

const objectiveRow = z.strictObject({
  id,
  code: text(40),
  financialYear: z.number().int().min(2000).max(2100),
  title: text(200),
  description: text(),
  bodyId: id,
  status: z.enum(OBJECTIVE_STATUSES),
  derivation: text(),
}) satisfies z.ZodType<Objective>;

const recommendationRow = z.strictObject({
  number: z.number().int().min(1).max(24),
  text: text(),
  sourceLine: count,
  level: z.enum(RECOMMENDATION_LEVELS),
  emergesFrom: z
    .array(
      z.strictObject({
        section: text(200),
        lines: z.tuple([count, count]),
        quote: text(),
      }),
    )
    .max(20),
  suggestedOwnerId: id,
  suggestedOwnerNote: text(),
  suggestedRows: z.array(fourPRow).max(4),
  response: z.enum(RESPONSE_STATUSES),
  responseNote: text(2000),
  respondedAt: timestamp.optional(),
}) satisfies z.ZodType<Recommendation>;

const swotRow = z.strictObject({
  id: text(10),
  quadrant: z.enum(SWOT_QUADRANTS),
  text: text(),
  sourceLine: count,
  order: z.number(),
  recommendationNumbers: z.array(z.number().int().min(1).max(24)).max(24),
}) satisfies z.ZodType<SwotItem>;

const fourPRowRow = z.strictObject({
  id: fourPRow,
  name: text(100),
  harmReductionName: text(100),
  themesText: text(),
  order: z.number(),
  sourceLine: count,
}) satisfies z.ZodType<FourPRow>;

const themeRow = z.strictObject({
  id,
  rowId: fourPRow,
  name: text(200),
  order: z.number(),
}) satisfies z.ZodType<InterventionTheme>;

const ids = z.array(id).max(500);

const actionRow = z.strictObject({
  id,
  ref: text(20),
  bodyId: id,
  title: text(200),
  description: text(),
  leadAgency: text(200),
  leadOfficer: text(200),
  partners: z.array(text(200)).max(100),
  startDate: isoDate,
  dueDate: isoDate,
  milestones: z
    .array(z.strictObject({ id, title: text(200), dueDate: isoDate, done: z.boolean() }))
    .max(100),
  successMeasure: text(),
  status: z.enum(ACTION_STATUSES),
  statusSetBy: z.enum(['updates', 'manager']),
  statusNote: text(2000),
  recommendationNumbers: z.array(z.number().int().min(1).max(24)).max(24),
  objectiveIds: ids,
  swotIds: ids,
  primaryRow: fourPRow,
  secondaryRows: z.array(fourPRow).max(3),
  themeIds: ids,
  archived: flag,
  demo: flag,
  latestRag: z.enum(RAG_STATUSES).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<Action>;

const updateRow = z
  .strictObject({
    id: z.string().min(1).max(400),
    actionId: id,
    quarter: quarterKey,
    rag: z.enum(RAG_STATUSES).nullable(),
    percentComplete: z.number().int().min(0).max(100).nullable(),
    narrative: text(),
    evidence: text(),
    nextSteps: text(),
    correctiveAction: text(),
    forecast: z.union([
      z.strictObject({ onTrack: z.literal(true) }),
      z.strictObject({ onTrack: z.literal(false), revisedDate: isoDate }),
    ]),
    state: z.enum(['draft', 'done']),
    carriedForward: z.boolean(),
    reportedBy: text(100),
    reportedAt: timestamp,
  })
  // The browser stores an update under its quarter and action, and finds it again by its id.
  .refine((row) => row.id === updateId(row.actionId, row.quarter), {
    message: 'must be the action’s id and the quarter, as action-id@2026-Q1',
    path: ['id'],
  }) satisfies z.ZodType<QuarterlyUpdate>;

const snapshotRow = z.strictObject({
  id,
  quarter: quarterKey,
  version: z.number().int().min(1),
  closedAt: timestamp,
  closedBy: text(100),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  content: z.unknown(),
  supersededAt: timestamp.nullable(),
  reopenReason: text(2000).nullable(),
}) satisfies z.ZodType<QuarterSnapshot>;

const finite = z.number().finite();
const period = text(20);

const indicatorRow = z.strictObject({
  id,
  name: text(200),
  description: text(),
  unit: text(60),
  polarity: z.enum(POLARITIES),
  bodyId: id,
  draft: z.boolean(),
  source: text(2000),
  sourceKind: z.enum(['manual', 'police']),
  police: z
    .strictObject({
      neighbourhoods: z.array(z.strictObject({ id: text(100), name: text(200) })).max(200),
      polygon: z.array(z.tuple([finite, finite])).max(2000),
      categories: z.array(text(100)).max(50),
    })
    .nullable(),
  baseline: z.strictObject({ value: finite, period: text(100) }).nullable(),
  targets: z.array(z.strictObject({ period, value: finite })).max(200),
  tolerancePercent: z.number().min(0).max(100),
  frequency: z.enum(FREQUENCIES),
  rollUp: z.enum(ROLL_UPS),
  recommendationNumbers: z.array(z.number().int().min(1).max(24)).max(24),
  objectiveIds: z.array(id).max(200),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<Indicator>;

const indicatorValueRow = z.strictObject({
  id,
  indicatorId: id,
  period,
  value: finite,
  origin: z.enum(['manual', 'police']),
  recordedAt: timestamp,
}) satisfies z.ZodType<IndicatorValue>;

const ENTITY_TYPES = [
  'workspace',
  'settings',
  'body',
  'objective',
  'recommendation',
  'swot-item',
  'action',
  'update',
  'snapshot',
  'indicator',
  'indicator-value',
  'member',
] as const satisfies readonly EntityType[];

const auditRow = z.strictObject({
  seq: z.number().int().min(1),
  at: timestamp,
  actor: text(100),
  actorRole: text(40),
  kind: z.enum(AUDIT_KINDS),
  entityType: z.enum(ENTITY_TYPES),
  entityId: z.string().min(1).max(400),
  summary: text(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
}) satisfies z.ZodType<AuditEntry>;

/** Every table's rows (`TABLE_NAMES` gives the order they are written, hashed and restored in). */
export const TABLE_ROWS = {
  settings: settingsRow,
  meta: metaRow,
  bodies: bodyRow,
  objectives: objectiveRow,
  recommendations: recommendationRow,
  swotItems: swotRow,
  fourPRows: fourPRowRow,
  themes: themeRow,
  actions: actionRow,
  updates: updateRow,
  snapshots: snapshotRow,
  indicators: indicatorRow,
  indicatorValues: indicatorValueRow,
  audit: auditRow,
} as const satisfies Record<TableName, z.ZodType>;

export type WorkspaceTables = { [K in TableName]: z.infer<(typeof TABLE_ROWS)[K]>[] };
