/**
 * A seeded generator of realistic partnership data for the benchmarks: actions spread over the six
 * bodies and the strategic tool, eight quarters of updates each, and a hash-chained audit log.
 * The same seed always gives the same data. The actions and updates are as the app stores them,
 * with their keys in sorted order (`src/db/rowsInKeyOrder.ts`), since the benchmark writes them
 * straight into IndexedDB.
 */
import type { Action, ActionStatus } from '../../src/domain/actions';
import { chainEntry, GENESIS_HASH, type AuditEntry } from '../../src/domain/audit';
import { inKeyOrder } from '../../src/domain/keyOrder';
import { nextQuarter, quarterEnd, quarterKey, type Quarter } from '../../src/domain/quarters';
import { RAG_STATUSES, type RagStatus } from '../../src/domain/rag';
import { FOUR_P_ROWS, INTERVENTION_THEMES } from '../../src/domain/strategicTool';
import { updateId, type QuarterlyUpdate } from '../../src/domain/updates';

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODIES = ['BOARD', 'VAWG', 'GYV', 'ASB', 'PREV', 'CDP'];
const SWOT = [
  'W1',
  'W2',
  'W3',
  'W4',
  'W5',
  'W6',
  'W7',
  'W9',
  'W12',
  'W14',
  'T1',
  'T2',
  'T4',
  'T7',
  'T10',
];
const VERBS = [
  'Establish',
  'Review',
  'Commission',
  'Deliver',
  'Extend',
  'Train',
  'Map',
  'Evaluate',
];
const SUBJECTS = [
  'gang exit mentoring',
  'the MASH audit',
  'school PSHE sessions',
  'hotspot patrols',
  'the Youth Hub pilot',
  'analyst capacity',
  'civil orders',
  'business engagement',
];

export interface Dataset {
  readonly actions: Action[];
  readonly updates: QuarterlyUpdate[];
  readonly audit: AuditEntry[];
}

export function generate(
  actionCount: number,
  quarters: number,
  seed = 20261122,
): Omit<Dataset, 'audit'> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const counters = new Map<string, number>();
  const first: Quarter = { fyStart: 2025, q: 1 };
  const actions: Action[] = [];
  const updates: QuarterlyUpdate[] = [];
  for (let i = 0; i < actionCount; i += 1) {
    const bodyId = pick(BODIES);
    const n = (counters.get(bodyId) ?? 0) + 1;
    counters.set(bodyId, n);
    const primaryRow = pick(FOUR_P_ROWS);
    const themes = INTERVENTION_THEMES.filter((theme) => theme.rowId === primaryRow);
    const id = `bench-${i}`;
    let quarter = first;
    let rag: RagStatus = 'green';
    for (let q = 0; q < quarters; q += 1) {
      rag = next() < 0.1 ? 'red' : next() < 0.25 ? 'amber' : next() < 0.9 ? 'green' : 'blue';
      updates.push({
        id: updateId(id, quarterKey(quarter)),
        actionId: id,
        quarter: quarterKey(quarter),
        rag,
        percentComplete: Math.min(100, Math.round(((q + 1) / quarters) * 100)),
        narrative: `Progress this quarter on ${pick(SUBJECTS)}.`,
        evidence: '',
        nextSteps: 'Continue as planned.',
        correctiveAction:
          rag === 'red' || rag === 'amber' ? 'Recovery plan agreed with the lead.' : '',
        forecast: { onTrack: true },
        state: 'done',
        carriedForward: false,
        reportedBy: 'Subgroup lead',
        reportedAt: `${quarterEnd(quarter)}T12:00:00.000Z`,
      });
      quarter = nextQuarter(quarter);
    }
    const status: ActionStatus =
      quarters === 0
        ? 'not-started'
        : rag === 'blue'
          ? 'complete'
          : pick(['in-progress', 'in-progress', 'in-progress', 'deferred'] as const);
    actions.push({
      id,
      ref: `${bodyId}-${String(n).padStart(2, '0')}`,
      bodyId,
      title: `${pick(VERBS)} ${pick(SUBJECTS)} (${i})`,
      description: 'Generated for the benchmark.',
      leadAgency: pick(['Council', 'Metropolitan Police', 'Children’s Services', 'Health']),
      leadOfficer: `Officer ${i % 97}`,
      partners: ['Voluntary sector'],
      startDate: '2025-04-01',
      dueDate: pick(['2025-12-31', '2026-03-31', '2026-09-30', '2027-03-31']),
      milestones: [],
      successMeasure: '',
      status,
      statusSetBy: status === 'deferred' ? 'manager' : 'updates',
      statusNote: status === 'deferred' ? 'Deferred by the board for the benchmark.' : '',
      recommendationNumbers: [1 + Math.floor(next() * 24)],
      objectiveIds: [],
      swotIds: [pick(SWOT)],
      primaryRow,
      secondaryRows: [],
      themeIds: [pick(themes).id],
      archived: 0,
      demo: 0,
      latestRag: quarters > 0 ? rag : null,
      createdAt: '2025-04-01T09:00:00.000Z',
      updatedAt: '2025-04-01T09:00:00.000Z',
    });
  }
  return {
    actions: actions.map((row) => inKeyOrder(row)),
    updates: updates.map((row) => inKeyOrder(row)),
  };
}

/** An audit log chained on to the workspace's own last entry. */
export function generateAudit(
  count: number,
  actions: readonly Action[],
  startHash: string = GENESIS_HASH,
  seed = 7,
): AuditEntry[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const audit: AuditEntry[] = [];
  let prevHash = startHash;
  for (let i = 0; i < count; i += 1) {
    const target = actions[i % Math.max(1, actions.length)];
    const entry = chainEntry(
      {
        at: new Date(Date.UTC(2025, 3, 1) + i * 60_000).toISOString(),
        actor: `Officer ${i % 13}`,
        actorRole: 'manager',
        kind: i % 10 === 0 ? 'create' : 'update',
        entityType: 'action',
        entityId: target?.id ?? 'none',
        summary: `Action ${target?.ref ?? ''} changed`,
        before: { status: 'not-started' },
        after: { status: pick(['in-progress', 'complete']), rag: pick(RAG_STATUSES) },
      },
      prevHash,
    );
    audit.push(entry);
    prevHash = entry.hash;
  }
  return audit;
}
