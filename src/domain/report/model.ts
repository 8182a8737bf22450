/**
 * The quarterly performance summary as plain data: sections of paragraphs, lists, tables and
 * charts. The Word, PDF, Excel and CSV writers each draw this one model, so every format says the
 * same thing, and every number in it comes from the scrutiny view's own functions.
 */
import type { Series } from '../chartSeries';
import { formatUkDate, formatUkDateTime, type IsoDate } from '../dates';
import { formatFigure } from '../figures';
import type { QuarterKey } from '../quarters';

/**
 * A typed cell: text, a number, a date, a moment (date and time), or empty. Writers keep the type
 * (Excel cells are typed).
 */
export type ReportCell =
  string | number | { readonly date: IsoDate } | { readonly dateTime: string } | null;

export interface ReportColumn {
  readonly heading: string;
  readonly kind: 'text' | 'number' | 'date';
  /** Width in characters, for spreadsheets and as a share of the page in documents. */
  readonly width: number;
}

export const textColumn = (heading: string, width = 30): ReportColumn => ({
  heading,
  kind: 'text',
  width,
});
export const numberColumn = (heading: string, width = 12): ReportColumn => ({
  heading,
  kind: 'number',
  width,
});
export const dateColumn = (heading: string): ReportColumn => ({ heading, kind: 'date', width: 12 });

export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
}

export interface ReportChart {
  readonly id: string;
  readonly title: string;
  /** The alternative text: what the chart shows, in words. */
  readonly alt: string;
  readonly categories: readonly {
    readonly name: string;
    readonly values: Readonly<Record<string, number>>;
  }[];
  readonly series: readonly Series[];
  /** Side by side instead of stacked. */
  readonly grouped?: boolean;
}

export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly table: ReportTable }
  /** A chart is always followed by the table of its numbers. */
  | { readonly kind: 'chart'; readonly chart: ReportChart; readonly table: ReportTable };

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportCover {
  /** "SafetyNet quarterly performance summary" */
  readonly title: string;
  readonly partnership: string;
  readonly quarter: QuarterKey;
  readonly quarterLabel: string;
  /** True for a preview of a quarter that is still open. */
  readonly draft: boolean;
  readonly producedAt: string;
  /** SHA-256 of the snapshot's content (for a draft, of the content as built today). */
  readonly hash: string;
  /** "Closed by … on … (version 2)" or the draft warning. */
  readonly provenance: string;
}

export interface QuarterlyReport {
  readonly cover: ReportCover;
  readonly sections: readonly ReportSection[];
}

/** A spreadsheet's worth of the quarter: one sheet per subject, typed columns. */
export interface ReportSheet {
  readonly name: string;
  readonly table: ReportTable;
}

/**
 * The text a cell shows in a document or a CSV file: dates as `formatDate` writes them, numbers as
 * `formatNumber` does (a document separates thousands, "2,000"; a CSV file keeps "2000").
 */
export function cellText(
  cell: ReportCell,
  formatDate: (iso: IsoDate) => string,
  formatNumber: (value: number) => string = String,
): string {
  if (cell === null) return '';
  if (typeof cell === 'object')
    return 'date' in cell ? formatDate(cell.date) : formatUkDateTime(cell.dateTime);
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}

/** The text a cell shows in a document (Word, PDF): UK dates, thousands separated. */
export const documentCellText = (cell: ReportCell) => cellText(cell, formatUkDate, formatFigure);
