/** What a section of a long form needs from the form that holds it. */
export interface FormSectionProps<F> {
  readonly form: F;
  readonly set: <K extends keyof F>(field: K, value: F[K]) => void;
  /** The message for a field, as the form's domain rule gave it; undefined when it is fine. */
  readonly error: (field: string) => string | undefined;
}
