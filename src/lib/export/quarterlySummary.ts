/**
 * Produces the quarterly performance summary in one format. Loaded only when an export is asked
 * for; each writer then loads its own library (docx, pdfmake, exceljs) on demand too.
 */
import { bodyNamer, buildQuarterlyReport, type ReportInputs } from '../../domain/report/build';
import { cellText, type ReportChart } from '../../domain/report/model';
import type { ExportFormat, ExportStep } from '../../domain/report/formats';
import { updatesTable, workbookSheets } from '../../domain/report/sheets';
import { csvBlob, toCsv } from '../csv';
import { renderChartImage, type ChartImage, type ChartRenderer } from './chartImage';
import { printable } from './text';

export interface ExportFile {
  readonly name: string;
  readonly blob: Blob;
  /** SHA-256 of the snapshot the file was made from. */
  readonly hash: string;
  readonly draft: boolean;
}

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'partnership';

async function renderAll(
  charts: readonly ReportChart[],
  render: ChartRenderer,
  onStep: (step: ExportStep) => void,
): Promise<Map<string, ChartImage>> {
  onStep('charts');
  const images = new Map<string, ChartImage>();
  for (const chart of charts) images.set(chart.id, await render(chart));
  onStep('writing');
  return images;
}

export async function exportQuarter(
  format: ExportFormat,
  inputs: ReportInputs,
  {
    render = renderChartImage,
    onStep = () => undefined,
  }: { render?: ChartRenderer | undefined; onStep?: (step: ExportStep) => void } = {},
): Promise<ExportFile> {
  const report = buildQuarterlyReport(inputs);
  const { cover } = report;
  const name = `${slug(inputs.partnership.name)}-quarterly-summary-${cover.quarter}${cover.draft ? '-draft' : ''}.${format}`;
  const charts = report.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])),
  );
  const file = (blob: Blob): ExportFile => ({ name, blob, hash: cover.hash, draft: cover.draft });
  switch (format) {
    case 'docx': {
      const { writeDocx } = await import('./docx');
      return file(await writeDocx(report, await renderAll(charts, render, onStep)));
    }
    case 'pdf': {
      const { writePdf } = await import('./pdf');
      return file(await writePdf(report, await renderAll(charts, render, onStep)));
    }
    case 'xlsx': {
      onStep('writing');
      const { writeXlsx } = await import('./xlsx');
      const sheets = workbookSheets(report, inputs, bodyNamer(inputs.bodies));
      return file(await writeXlsx(cover, sheets));
    }
    case 'csv': {
      onStep('writing');
      const table = updatesTable(inputs, bodyNamer(inputs.bodies));
      const csv = toCsv(
        table.columns.map((c) => c.heading),
        table.rows.map((row) => row.map((cell) => printable(cellText(cell, (iso) => iso)))),
      );
      return file(csvBlob(csv));
    }
  }
}
