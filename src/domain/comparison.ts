/**
 * A closed record's comparison, kept with its figures (`QuarterFiguresRecord`): what the next
 * quarter reads of the record (`ComparedContent`: each action's due date and RAG), as JSON text
 * with its own SHA-256. Closing the next quarter, or working out its draft, then reads about 1 MB
 * instead of reading and checking the whole record: at 20,000 actions the record is 21 MB of JSON,
 * and reading and checking it took a close 750 ms. A comparison is used only while its SHA-256
 * holds; otherwise the record itself is read and checked, as before comparisons were kept.
 */
import { sha256Hex } from './canonical';
import type { QuarterKey } from './quarters';
import type { RagStatus } from './rag';
import type { ComparedContent } from './snapshot';

export interface KeptComparison {
  /** The comparison as JSON text: the record's quarter and a line per action. */
  readonly comparison: string;
  /** SHA-256 of `comparison`, sealed with the figures it is kept with. */
  readonly comparisonHash: string;
}

/** An action's line: its id, due date and RAG (null with no update, or an update without one). */
type Line = readonly [id: string, dueDate: string, rag: RagStatus | null];

export function keptComparisonOf(content: ComparedContent): KeptComparison {
  const actions: Line[] = content.actions.map(({ action, update }) => [
    action.id,
    action.dueDate,
    update?.rag ?? null,
  ]);
  const comparison = JSON.stringify({ quarter: content.quarter, actions });
  return { comparison, comparisonHash: sha256Hex(comparison) };
}

/**
 * What a kept comparison says, or null if there is none (figures kept before comparisons were) or
 * its text is not what was kept. Every reader of a record's comparison reads only `update?.rag`,
 * so an update without a RAG and no update read alike.
 */
export function comparedContentOf(kept: Partial<KeptComparison>): ComparedContent | null {
  const { comparison, comparisonHash } = kept;
  if (comparison === undefined || comparisonHash === undefined) return null;
  if (sha256Hex(comparison) !== comparisonHash) return null;
  const { quarter, actions } = JSON.parse(comparison) as {
    readonly quarter: QuarterKey;
    readonly actions: readonly Line[];
  };
  return {
    quarter,
    actions: actions.map(([id, dueDate, rag]) => ({
      action: { id, dueDate },
      update: rag === null ? null : { rag },
    })),
  };
}
