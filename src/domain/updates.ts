/**
 * Quarterly updates on actions, and the snapshot frozen when a quarter closes.
 */
import type { IsoDate } from './dates';
import type { QuarterKey } from './quarters';
import type { RagStatus } from './rag';

export interface QuarterlyUpdate {
  /** `${actionId}@${quarter}` */
  readonly id: string;
  readonly actionId: string;
  readonly quarter: QuarterKey;
  readonly rag: RagStatus;
  readonly percentComplete: number;
  readonly narrative: string;
  readonly evidence: string;
  readonly nextSteps: string;
  readonly correctiveAction: string;
  readonly forecast:
    { readonly onTrack: true } | { readonly onTrack: false; readonly revisedDate: IsoDate };
  readonly state: 'draft' | 'done';
  readonly carriedForward: boolean;
  readonly reportedBy: string;
  readonly reportedAt: string;
}

export interface QuarterSnapshot {
  readonly id: string;
  readonly quarter: QuarterKey;
  readonly version: number;
  readonly closedAt: string;
  readonly closedBy: string;
  /** SHA-256 of the canonical content. */
  readonly hash: string;
  readonly content: unknown;
  /** Set when the quarter was reopened: the snapshot stays, marked as superseded. */
  readonly supersededAt: string | null;
  readonly reopenReason: string | null;
}
