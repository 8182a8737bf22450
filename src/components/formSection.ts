/**
 * What a section of a long form needs from the form that holds it: the fields `K` it shows (all
 * of them unless named, so a memoised section can be given only its own), how to change a field,
 * and each field's message.
 */
export interface FormSectionProps<F, K extends keyof F = keyof F> {
  readonly form: Pick<F, K>;
  readonly set: <Field extends keyof F>(field: Field, value: F[Field]) => void;
  /** The message for a field, as the form's domain rule gave it; undefined when it is fine. */
  readonly error: (field: string) => string | undefined;
}
