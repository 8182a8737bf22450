/**
 * The RAG vocabulary used in quarterly updates. Blue means complete. A RAG status is always shown
 * with its word and an icon as well as its colour, so that it never relies on colour alone.
 */
export const RAG_STATUSES = ['red', 'amber', 'green', 'blue'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export interface RagMeaning {
  readonly label: string;
  readonly meaning: string;
  /** Icon shape, so that the status can be told apart without colour. */
  readonly icon: 'cross' | 'warning' | 'tick' | 'flag';
  /** Background and text colours with a contrast ratio of at least 4.5:1. */
  readonly background: string;
  readonly text: string;
}

export const RAG: Record<RagStatus, RagMeaning> = {
  red: {
    label: 'Red',
    meaning: 'Off track: will not be delivered as planned without corrective action.',
    icon: 'cross',
    background: '#b3261e',
    text: '#ffffff',
  },
  amber: {
    label: 'Amber',
    meaning: 'At risk: some slippage or issues; corrective action in hand.',
    icon: 'warning',
    background: '#f2b705',
    text: '#1b1b1b',
  },
  green: {
    label: 'Green',
    meaning: 'On track to be delivered by the due date.',
    icon: 'tick',
    background: '#1e7b34',
    text: '#ffffff',
  },
  blue: {
    label: 'Blue',
    meaning: 'Complete: delivered and closed.',
    icon: 'flag',
    background: '#1d4f91',
    text: '#ffffff',
  },
};

export function isRagStatus(value: unknown): value is RagStatus {
  return typeof value === 'string' && (RAG_STATUSES as readonly string[]).includes(value);
}

/** Red is worst, Blue (complete) best: for directions of travel. */
export function ragRank(status: RagStatus): number {
  return RAG_STATUSES.indexOf(status);
}

/** Red and Amber updates must say what is being done about it. */
export function ragNeedsCorrectiveAction(status: RagStatus): boolean {
  return status === 'red' || status === 'amber';
}

/**
 * Green when the target is met; Amber when short of it by no more than the tolerance (a
 * percentage of the target); Red beyond that. No RAG without a value or a target.
 */
export function ragAgainstTarget(
  value: number | null,
  target: number | null,
  polarity: 'higher-is-better' | 'lower-is-better',
  tolerancePercent: number,
): Extract<RagStatus, 'red' | 'amber' | 'green'> | null {
  if (value === null || target === null) return null;
  const margin = Math.abs(target) * (tolerancePercent / 100);
  if (polarity === 'higher-is-better') {
    if (value >= target) return 'green';
    return value >= target - margin ? 'amber' : 'red';
  }
  if (value <= target) return 'green';
  return value <= target + margin ? 'amber' : 'red';
}
