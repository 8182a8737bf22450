/**
 * A quarter's figures: everything the scrutiny view and the overview show of a quarter, worked out
 * from its record by the same rules the documents use (`scrutiny.ts`, `enquiry.ts`), and nothing
 * more. At 20,000 actions a record is about 15 MB; its figures are a few hundred kilobytes at most,
 * so a closed quarter's are kept when it closes (`db/quarterFigures.ts`) and a closed view reads
 * those instead of the record. The lists keep only the rows a committee's list shows.
 */
import { matrixOfTally, tallyCells, type CellTally, type RagMix } from './coverage';
import { formatUkDate } from './dates';
import { enquiryFactsOf, type EnquiryFacts } from './enquiry';
import type { QuarterKey } from './quarters';
import type { RagStatus } from './rag';
import {
  directionSummary,
  exceptionsByBody,
  exceptionsOf,
  headlinesOf,
  listHead,
  ragMixByBody,
  ragMixOf,
  reportable,
  reportedSoFar,
  type ExceptionCounts,
  type Headlines,
} from './scrutiny';
import type { ComparedContent, FiguresContent, FiguresEntry, SnapshotContent } from './snapshot';
import { DIRECTION_LABEL, type Direction, type QuarterSnapshot } from './updates';

/** Version of the figures' shape: figures of another version are worked out again. */
export const QUARTER_FIGURES_VERSION = 1;

/** One row of a committee's list of actions. */
interface ActionLine {
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  readonly bodyId: string;
  readonly rag: RagStatus | null;
  /** What the list says about it (the corrective action, the due date…). */
  readonly detail: string;
}

/** A committee's list: its first rows (`listHead`) and how many actions it holds in all. */
export interface ListFigures {
  readonly total: number;
  readonly head: readonly ActionLine[];
}

type DirectionCounts = Record<Direction, number>;

export interface QuarterFigures {
  readonly version: number;
  readonly quarter: QuarterKey;
  readonly comparedWith: QuarterKey | null;
  /** Every action in the record, cancelled ones too: none means an empty plan. */
  readonly actions: number;
  readonly headlines: Headlines;
  /** Reportable actions by RAG: overall, and per body that has any. */
  readonly ragMix: RagMix;
  readonly ragMixByBody: Readonly<Record<string, RagMix>>;
  readonly recommendations: SnapshotContent['recommendations'];
  /** The strategic tool's cells that hold live actions. */
  readonly cells: readonly CellTally[];
  readonly exceptions: Readonly<Record<keyof ExceptionCounts, ListFigures>>;
  readonly exceptionsByBody: Readonly<Record<string, { overdue: number; noUpdate: number }>>;
  readonly direction: {
    readonly summary: string;
    readonly byBody: Readonly<Record<string, DirectionCounts>>;
    /** Actions whose RAG changed or that are new. */
    readonly changed: ListFigures;
    /** Actions that got better or worse. */
    readonly betterOrWorse: ListFigures;
  };
  readonly enquiry: EnquiryFacts;
}

function listOf(
  entries: readonly FiguresEntry[],
  detail: (entry: FiguresEntry) => string,
): ListFigures {
  return {
    total: entries.length,
    head: listHead(entries).map((entry) => ({
      id: entry.action.id,
      ref: entry.action.ref,
      title: entry.action.title,
      bodyId: entry.action.bodyId,
      rag: entry.update?.rag ?? null,
      detail: detail(entry),
    })),
  };
}

/** Directions of travel per body that has any reportable action. */
function directionByBody(entries: readonly FiguresEntry[]): Record<string, DirectionCounts> {
  const result: Record<string, DirectionCounts> = {};
  for (const { action, direction } of entries) {
    const counts = (result[action.bodyId] ??= { improved: 0, same: 0, worse: 0, new: 0 });
    if (direction) counts[direction] += 1;
  }
  return result;
}

/**
 * The figures of `content`, given the closed quarter before it (its record and figures), if any:
 * the lines of enquiry carry runs of red quarters on from it and compare due dates with it.
 */
