/**
 * The summary as a Word document (the `docx` package, loaded only when asked for). This is the
 * accessible version: real Heading 1 and 2 styles, the document's title and language set, tables with
 * a repeating header row and a caption, charts as images with alternative text followed by the
 * table of their numbers. Text goes in as text runs, which the package escapes: nothing a person
 * typed is read as markup.
 */
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

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
/** Cells have 4 points of margin each side; the table's text is 9 point. */
const CELL_MARGIN = 80;
const TABLE_FONT_HALF_POINTS = 18;
export const WORD_PAGE: PageFormat = {
  portraitWidth: (A4.width - 2 * MARGIN) / 20,
  landscapeWidth: (A4.height - 2 * MARGIN) / 20,
  cellPadding: (2 * CELL_MARGIN) / 20 + 1,
  fontSize: TABLE_FONT_HALF_POINTS / 2,
};

/** A section goes on landscape pages when one of its tables is too wide for portrait. */
const needsLandscape = (section: ReportSection) =>
  section.blocks.some(
    (b) => (b.kind === 'table' || b.kind === 'chart') && planTable(b.table, WORD_PAGE).landscape,
  );

export async function writeDocx(
  report: QuarterlyReport,
  images: ReadonlyMap<string, ChartImage>,
): Promise<Blob> {
  const docx = await import('docx');
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    ImageRun,
    Packer,
    PageBreak,
    Paragraph,
    Table,
    TableCell,
    TableLayoutType,
    TableRow,
    PageOrientation,
    Bookmark,
    InternalHyperlink,
    TextRun,
    WidthType,
    Footer,
    PageNumber,
  } = docx;

  /** A paragraph per line, so that line breaks people typed survive. */
  const lines = (value: string, bold = false, right = false, size?: number) =>
    printable(value)
      .split(/\r\n|\r|\n/)
      .map(
        (line) =>
          new Paragraph({
            alignment: right ? AlignmentType.RIGHT : undefined,
            children: [new TextRun({ text: line, bold, size })],
          }),
      );

  const table = (source: ReportTable) => {
    const { table: t, widths } = planTable(source, WORD_PAGE);
    const twips = widths.map((w) => Math.floor(w * 20));
    const cellWidth = (index: number) => ({ size: twips[index] ?? 0, type: WidthType.DXA });
    return [
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: printable(t.caption), bold: true, italics: true })],
      }),
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: twips,
        margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 30, bottom: 30 },
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: t.columns.map(
              (c, index) =>
                new TableCell({
                  width: cellWidth(index),
                  shading: { fill: 'E8EEF6' },
                  children: lines(c.heading, true, c.kind === 'number', TABLE_FONT_HALF_POINTS),
                }),
            ),
          }),
          ...t.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                children: t.columns.map(
                  (_, index) =>
                    new TableCell({
                      width: cellWidth(index),
                      children: lines(
                        documentCellText(row[index] ?? null),
                        false,
                        typeof row[index] === 'number',
                        TABLE_FONT_HALF_POINTS,
                      ),
                    }),
                ),
              }),
          ),
        ],
      }),
    ];
  };

  const block = (
    b: ReportBlock,
  ): (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] => {
    switch (b.kind) {
      case 'paragraph':
        return lines(b.text);
      case 'subheading':
        return [
          new Paragraph({
            text: printable(b.text),
            heading: HeadingLevel.HEADING_2,
            keepNext: true,
            spacing: { before: 240 },
          }),
        ];
      case 'list':
        return b.items.map(
          (item) => new Paragraph({ text: printable(item), bullet: { level: 0 } }),
        );
      case 'table':
        return table(b.table);
      case 'chart': {
        const image = images.get(b.chart.id);
        const picture = image
          ? [
              new Paragraph({
                text: printable(b.chart.title),
                heading: HeadingLevel.HEADING_2,
                keepNext: true,
                spacing: { before: 240 },
              }),
              new Paragraph({
                keepNext: true,
                children: [
                  new ImageRun({
                    type: 'png',
                    data: image.png,
                    transformation: { width: image.width, height: image.height },
                    altText: {
                      name: b.chart.id,
                      title: printable(b.chart.title),
                      description: printable(b.chart.alt),
                    },
                  }),
                ],
              }),
            ]
          : [];
        return [...picture, ...table(b.table)];
      }
    }
  };

  const { cover } = report;
  const coverPage = [
    new Paragraph({ text: printable(cover.title), heading: HeadingLevel.TITLE }),
    ...lines(cover.partnership, true),
    new Paragraph({
      text: `Quarter: ${cover.quarterLabel}${cover.draft ? ' (draft, not yet closed)' : ''}`,
    }),
    new Paragraph({ text: `Produced: ${formatUkDateTime(cover.producedAt)}` }),
    ...lines(cover.provenance),
    new Paragraph({ text: `Snapshot SHA-256: ${cover.hash}` }),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun(`${cover.title}, ${cover.quarterLabel}. Page `),
          new TextRun({ children: [PageNumber.CURRENT] }),
        ],
      }),
    ],
  });
  const page = (landscape: boolean) => ({
    size: {
      ...A4,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
  const anchor = (index: number) => `section-${index + 1}`;
  const contents = [
    new Paragraph({
      keepNext: true,
      spacing: { after: 120 },
      children: [new TextRun({ text: 'Contents', bold: true, size: 32 })],
    }),
    ...report.sections.map(
      (section, index) =>
        new Paragraph({
          spacing: { after: 60 },
          children: [
            new InternalHyperlink({
              anchor: anchor(index),
              children: [new TextRun({ text: printable(section.title), style: 'Hyperlink' })],
            }),
          ],
        }),
    ),
  ];
  const sectionContent = (section: ReportSection, index: number) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      children: [
        new Bookmark({ id: anchor(index), children: [new TextRun(printable(section.title))] }),
      ],
    }),
    ...section.blocks.flatMap(block),
  ];
  // Each report section starts a page; consecutive ones of the same orientation share a Word section.
  const groups: { landscape: boolean; sections: { section: ReportSection; index: number }[] }[] =
    [];
  report.sections.forEach((section, index) => {
    const landscape = needsLandscape(section);
    const last = groups.at(-1);
    if (last && last.landscape === landscape) last.sections.push({ section, index });
    else groups.push({ landscape, sections: [{ section, index }] });
  });

  const document = new Document({
    title: `${cover.title}, ${cover.quarterLabel}`,
    subject: `Quarterly performance summary, ${cover.quarterLabel}`,
    creator: cover.partnership,
    description: `Snapshot SHA-256 ${cover.hash}`,
    styles: {
      default: { document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } } } },
    },
    sections: [
      {
        properties: { page: page(false) },
        footers: { default: footer },
        children: [...coverPage, ...contents],
      },
      ...groups.map((group) => ({
        properties: { page: page(group.landscape) },
        footers: { default: footer },
        children: group.sections.flatMap(({ section, index }, position) => [
          ...(position > 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
          ...sectionContent(section, index),
        ]),
      })),
    ],
  });
  return Packer.toBlob(document);
}
