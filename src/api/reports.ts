/**
 * The quarterly performance summary: what it is built from, and the export itself (generate,
 * audit, then hand the file over, so no export leaves without its audit entry).
 */
import * as reads from '../db/reads';
import { recordExport } from '../db/commands/exports';
import { indicatorForReport } from '../domain/indicators';
import { quarterKeyLabel, type QuarterKey } from '../domain/quarters';
import type { ReportInputs } from '../domain/report/build';
import { DEFAULT_WORKSPACE } from '../domain/workspace';
import type { ChartRenderer } from '../lib/export/chartImage';
import { formatName, type ExportFormat } from '../domain/report/formats';
import type { ExportFile } from '../lib/export/quarterlySummary';
import { loadQuarterPicture } from './scrutiny';

export async function loadReportInputs(
  quarter: QuarterKey,
  producedAt: string,
): Promise<ReportInputs> {
  const [picture, settings, bodies, swot, recommendations, indicators, values] = await Promise.all([
    loadQuarterPicture(quarter, quarter),
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

/** Makes one export of a quarter's summary and records it in the audit trail. */
export async function exportQuarterSummary(
  quarter: QuarterKey,
  format: ExportFormat,
  /** Draws the charts; the browser's canvas unless a test gives another. */
  render?: ChartRenderer,
): Promise<ExportFile> {
  const { exportQuarter } = await import('../lib/export/quarterlySummary');
  const inputs = await loadReportInputs(quarter, new Date().toISOString());
  const file = await exportQuarter(format, inputs, render);
  await recordExport(
    'snapshot',
    quarter,
    `the ${quarterKeyLabel(quarter)} summary${file.draft ? ' (draft)' : ''} as ${formatName(format)}`,
    {
      format,
      file: file.name,
      bytes: file.blob.size,
      draft: file.draft,
      hash: file.hash,
    },
  );
  return file;
}
