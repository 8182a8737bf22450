/**
 * Sealing and checking a closed quarter's kept figures (`quarterFigures.ts`) with a SHA-256, apart
 * from the figures themselves so that a draft's figures do not load the hashing.
 */
import { hashOf } from './canonical';
import {
  QUARTER_FIGURES_VERSION,
  type QuarterFiguresRecord,
  type RecordKey,
} from './quarterFigures';

/** What a seal covers: all that is kept but the seal itself and the comparison's text. */
function sealed(record: Omit<QuarterFiguresRecord, 'hash'>): Record<string, unknown> {
  const covered: Record<string, unknown> = { ...record };
  delete covered.hash;
  delete covered.comparison;
  return covered;
}

export function sealFigures(record: Omit<QuarterFiguresRecord, 'hash'>): QuarterFiguresRecord {
  return { ...record, hash: hashOf(sealed(record)) };
}

/**
 * Whether kept figures can stand for `record`: intact, of the current shape, and worked out from
 * this record and the live record before it (`previous`).
 */
export function figuresStandFor(
  kept: QuarterFiguresRecord | undefined,
  record: RecordKey,
  previous: RecordKey | undefined,
): kept is QuarterFiguresRecord {
  if (!kept) return false;
  return (
    kept.snapshotHash === record.hash &&
    kept.closed.hash === record.hash &&
    kept.previousHash === (previous?.hash ?? null) &&
    kept.closed.id === record.id &&
    kept.figures.version === QUARTER_FIGURES_VERSION &&
    hashOf(sealed(kept)) === kept.hash
  );
}
