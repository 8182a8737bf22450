/** The formats the quarterly summary is exported in, and what each is for. */
export const EXPORT_FORMATS = [
  { format: 'docx', label: 'Word', what: 'the accessible version, for committee papers' },
  { format: 'pdf', label: 'PDF', what: 'for printing and circulating' },
  { format: 'xlsx', label: 'Excel', what: 'a sheet per subject, for analysis' },
  { format: 'csv', label: 'CSV', what: 'the actions and their updates' },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['format'];

/** A format's name for people: "Word", "PDF", "Excel", "CSV". */
export const formatName = (format: ExportFormat): string =>
  EXPORT_FORMATS.find((f) => f.format === format)?.label ?? format;

/** The steps of an export, in order: the file is made (read, drawn, written), then audited. */
export type ExportStep = 'reading' | 'charts' | 'writing' | 'recording';

const WRITING: Record<ExportFormat, string> = {
  docx: 'Writing the Word document…',
  pdf: 'Writing the PDF…',
  xlsx: 'Writing the spreadsheet…',
  csv: 'Writing the CSV file…',
};

/** The steps a format goes through (a spreadsheet and a CSV file have no charts). */
const exportSteps = (format: ExportFormat): readonly ExportStep[] =>
  format === 'docx' || format === 'pdf'
    ? ['reading', 'charts', 'writing', 'recording']
    : ['reading', 'writing', 'recording'];

/** What the page says while a step runs: "Step 2 of 4: Drawing the charts…". */
export function exportStepText(format: ExportFormat, step: ExportStep): string {
  const steps = exportSteps(format);
  const text = {
    reading: 'Reading the quarter…',
    charts: 'Drawing the charts…',
    writing: WRITING[format],
    recording: 'Recording the export in the audit trail…',
  }[step];
  return `Step ${steps.indexOf(step) + 1} of ${steps.length}: ${text}`;
}
