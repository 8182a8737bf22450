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
