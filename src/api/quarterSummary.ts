/**
 * Making the quarterly performance summary's file: the quarter read from the database, the report
 * built, charts drawn and the document written. It runs in the export worker (`summaryWorker.ts`),
 * so none of it holds up the page; `reports.ts` hands the file over and audits it. No React here.
 */
import * as reads from '../db/reads';
import { indicatorForReport } from '../domain/indicators';
import type { QuarterKey } from '../domain/quarters';
import type { ReportInputs } from '../domain/report/build';
import type { ExportFormat, ExportStep } from '../domain/report/formats';
import { DEFAULT_WORKSPACE } from '../domain/workspace';
import type { ChartRenderer } from '../lib/export/chartImage';
import type { ExportFile } from '../lib/export/quarterlySummary';
import { loadQuarterPicture } from './quarterPicture';
import type { WorkerFailure } from './workerFailure';

export async function loadReportInputs(
  quarter: QuarterKey,
  producedAt: string,
): Promise<ReportInputs> {
  const [picture, settings, bodies, swot, recommendations, indicators, values] = await Promise.all([
    loadQuarterPicture(quarter),
    reads.getSettings(),
    reads.listBodies(),
    reads.listSwotItems(),
    reads.listRecommendations(),
    reads.listIndicators(),
    reads.listIndicatorValues(),
  ]);
  return {
    partnership: {
      name: settings?.name ?? DEFAULT_WORKSPACE.name,
      fullName: settings?.fullName ?? DEFAULT_WORKSPACE.fullName,
    },
    content: picture.content,
    earlier: picture.earlier,
    trend: picture.trend,
    snapshot: picture.snapshot,
    bodies,
    swot,
    recommendations,
    indicators: indicators.map((i) => indicatorForReport(i, values, quarter)),
    producedAt,
  };
}

/** What the page asks the export worker for. */
export interface SummaryRequest {
  /** The database the page has open (tests and the benchmark use their own). */
  readonly database: string;
  readonly quarter: QuarterKey;
  readonly format: ExportFormat;
  readonly producedAt: string;
}

/** What the worker says back: each step as it starts, then the file or why there is none. */
export type SummaryMessage =
  | { readonly kind: 'step'; readonly step: ExportStep }
  | { readonly kind: 'done'; readonly file: ExportFile }
  | { readonly kind: 'failed'; readonly failure: WorkerFailure };

export async function makeQuarterSummary(
  request: Omit<SummaryRequest, 'database'>,
  onStep: (step: ExportStep) => void,
  /** Draws the charts; a canvas unless a test gives another. */
  render?: ChartRenderer,
): Promise<ExportFile> {
  onStep('reading');
  const inputs = await loadReportInputs(request.quarter, request.producedAt);
  const { exportQuarter } = await import('../lib/export/quarterlySummary');
  return exportQuarter(request.format, inputs, { render, onStep });
}
