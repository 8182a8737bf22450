// @vitest-environment node
/**
 * One true picture: record a quarter's updates (one Blue), close it, and the scrutiny view's
 * figures, the report model, the workbook and the CSV all say the same thing, figure for figure.
 * The action's status and its recommendation's delivery follow the updates.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadQuarterPicture, loadScrutinyPicture } from '../../src/api/quarterPicture';
import { exportQuarterSummary, type SummaryMaker } from '../../src/api/reports';
import { loadReportInputs, makeQuarterSummary } from '../../src/api/quarterSummary';
import { createAction } from '../../src/db/commands/actions';
import { saveUpdate } from '../../src/db/commands/quarters';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import type { PlannerDatabase } from '../../src/db/database';
import { buildQuarterlyReport } from '../../src/domain/report/build';
import {
  deliverySummary,
  headlineFigures,
  headlineFiguresOf,
  ragMixOf,
  ragSummary,
  ragSummaryOf,
  reportable,
} from '../../src/domain/scrutiny';
import type { UpdateInput } from '../../src/domain/updates';
import type { ChartRenderer } from '../../src/lib/export/chartImage';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace } from './renderApp';

const render: ChartRenderer = async (chart) => ({
  id: chart.id,
  png: new Uint8Array([137, 80, 78, 71]),
  width: 10,
  height: 10,
});
const make: SummaryMaker = (request, onStep) => makeQuarterSummary(request, onStep, render);

const update = (rag: UpdateInput['rag'], percent: string, extra: Partial<UpdateInput> = {}) => ({
  rag,
  percentComplete: percent,
  narrative: 'Reported at the board.',
  evidence: '',
  nextSteps: '',
  correctiveAction: rag === 'red' || rag === 'amber' ? 'Recovery plan agreed' : '',
  onTrack: true,
  revisedDate: '',
  state: 'done' as const,
  ...extra,
});

let db: PlannerDatabase;
beforeEach(async () => {
  db = await freshWorkspace();
});

describe('one picture of a closed quarter', () => {
  it('agrees in the scrutiny view, the report, the workbook and the CSV', async () => {
    const asb1 = await createAction(
      actionInput({ ref: 'ASB-01', bodyId: 'ASB', recommendationNumbers: [7], themeIds: [] }),
    );
    const asb2 = await createAction(
      actionInput({ ref: 'ASB-02', bodyId: 'ASB', recommendationNumbers: [8], themeIds: [] }),
    );
    const gyv3 = await createAction(actionInput({ ref: 'GYV-03', recommendationNumbers: [8] }));
    await createAction(actionInput({ ref: 'GYV-16', recommendationNumbers: [9], themeIds: [] }));
    await saveUpdate(asb1.id, '2026-Q3', update('blue', '100'));
    await saveUpdate(asb2.id, '2026-Q3', update('red', '10'));
    await saveUpdate(gyv3.id, '2026-Q3', update('green', '73'));

    // Status follows the updates: Blue is complete, progress is in progress, none is not started.
    const status = async (ref: string) =>
      (await db.actions.where('ref').equals(ref).first())?.status;
    expect(await status('ASB-01')).toBe('complete');
    expect(await status('ASB-02')).toBe('in-progress');
    expect(await status('GYV-16')).toBe('not-started');

    await closeQuarter('2026-Q3');
    const picture = await loadQuarterPicture('2026-Q3');
    const content = picture.content;
    // Recommendation 7's only action is complete: delivered. 8 has progress; 9 none.
    const delivery = (n: number) => content.recommendations.find((r) => r.number === n)?.delivery;
    expect(delivery(7)?.status).toBe('delivered');
    expect(delivery(8)?.status).toBe('in-progress');
    expect(delivery(9)?.status).toBe('planned');
    const figures = headlineFigures(content);
    expect(figures).toContainEqual(['Recommendations delivered', '1 of 24']);
    // The screens read the quarter's kept figures, not its record: the same figures.
    const screen = (await loadScrutinyPicture('2026-Q3')).figures;
    expect(headlineFiguresOf(screen.headlines)).toEqual(figures);
    expect(ragSummaryOf(screen.ragMix, undefined)).toBe(ragSummary(content));
    expect(deliverySummary(screen)).toBe(deliverySummary(content));
    expect(deliverySummary(content)).toContain('1 delivered, 1 in progress, 1 planned');

    // The report model: the same headline table and sentences.
    const inputs = await loadReportInputs('2026-Q3', new Date().toISOString());
    const report = buildQuarterlyReport(inputs);
    const reportText = JSON.stringify(report);
    for (const [label, value] of figures)
      expect(reportText).toContain(
        JSON.stringify([label, /^\d+$/.test(value) ? Number(value) : value]),
      );
    expect(reportText).toContain(ragSummary(content));
    expect(reportText).toContain(deliverySummary(content));

    // The workbook: its summary figures, each action's status and each recommendation's delivery.
    const xlsx = await exportQuarterSummary('2026-Q3', 'xlsx', { make });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.blob.arrayBuffer()) as ArrayBuffer);
    const summary = new Map<string, string>();
    workbook
      .getWorksheet('Summary')
      ?.eachRow((row) => summary.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    for (const [label, value] of figures) expect(summary.get(label)).toBe(value);
    const mix = ragMixOf(reportable(content));
    expect(summary.get('Blue actions')).toBe(String(mix.blue));
    expect(summary.get('Red actions')).toBe(String(mix.red));
    const actions = workbook.getWorksheet('Actions');
    const header = (actions?.getRow(1).values ?? []) as unknown[];
    const statusColumn = header.indexOf('Status');
    const statusOf = new Map<string, unknown>();
    actions?.eachRow((row, n) => {
      if (n > 1) statusOf.set(String(row.getCell(1).value), row.getCell(statusColumn).value);
    });
    expect(statusOf.get('ASB-01')).toBe('Complete');
    expect(statusOf.get('ASB-02')).toBe('In progress');
    expect(statusOf.get('GYV-16')).toBe('Not started');
    const recommendations = workbook.getWorksheet('Recommendations');
    const recHeader = (recommendations?.getRow(1).values ?? []) as unknown[];
    const deliveryColumn = recHeader.indexOf('Delivery');
    expect(recommendations?.getRow(8).getCell(deliveryColumn).value).toBe('Delivered');

    // The CSV: one row per action, RAG counts the same.
    const csv = await exportQuarterSummary('2026-Q3', 'csv', { make });
    const text = new TextDecoder().decode(await csv.blob.arrayBuffer());
    const [csvHeader, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const rag = csvHeader?.indexOf('RAG') ?? -1;
    expect(rows).toHaveLength(reportable(content).length);
    expect(rows.filter((r) => r[rag] === 'Blue')).toHaveLength(mix.blue);
    expect(rows.filter((r) => r[rag] === 'Red')).toHaveLength(mix.red);
    expect(rows.filter((r) => r[rag] === 'No update')).toHaveLength(mix.none);
  });
});
