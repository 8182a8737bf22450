/**
 * Many rows written a slice at a time, each slice's write awaited before the next slice is made.
 * Inside a command's transaction, this keeps the page answering: IndexedDB copies every row of a
 * `bulkAdd` in the task that calls it, and 2,000 actions or audit entries held the page for
 * 200-300 ms at 100x on a 2-core machine; the transaction, and so the command's all-or-nothing,
 * is the same. A restore writes its new database a transaction per slice.
 */
export const ROWS_PER_SLICE = 250;

export async function writeInSlices<Row>(
  rows: readonly Row[],
  write: (slice: readonly Row[]) => Promise<unknown>,
  size = ROWS_PER_SLICE,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size)
    await write(rows.slice(start, start + size));
}
