/**
 * Why an input was refused: the form field it belongs to (so an error summary can link to it) and
 * a message that says how to put it right. Every rule in the domain reports problems this way.
 */
export interface Problem {
  readonly field: string;
  readonly message: string;
}
