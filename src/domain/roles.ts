/**
 * Who may change what on the shared plan (issue 18). The server decides with these rules for
 * every mutation; the app uses the same rules to offer only what the person may do.
 *
 * - community safety manager: everything, members and roles included;
 * - subgroup lead: the actions, quarterly updates, returns and indicator values of their own
 *   bodies; reads the rest;
 * - board member: reads everything and exports;
 * - councillor: the scrutiny view and the reports of closed quarters, nothing else, no writes.
 */
import type { CommandName, SyncedTable } from './sync';
import type { UserRole } from './workspace';

export interface Member {
  /** As the identity provider reports it, in lower case. */
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  /** The bodies a subgroup lead answers for; empty for other roles. */
  readonly bodyIds: readonly string[];
}

/**
 * Commands that change no row of the plan: they record that something left it (an export, a
 * backup) or that the person changed their own browser's settings.
 */
const OWN_BROWSER: readonly CommandName[] = [
  'record export',
  'record backup',
  'update settings',
  'set backup reminder',
  'set reporting quarter',
];

const LEAD_COMMANDS: readonly CommandName[] = [
  'create action',
  'update action',
  'archive action',
  'restore action',
  'import actions',
  'save update',
  'accept update returns',
  'save indicator value',
  'delete indicator value',
  'record fetched indicator values',
  'resolve conflict',
  ...OWN_BROWSER,
];

/** The tables holding a body's own work. */
const LEAD_TABLES: readonly SyncedTable[] = ['actions', 'updates', 'indicatorValues'];

/** One row a mutation writes, with the bodies it belongs to before and after the change. */
export interface WrittenRow {
  readonly table: SyncedTable;
  readonly key: string;
  /** Undefined where the row (or what it belongs to) is not known. */
  readonly bodyIds: readonly (string | undefined)[];
  /** The row as people name it ("action ASB-01"), for the message; its table and key otherwise. */
  readonly what?: string;
}

const TABLE_WORDS: Record<SyncedTable, string> = {
  bodies: 'the bodies',
  objectives: 'the board’s objectives',
  recommendations: 'the recommendations',
  swotItems: 'the SWOT analysis',
  fourPRows: 'the strategic tool',
  themes: 'the themes',
  actions: 'action',
  updates: 'the update for',
  snapshots: 'the quarters’ records',
  indicators: 'the indicators',
  indicatorValues: 'the indicator value',
};

/**
 * Why the member may not make this change, in words; null when they may. `bodyName` turns a
 * body's id into its name for the message.
 */
export function writeProblem(
  member: Member | null,
  command: CommandName,
  rows: readonly WrittenRow[],
  bodyName: (id: string) => string = (id) => id,
): string | null {
  if (!member) {
    return 'You are not a member of this shared plan, so you cannot change it. Ask the community safety manager to add you.';
  }
  switch (member.role) {
    case 'manager':
      return null;
    case 'councillor':
      return 'Councillors can read the scrutiny view and the reports of closed quarters; they cannot change the plan.';
    case 'board-member':
      return OWN_BROWSER.includes(command) && rows.length === 0
        ? null
        : 'Board members can read the whole plan and export it, but not change it. Ask the subgroup’s lead or the community safety manager.';
    case 'subgroup-lead': {
      const yours = member.bodyIds.map(bodyName).join(', ') || 'no body yet';
      if (!LEAD_COMMANDS.includes(command) || (OWN_BROWSER.includes(command) && rows.length > 0)) {
        return `Only the community safety manager can ${command}. A subgroup lead changes the actions, updates, returns and indicator values of their own body (${yours}).`;
      }
      for (const row of rows) {
        if (!LEAD_TABLES.includes(row.table)) {
          return `Only the community safety manager can change ${TABLE_WORDS[row.table]}.`;
        }
        const at = row.bodyIds.findIndex((id) => id === undefined || !member.bodyIds.includes(id));
        if (at >= 0 || row.bodyIds.length === 0) {
          const other = row.bodyIds[at];
          const owner = other === undefined ? 'a body that is not yours' : bodyName(other);
          return `This change touches ${row.what ?? `${TABLE_WORDS[row.table]} ${row.key}`}, which belongs to ${owner}. You lead ${yours}; only that body’s lead or the community safety manager can change it.`;
        }
      }
      return null;
    }
  }
}

/** The tables a councillor receives: the report's content, the board's structure, closed quarters. */
export const COUNCILLOR_TABLES: readonly SyncedTable[] = [
  'bodies',
  'objectives',
  'recommendations',
  'swotItems',
  'fourPRows',
  'themes',
  'snapshots',
];

/**
 * A row as a councillor receives it. Recommendations lose the board's live response, which may
 * be a draft: scrutiny shows the response recorded in each closed quarter's record instead.
 */
export function forCouncillor(
  table: SyncedTable,
  row: Record<string, unknown> | null,
): Record<string, unknown> | null {
  if (row === null || table !== 'recommendations') return row;
  const { respondedAt: _at, ...rest } = row;
  void _at;
  return { ...rest, response: 'awaiting-response', responseNote: '' };
}
