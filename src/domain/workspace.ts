/**
 * The workspace: the partnership whose plan this is, and the person using this browser.
 */
import type { IsoDate } from './dates';
import type { Problem } from './problems';
import { parseQuarterKey, quarterOfDate, type Quarter, type QuarterKey } from './quarters';

export const USER_ROLES = ['manager', 'subgroup-lead', 'councillor', 'board-member'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ROLE_LABEL: Record<UserRole, string> = {
  manager: 'Community safety manager',
  'subgroup-lead': 'Subgroup lead',
  councillor: 'Councillor',
  'board-member': 'Board member',
};

export interface WorkspaceSettings {
  readonly key: 'workspace';
  /** Short name shown in the header ("SafetyNet"). */
  readonly name: string;
  /** Full name ("Waltham Forest Community Safety Partnership"). */
  readonly fullName: string;
  readonly userName: string;
  readonly userRole: UserRole;
  /** Set when the manager fixes the reporting quarter; otherwise it follows today's date. */
  readonly reportingQuarter: QuarterKey | null;
  readonly createdAt: string;
  readonly source: 'andell-2023' | 'blank';
  /** Remind the user to back up after this many days without a backup (default 7). */
  readonly backupReminderDays?: number;
  /** …or after this many changes since the last backup (default 50). */
  readonly backupReminderChanges?: number;
}

export const DEFAULT_WORKSPACE = {
  name: 'SafetyNet',
  fullName: 'Waltham Forest Community Safety Partnership',
  userName: 'Community safety manager',
  userRole: 'manager',
} as const satisfies Partial<WorkspaceSettings>;

const NAME_MAX = 120;

export function checkSettings(input: {
  name: string;
  fullName: string;
  userName: string;
  userRole: string;
}): Problem[] {
  const problems: Problem[] = [];
  const required = [
    ['name', input.name, 'Enter the workspace name'],
    ['fullName', input.fullName, 'Enter the partnership’s full name'],
    [
      'userName',
      input.userName,
      'Enter your name, so that the audit trail shows who made each change',
    ],
  ] as const;
  for (const [field, value, message] of required) {
    if (value.trim() === '') problems.push({ field, message });
    else if (value.trim().length > NAME_MAX)
      problems.push({ field, message: `Must be ${NAME_MAX} characters or fewer` });
  }
  if (!(USER_ROLES as readonly string[]).includes(input.userRole)) {
    problems.push({ field: 'userRole', message: 'Select your role' });
  }
  return problems;
}

/** What the manager types to confirm a reset to the seeded state. */
export const RESET_CONFIRMATION = 'reset';

/** The quarter being reported on: the one the manager set, or the one today falls in. */
export function reportingQuarterOf(
  settings: Pick<WorkspaceSettings, 'reportingQuarter'> | null | undefined,
  today: IsoDate,
): Quarter {
  const fixed = settings?.reportingQuarter ? parseQuarterKey(settings.reportingQuarter) : undefined;
  return fixed ?? quarterOfDate(today);
}
