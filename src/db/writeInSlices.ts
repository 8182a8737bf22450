/**
 * Many rows written a slice at a time inside the caller's transaction. IndexedDB copies every row
 * of a `bulkAdd` in the task that calls it: 2,000 actions or audit entries held the page for
 * 200-300 ms at 100x on a 2-core machine. Each slice's write is awaited before the next slice is
 * made, so the page answers a click or a key between them; the transaction, and so the
 * all-or-nothing of the command, is the same.
 */
export const ROWS_PER_SLICE = 250;

export async function writeInSlices<Row>(
  rows: readonly Row[],
  write: (slice: readonly Row[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE)
    await write(rows.slice(start, start + ROWS_PER_SLICE));
}
