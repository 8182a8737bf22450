/** One formatter for every figure: `toLocaleString` with options builds a new one each call. */
const FIGURE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A figure as shown: up to two decimal places, thousands separated; a dash when there is none. */
export function formatFigure(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : FIGURE.format(value);
}
