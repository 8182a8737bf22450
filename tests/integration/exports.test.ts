// @vitest-environment node
/**
 * The quarterly summary in each format, made from two closed quarters over an in-memory
 * IndexedDB and read back as a person's software would: the Word XML unzipped and parsed, the
 * workbook opened with exceljs, the PDF's text extracted with pdf.js, the CSV parsed.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeQuarterSummary } from '../../src/api/quarterSummary';
import { exportQuarterSummary, type SummaryMaker } from '../../src/api/reports';
import { createIndicator, saveIndicatorValue } from '../../src/db/commands/indicators';
import type { PlannerDatabase } from '../../src/db/database';
import { headlineFigures } from '../../src/domain/scrutiny';
import type { ExportStep } from '../../src/domain/report/formats';
import { LONGEST_UNBROKEN_SHARE, textWidth } from '../../src/domain/report/layout';
import { WORD_PAGE } from '../../src/lib/export/docx';
import type { SnapshotContent } from '../../src/domain/snapshot';
import { chartDrawing } from '../../src/lib/export/chartDrawing';
import type { ChartRenderer } from '../../src/lib/export/chartImage';
import { FORMULA_TITLE, MARKUP_NARRATIVE, seedTwoClosedQuarters } from '../fixtures/quarters';
import { freshWorkspace } from './renderApp';

/** A real (1 by 1) PNG: pixels need a canvas, which Node lacks; the e2e journey draws real ones. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  ),
  (c) => c.charCodeAt(0),
);
const render: ChartRenderer = async (chart) => {
  const { width, height } = chartDrawing(chart);
  return { id: chart.id, png: PNG, width, height };
};
/** The file made on the test's own thread, with the stand-in charts. */
const make: SummaryMaker = (request, onStep) => makeQuarterSummary(request, onStep, render);