export function figuresOf(
  content: FiguresContent,
  previous: { readonly content: ComparedContent; readonly figures: QuarterFigures } | null,
): QuarterFigures {
  const entries = reportable(content);
  const exceptions = exceptionsOf(content);
  // Per body, by the documents' own rules, for every body the record names.
  const bodyIds = [...new Set(content.actions.map((e) => e.action.bodyId))];
  const moved = entries.filter((e) => e.direction && e.direction !== 'same');
  const directionDetail = (e: FiguresEntry) => (e.direction ? DIRECTION_LABEL[e.direction] : '');
  return {
    version: QUARTER_FIGURES_VERSION,
    quarter: content.quarter,
    comparedWith: content.comparedWith,
    actions: content.actions.length,
    headlines: headlinesOf(content),
    ragMix: ragMixOf(entries),
    ragMixByBody: Object.fromEntries(
      ragMixByBody(content, bodyIds).map(({ bodyId, mix }) => [bodyId, mix]),
    ),
    recommendations: content.recommendations,
    cells: tallyCells(
      content.actions.map(({ action: { bodyId, primaryRow, status, archived }, update }) => ({
        bodyId,
        primaryRow,
        status,
        archived,
        latestRag: update?.rag ?? null,
      })),
    ),
    exceptions: {
      redAmber: listOf(
        exceptions.redAmber,
        (e) =>
          `${e.update?.narrative ?? ''} Corrective action: ${e.update?.correctiveAction || 'none given'}`,
      ),
      overdue: listOf(exceptions.overdue, (e) => `Due ${formatUkDate(e.action.dueDate)}`),
      noUpdate: listOf(exceptions.noUpdate, reportedSoFar),
    },
    exceptionsByBody: Object.fromEntries(
      exceptionsByBody(content, bodyIds).map(({ bodyId, overdue, noUpdate }) => [
        bodyId,
        { overdue, noUpdate },
      ]),
    ),
    direction: {
      summary: directionSummary(content),
      byBody: directionByBody(entries),
      changed: listOf(moved, directionDetail),
      betterOrWorse: listOf(
        moved.filter((e) => e.direction !== 'new'),
        directionDetail,
      ),
    },
    enquiry: enquiryFactsOf(
      content,
      previous ? { content: previous.content, facts: previous.figures.enquiry } : null,
    ),
  };
}

/** The strategic tool's matrix of the given bodies (today's), from the quarter's cells. */
export const heatmapOfFigures = (figures: QuarterFigures, bodyIds: readonly string[]) =>
  matrixOfTally(figures.cells, bodyIds);

export const exceptionCountsOf = (figures: QuarterFigures): ExceptionCounts => ({
  redAmber: figures.exceptions.redAmber.total,
  overdue: figures.exceptions.overdue.total,
  noUpdate: figures.exceptions.noUpdate.total,
});

/** A closed quarter's record as listed from the indexes, without its content. */
export type RecordKey = Pick<QuarterSnapshot, 'id' | 'quarter' | 'version' | 'hash'>;

/** What is said of a closed quarter wherever it is named: who closed it, when, its version, its SHA-256. */
export type ClosedQuarterFacts = RecordKey & Pick<QuarterSnapshot, 'closedAt' | 'closedBy'>;

export const closedFactsOf = ({
  id,
  quarter,
  version,
  hash,
  closedAt,
  closedBy,
}: ClosedQuarterFacts): ClosedQuarterFacts => ({ id, quarter, version, hash, closedAt, closedBy });

/**
 * A closed quarter's figures as kept (`db/quarterFigures.ts`): worked out from the record whose
 * SHA-256 is `snapshotHash`, after its check, and from the live record before it
 * (`previousHash`). They are used only while both are still the live records.
 */
export interface QuarterFiguresRecord {
  readonly snapshotHash: string;
  readonly previousHash: string | null;
  /** The record's own facts, as the screens state them. */
  readonly closed: ClosedQuarterFacts;
  readonly figures: QuarterFigures;
  /**
   * What the next quarter compares with (`comparison.ts`), with its SHA-256; absent from figures
   * kept before comparisons were. The text is not in the figures' own SHA-256 (every view checks
   * that, and needs no comparison): its own SHA-256 is.
   */
  readonly comparison?: string;
  readonly comparisonHash?: string;
  /** SHA-256 of the rest but `comparison`: figures altered in the database are never shown. */
  readonly hash: string;
}
