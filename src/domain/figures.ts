/** A figure as shown: up to two decimal places, thousands separated; a dash when there is none. */
export function formatFigure(value: number | null | undefined): string {
  return value === null || value === undefined
    ? '–'
    : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