let db: PlannerDatabase;
let q2: SnapshotContent;
beforeEach(async () => {
  db = await freshWorkspace();
  await seedTwoClosedQuarters();
  const snapshot = (await db.snapshots.toArray()).find((s) => s.quarter === '2026-Q2');
  q2 = snapshot?.content as SnapshotContent;
});

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('the Word export', () => {
  it('has real headings, header rows, charts with alternative text, a title and a language', async () => {
    const file = await exportQuarterSummary('2026-Q2', 'docx', { make });
    expect(file.name).toBe('safetynet-quarterly-summary-2026-Q2.docx');
    const zip = unzipSync(await bytes(file.blob));
    const documentXml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
    const core = strFromU8(zip['docProps/core.xml'] ?? new Uint8Array());
    const styles = strFromU8(zip['word/styles.xml'] ?? new Uint8Array());
    const parsed = new DOMParserLike(documentXml);

    expect(core).toContain(
      '<dc:title>SafetyNet quarterly performance summary, Q2 2026/27</dc:title>',
    );
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    expect(parsed.headings('Heading1')).toEqual([
      'Executive summary',
      'Delivery of the 24 recommendations',
      'Exceptions',
      'Each body’s actions',
      'Strategic tool coverage and gaps',
      'Indicators against target',
      'Suggested lines of enquiry',
      'Appendix: definitions',
    ]);
    expect(parsed.headings('Title')).toEqual(['SafetyNet quarterly performance summary']);
    expect(documentXml).toContain(`Snapshot SHA-256: ${file.hash}`);
    // Every table repeats its header row.
    const tables = documentXml.split('<w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(5);
    expect(documentXml.split('<w:tblHeader/>').length - 1).toBe(tables);
    // Charts are pictures with alternative text that says what they show.
    expect(documentXml).toMatch(/<wp:docPr [^>]*descr="Stacked bar chart\. 1 of 4 actions is red/);
    // RAG mix, trend, delivery and overdue; the test's stand-in pictures are identical, so Word
    // stores them once.
    expect(documentXml.match(/<wp:docPr /g)).toHaveLength(4);
    expect(documentXml.match(/<wp:docPr [^>]*descr="[^"]{40,}"/g)).toHaveLength(4);
    expect(zip['word/media/image1.png']).toBeDefined();
    // What people typed is text, never markup.
    expect(documentXml).toContain('&lt;w:p&gt;Not a paragraph&lt;/w:p&gt; &amp; &lt;b&gt;not bold');
    expect(documentXml).not.toContain('<w:p>Not a paragraph');
    expect(documentXml).toContain('Second line: Zażółć gęślą jaźń 👍 .');
    expect(documentXml).not.toContain('\u0007');
    // The headline figures are the scrutiny view's.
    for (const [label, value] of headlineFigures(q2))
      expect(parsed.rowText()).toContain(`${label}|${value}`);
  });

  it('lays every table out for its page: the grid fills the text width, no word is broken', async () => {
    const file = await exportQuarterSummary('2026-Q2', 'docx', { make });
    const zip = unzipSync(await bytes(file.blob));
    const documentXml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
    const twips = (points: number) => Math.floor(points * 20);
    const textWidths = [WORD_PAGE.portraitWidth, WORD_PAGE.landscapeWidth].map((w) => w * 20);
    const tables = [...documentXml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1] ?? '');
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const total = grid.reduce((a, b) => a + b, 0);
      expect(textWidths.some((w) => total <= w && total >= w - grid.length)).toBe(true);
      const rows = [...table.matchAll(/<w:tr(?: [^>]*)?>(.*?)<\/w:tr>/gs)].map((row) =>
        [...(row[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell) =>
          [...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
            .map((t) => t[1])
            .join(' '),
        ),
      );
      const page =
        total > WORD_PAGE.portraitWidth * 20 ? WORD_PAGE.landscapeWidth : WORD_PAGE.portraitWidth;
      grid.forEach((width, column) => {
        // A "word" longer than this (a pasted web address) may break; a reference never is.
        const longest = Math.min(
          page * LONGEST_UNBROKEN_SHARE,
          Math.max(
            ...rows.flatMap((cells, row) =>
              (cells[column] ?? '')
                .split(/\s+/)
                .filter(Boolean)
                .map((word) => textWidth(word, WORD_PAGE.fontSize, row === 0)),
            ),
          ),
        );
        expect(width).toBeGreaterThanOrEqual(twips(longest + WORD_PAGE.cellPadding) - 1);
      });
    }
    // Headings stay with what follows; a contents list links to each section.
    const headings = [
      ...documentXml.matchAll(
        /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading[12]"\/>.*?<\/w:p>/gs,
      ),
    ];
    expect(headings.length).toBeGreaterThan(8);
    for (const heading of headings) expect(heading[0]).toContain('<w:keepNext/>');
    expect(documentXml).toContain('Contents');
    expect(documentXml).toMatch(/<w:hyperlink [^>]*w:anchor="section-1"/);
    expect(documentXml).toMatch(/<w:bookmarkStart w:name="section-1"/);
  });
});

describe('the Excel export', () => {
  it('has a sheet per subject, typed cells, frozen headers, filters and no formulas', async () => {
    const file = await exportQuarterSummary('2026-Q2', 'xlsx', { make });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file.blob.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Actions',
      'Updates',
      'Recommendations',
      'SWOT',
      'Indicators',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
    const summary = workbook.getWorksheet('Summary');
    const figures = new Map<string, unknown>();
    const formats = new Map<string, string>();
    summary?.eachRow((row) => {
      figures.set(String(row.getCell(1).value), row.getCell(2).value);
      formats.set(String(row.getCell(1).value), row.getCell(2).numFmt);
    });
    for (const [label, value] of headlineFigures(q2))
      expect(String(figures.get(label))).toBe(value);
    expect(figures.get('Red')).toBe(1);
    // Counts are numbers, shown with thousands separated as the documents print them.
    expect(formats.get('Red')).toBe('#,##0');
    expect(figures.get('Snapshot SHA-256')).toBe(file.hash);

    const actions = workbook.getWorksheet('Actions');
    const rows = actions?.getSheetValues() ?? [];
    const formulaRow = rows.find((r) => Array.isArray(r) && r[1] === 'GYV-01') as unknown[];
    // Text as typed, in a string cell (never evaluated) with the quote-prefix style.
    expect(formulaRow[2]).toBe(FORMULA_TITLE);
    expect(formulaRow[9]).toBeInstanceOf(Date); // due date, a real date
    const asbRow = rows.find((r) => Array.isArray(r) && r[1] === 'ASB-01') as unknown[];
    expect(asbRow[2]).toBe('-5 hotspots patrolled');
    const zip = unzipSync(await bytes(file.blob));
    const stylesXml = strFromU8(zip['xl/styles.xml'] ?? new Uint8Array());
    const sheetXml = strFromU8(zip['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    const workbookXml = strFromU8(zip['xl/workbook.xml'] ?? new Uint8Array());
    const quoted = new Set(
      [...stylesXml.slice(stylesXml.indexOf('<cellXfs')).matchAll(/<xf [^>]*?\/?>/g)]
        .map((m, index) => (m[0].includes('quotePrefix="1"') ? index : -1))
        .filter((index) => index >= 0),
    );
    const styleOf = (ref: string) =>
      Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(sheetXml)?.[1]);
    const gyvRow = rows.findIndex((r) => Array.isArray(r) && r[1] === 'GYV-01');
    expect(quoted.has(styleOf(`B${gyvRow}`))).toBe(true);
    expect(quoted.has(styleOf(`A${gyvRow}`))).toBe(false);
    expect(sheetXml).not.toContain('<f>');

    // Set up for people: A4, fitted to the width, header repeated, long text wrapped, a named font.
    for (const [index, sheet] of workbook.worksheets.entries()) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(workbookXml).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;${sheet.name}&apos;!$1:$1</definedName>`,
      );
      expect(sheet.getRow(2).getCell(1).font?.name).toBe('Arial');
    }
    expect(actions?.getColumn(2).width).toBeGreaterThanOrEqual(24);
    expect(actions?.getRow(2).getCell(2).alignment?.wrapText).toBe(true);
    const produced = [...figures].find(([label]) => label === 'Produced')?.[1];
    expect(produced).toBeInstanceOf(Date);

    const updates = workbook.getWorksheet('Updates');
    const updateRows = (updates?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
    const gyv2 = updateRows.find((r) => r[1] === 'GYV-02') ?? [];
    expect(gyv2[4]).toBe('Amber');
    expect(gyv2[5]).toBe(40); // a number, not text
    expect(gyv2[16]).toBe('Improved');
    const recommendations = workbook.getWorksheet('Recommendations');
    expect(recommendations?.actualRowCount).toBe(25);
    expect(recommendations?.getRow(2).getCell(1).value).toBe(1);
  });
});

describe('indicators in the exports', () => {
  it('carry each indicator’s value, target, RAG and direction for the quarter', async () => {
    const indicator = await createIndicator({
      name: 'Knife crime with injury, under 25s',
      description: '',
      unit: 'crimes',
      polarity: 'lower-is-better',
      bodyId: 'GYV',
      draft: false,
      source: 'Met police',
      sourceKind: 'manual',
      police: null,
      baselineValue: '40',
      baselinePeriod: '2025/26',
      targets: [{ period: '2026', value: '30' }],
      tolerancePercent: '10',
      frequency: 'quarterly',
      rollUp: 'sum',
      recommendationNumbers: [11],
      objectiveIds: [],
    });
    await saveIndicatorValue(indicator.id, '2026-Q1', '28');
    await saveIndicatorValue(indicator.id, '2026-Q2', '32');
    const file = await exportQuarterSummary('2026-Q2', 'xlsx', { make });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file.blob.arrayBuffer()) as ArrayBuffer);
    const rows = (workbook.getWorksheet('Indicators')?.getSheetValues() ?? []).filter(
      Array.isArray,
    ) as unknown[][];
    expect(rows.find((r) => r[1] === 'Knife crime with injury, under 25s')?.slice(1)).toEqual([
      'Knife crime with injury, under 25s',
      'crimes',
      'Lower',
      '40 (2025/26)',
      32,
      30,
      'Amber',
      'Worsening',
      'Met police',
    ]);
    // The seeded drafts are listed too, with no value or RAG yet.
    expect(rows).toHaveLength(1 + 8);
    const word = unzipSync(
      await bytes((await exportQuarterSummary('2026-Q2', 'docx', { make })).blob),
    );
    const xml = strFromU8(word['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain(
      'Knife crime with injury, under 25s is moving the wrong way: what is being done about it?',
    );
  });
});

describe('the PDF export', () => {
  it('carries the same content, as text that can be extracted', async () => {
    const file = await exportQuarterSummary('2026-Q2', 'pdf', { make });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: await bytes(file.blob), useSystemFonts: false }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    const all = pages.join('\n');
    const metadata = await pdf.getMetadata();
    expect((metadata.info as { Title?: string }).Title).toBe(
      'SafetyNet quarterly performance summary, Q2 2026/27',
    );
    for (const heading of ['Executive summary', 'Exceptions', 'Appendix: definitions'])
      expect(all).toContain(heading);
    expect(all).toContain(file.hash);
    expect(all).toContain('1 of 4 actions is red');
    expect(all).toContain('<w:p>Not a paragraph</w:p> & <b>not bold</b>');
    expect(pdf.numPages).toBeGreaterThan(8);
  });

  it('keeps every word inside the page’s margins, and every reference whole', async () => {
    const file = await exportQuarterSummary('2026-Q2', 'pdf', { make });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: await bytes(file.blob), useSystemFonts: false }).promise;
    const strings: string[] = [];
    let landscapePages = 0;
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      if (width > height) landscapePages += 1;
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        strings.push(item.str);
        const x = item.transform[4] as number;
        expect(x, `“${item.str}” on page ${n}`).toBeGreaterThanOrEqual(40 - 0.5);
        expect(x + item.width, `“${item.str}” on page ${n}`).toBeLessThanOrEqual(width - 40 + 0.5);
      }
    }
    expect(landscapePages).toBeLessThan(pdf.numPages); // portrait, but for any too-wide table
    for (const ref of ['GYV-01', 'GYV-02', 'ASB-01', 'BOARD-01'])
      expect(strings.some((s) => s.includes(ref))).toBe(true);
    for (const word of ['Amber', 'Total'])
      if (strings.some((s) => s.startsWith(word.slice(0, 3))))
        expect(strings.filter((s) => word.startsWith(s) && s !== word)).toEqual([]);
  });
});

describe('the CSV export', () => {
  it('is RFC 4180 with formulas neutralised, one row per action reported on', async () => {
    const file = await exportQuarterSummary('2026-Q2', 'csv', { make });
    // Opened as Excel on Windows reads it: the byte-order mark says UTF-8, and is not data.
    const raw = await bytes(file.blob);
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw).slice(1);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.slice(0, 5)).toEqual(['Ref', 'Action', 'Body', 'RAG', '% complete']);
    expect(rows).toHaveLength(4);
    const gyv1 = rows.find((r) => r[0] === 'GYV-01') ?? [];
    expect(gyv1[1]).toBe(`'${FORMULA_TITLE}`);
    // Control characters a spreadsheet or XML cannot hold are dropped; the rest is kept as typed.
    expect(gyv1[7]).toBe(MARKUP_NARRATIVE.replace('\u0007', ''));
  });
});

describe('every export', () => {
  it('is recorded in the audit trail with its format, file and snapshot hash', async () => {
    const before = await db.audit.count();
    const file = await exportQuarterSummary('2026-Q1', 'csv', { make });
    const entries = await db.audit.orderBy('seq').reverse().limit(1).toArray();
    expect(await db.audit.count()).toBe(before + 1);
    expect(entries[0]).toMatchObject({
      kind: 'export',
      entityType: 'snapshot',
      entityId: '2026-Q1',
      summary: 'Exported the Q1 2026/27 summary as CSV',
      after: { format: 'csv', file: file.name, hash: file.hash, draft: false },
    });
  });
  it('says each step as it starts, and is recorded only after its file is made', async () => {
    const steps: { step: ExportStep; entries: number }[] = [];
    const onStep = async (step: ExportStep) =>
      steps.push({ step, entries: await db.audit.count() });
    const before = await db.audit.count();
    await exportQuarterSummary('2026-Q2', 'pdf', { make, onStep: (s) => void onStep(s) });
    await exportQuarterSummary('2026-Q2', 'xlsx', { make, onStep: (s) => void onStep(s) });
    expect(steps.map((s) => s.step)).toEqual([
      ...['reading', 'charts', 'writing', 'recording'],
      ...['reading', 'writing', 'recording'],
    ]);
    expect(steps[3]?.entries).toBe(before);
    expect(await db.audit.count()).toBe(before + 2);
  });
  it('cancelled before it is recorded, records and hands over nothing', async () => {
    const before = await db.audit.count();
    for (const at of ['reading', 'charts', 'writing'] as const) {
      const controller = new AbortController();
      const cancelAt = (step: ExportStep) => (step === at ? controller.abort() : undefined);
      await expect(
        exportQuarterSummary('2026-Q2', 'docx', {
          make,
          onStep: cancelAt,
          signal: controller.signal,
        }),
      ).rejects.toMatchObject({ name: 'AbortError' });
    }
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(
      exportQuarterSummary('2026-Q2', 'csv', { make, signal: cancelled.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.audit.count()).toBe(before);
  });
  it('of an open quarter is a draft, marked as such', async () => {
    const file = await exportQuarterSummary('2026-Q3', 'xlsx', { make });
    expect(file.name).toBe('safetynet-quarterly-summary-2026-Q3-draft.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file.blob.arrayBuffer()) as ArrayBuffer);
    expect(workbook.getWorksheet('Summary')?.getRow(4).getCell(2).value).toBe(
      'Draft: quarter still open',
    );
  });
});

/** Just enough of the Word XML to read headings and table rows. */
class DOMParserLike {
  constructor(private readonly xml: string) {}
  private paragraphs() {
    return [...this.xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => m[0]);
  }
  private static text(fragment: string) {
    return [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  }
  headings(style: string): string[] {
    return this.paragraphs()
      .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
      .map((p) => DOMParserLike.text(p));
  }
  rowText(): string[] {
    return [...this.xml.matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gs)].map((row) =>
      [...row[0].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)]
        .map((cell) => DOMParserLike.text(cell[0]))
        .join('|'),
    );
  }
}
