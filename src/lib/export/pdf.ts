/**
 * The summary as a PDF (pdfmake, with its Roboto fonts, loaded only when asked for). Same content
 * as the Word version; the document title and language are set. Word is the accessible version:
 * pdfmake does not write a full tag tree, so the PDF is for printing and circulating.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatUkDateTime } from '../../domain/dates';
import { planTable, type PageFormat } from '../../domain/report/layout';
import {
  documentCellText,
  type QuarterlyReport,
  type ReportBlock,
  type ReportSection,
  type ReportTable,
} from '../../domain/report/model';
import type { ChartImage } from './chartImage';
import { printable } from './text';

/** A4 is 595.28 by 841.89 points; less 40-point margins. */
const MARGIN = 40;
const CONTENT_WIDTH = 595.28 - 2 * MARGIN;
/** Cells have 4 points of padding each side and no vertical rules. */
const CELL_PADDING = 4;
const PDF_PAGE: PageFormat = {
  portraitWidth: CONTENT_WIDTH,
  landscapeWidth: 841.89 - 2 * MARGIN,
  cellPadding: 2 * CELL_PADDING,
  fontSize: 8,
};

const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { headerRows?: number; body: unknown[] } }) =>
    i === 0 || i === (node.table.headerRows ?? 0) || i === node.table.body.length ? 1 : 0.5,
  vLineWidth: () => 0,
  hLineColor: () => '#aab4c0',
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function table(source: ReportTable): Content[] {
  const { table: t, widths } = planTable(source, PDF_PAGE);
  return [
    { text: printable(t.caption), style: 'caption', headlineLevel: 3 },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        // pdfmake's widths are the text's; the padding is added around them.
        widths: widths.map((w) => w - PDF_PAGE.cellPadding),
        body: [
          t.columns.map((c) => ({
            text: printable(c.heading),
            bold: true,
            fillColor: '#e8eef6',
            alignment: c.kind === 'number' ? ('right' as const) : ('left' as const),
          })),
          ...t.rows.map((row) =>
            t.columns.map((_, index) => {
              const cell = row[index] ?? null;
              return {
                text: printable(documentCellText(cell)),
                alignment: typeof cell === 'number' ? ('right' as const) : ('left' as const),
              };
            }),
          ),
        ],
      },
      layout: TABLE_LAYOUT,
      fontSize: PDF_PAGE.fontSize,
      margin: [0, 0, 0, 10],
    },
  ];
}

/** A section goes on landscape pages when one of its tables is too wide for portrait. */
const needsLandscape = (section: ReportSection) =>
  section.blocks.some(
    (b) => (b.kind === 'table' || b.kind === 'chart') && planTable(b.table, PDF_PAGE).landscape,
  );

function block(b: ReportBlock, images: ReadonlyMap<string, ChartImage>): Content[] {
  switch (b.kind) {
    case 'paragraph':
      return [{ text: printable(b.text), margin: [0, 0, 0, 6] }];
    case 'subheading':
      return [{ text: printable(b.text), style: 'h2', headlineLevel: 2 }];
    case 'list':
      return [{ ul: b.items.map(printable), margin: [0, 0, 0, 8] }];
    case 'table':
      return table(b.table);
    case 'chart': {
      const image = images.get(b.chart.id);
      const picture: Content[] = image
        ? [
            { text: printable(b.chart.title), style: 'h2', headlineLevel: 2 },
            {
              image: `data:image/png;base64,${base64(image.png)}`,
              width: CONTENT_WIDTH,
              margin: [0, 0, 0, 6],
            },
          ]
        : [];
      return [...picture, ...table(b.table)];
    }
  }
}

export async function writePdf(
  report: QuarterlyReport,
  images: ReadonlyMap<string, ChartImage>,
): Promise<Blob> {
  const [pdfmakeModule, vfsModule] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  const pdfMake = pdfmakeModule.default;
  const vfs = vfsModule.default;
  pdfMake.addVirtualFileSystem(vfs);
  const { cover } = report;
  const definition: TDocumentDefinitions = {
    info: {
      title: `${cover.title}, ${cover.quarterLabel}`,
      author: cover.partnership,
      subject: `Quarterly performance summary, ${cover.quarterLabel}`,
      keywords: `SHA-256 ${cover.hash}`,
    },
    language: 'en-GB',
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      // Headings stay with what follows: pdfmake moves a heading that would end a page.
      title: { fontSize: 22, bold: true, margin: [0, 120, 0, 16] },
      h1: { fontSize: 16, bold: true, margin: [0, 8, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      caption: { bold: true, italics: true, fontSize: 9, margin: [0, 4, 0, 2] },
    },
    // A heading or caption that would be the last thing on a page starts the next page instead.
    pageBreakBefore: (node, following) =>
      Boolean(node.headlineLevel) && following.getFollowingNodesOnPage().length === 0,
    watermark: cover.draft ? { text: 'DRAFT', opacity: 0.08, bold: true } : undefined,
    footer: (page, pages) => ({
      text: `${cover.title}, ${cover.quarterLabel}. Page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: printable(cover.title), style: 'title' },
      { text: printable(cover.partnership), bold: true, margin: [0, 0, 0, 8] },
      { text: `Quarter: ${cover.quarterLabel}${cover.draft ? ' (draft, not yet closed)' : ''}` },
      { text: `Produced: ${formatUkDateTime(cover.producedAt)}` },
      { text: printable(cover.provenance), margin: [0, 8, 0, 8] },
      { text: `Snapshot SHA-256: ${cover.hash}`, fontSize: 8 },
      {
        toc: { title: { text: 'Contents', style: 'h1' }, textStyle: { fontSize: 10 } },
        pageBreak: 'before',
      },
      ...report.sections.flatMap((section): Content[] => [
        {
          text: printable(section.title),
          style: 'h1',
          tocItem: true,
          pageBreak: 'before',
          pageOrientation: needsLandscape(section) ? 'landscape' : 'portrait',
        },
        ...section.blocks.flatMap((b) => block(b, images)),
      ]),
    ],
  };
  return pdfMake.createPdf(definition).getBlob();
}
