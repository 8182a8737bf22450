/**
 * Why an input was refused: the form field it belongs to (so an error summary can link to it) and
 * a message that says how to put it right. Every rule in the domain reports problems this way.
 * A problem in a spreadsheet also names the row and the column, as the spreadsheet shows them.
 */
export interface Problem {
  readonly field: string;
  readonly message: string;
  readonly row?: number;
  readonly column?: string;
}
