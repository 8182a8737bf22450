/**
 * Recharts' code (with the app's stacked bars), fetched when the first chart may draw, or as soon
 * as someone heads for a page with charts (`askForChartCode`), so that the code arrives while the
 * page's figures are read rather than after. Never on a page's first load: asked for as the
 * scrutiny page opened, it took bandwidth from what that page's first paint needs on a slow phone
 * (Lighthouse's LCP 2.9 → 3.6 s).
 */
import type StackedBars from './StackedBars';

export interface ChartCode {
  readonly default: typeof StackedBars;
}

/** The code once it has arrived: a chart drawn after that draws at once. */
let arrived: ChartCode | null = null;
let asked: Promise<ChartCode> | null = null;

export const chartCodeArrived = (): ChartCode | null => arrived;

export function loadChartCode(): Promise<ChartCode> {
  asked ??= import('./StackedBars').then(
    (code) => (arrived = code),
    (error: unknown) => {
      asked = null; // asked again by the next chart
      throw error;
    },
  );
  return asked;
}

/** For a link to a page with charts: the code starts on its way as the person heads there. */
export function askForChartCode(): void {
  loadChartCode().catch(() => undefined); // the chart that needs it says if it cannot be loaded
}
