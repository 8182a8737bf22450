/**
 * The summary as a Word document (the `docx` package, loaded only when asked for). This is the
 * accessible version: real Heading 1 and 2 styles, the document's title and language set, tables with
 * a repeating header row and a caption, charts as images with alternative text followed by the
 * table of their numbers. Text goes in as text runs, which the package escapes: nothing a person
 * typed is read as markup.
 */
import { formatUkDate, formatUkDateTime } from '../../domain/dates';
import {
  cellText,
  type QuarterlyReport,
  type ReportBlock,
  type ReportTable,
} from '../../domain/report/model';
import type { ChartImage } from './chartImage';
import { printable } from './text';

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
    TableRow,
    TextRun,
    WidthType,
    Footer,
    PageNumber,
  } = docx;

  /** A paragraph per line, so that line breaks people typed survive. */
  const lines = (value: string, bold = false, right = false) =>
    printable(value)
      .split(/\r\n|\r|\n/)
      .map(
        (line) =>
          new Paragraph({
            alignment: right ? AlignmentType.RIGHT : undefined,
            children: [new TextRun({ text: line, bold })],
          }),
      );

  const table = (t: ReportTable) => {
    const total = t.columns.reduce((sum, c) => sum + c.width, 0);
    return [
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: printable(t.caption), bold: true, italics: true })],
      }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: t.columns.map(
              (c) =>
                new TableCell({
                  width: { size: (c.width / total) * 100, type: WidthType.PERCENTAGE },
                  shading: { fill: 'E8EEF6' },
                  children: lines(c.heading, true, c.kind === 'number'),
                }),
            ),
          }),
          ...t.rows.map(
            (row) =>
              new TableRow({
                cantSplit: true,
                children: t.columns.map(
                  (c, index) =>
                    new TableCell({
                      children: lines(
                        cellText(row[index] ?? null, formatUkDate),
                        false,
                        typeof row[index] === 'number',
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
        return [new Paragraph({ text: printable(b.text), heading: HeadingLevel.HEADING_2 })];
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
              new Paragraph({ text: printable(b.chart.title), heading: HeadingLevel.HEADING_2 }),
              new Paragraph({
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
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun(`${cover.title}, ${cover.quarterLabel}. Page `),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...coverPage,
          ...report.sections.flatMap((section) => [
            new Paragraph({ text: printable(section.title), heading: HeadingLevel.HEADING_1 }),
            ...section.blocks.flatMap(block),
          ]),
        ],
      },
    ],
  });
  return Packer.toBlob(document);
}
