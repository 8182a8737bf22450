import { Group, Input, TextInput } from '@mantine/core';
import type { DateParts } from '../domain/actionForm';

interface DateInputProps {
  /** Used for the day field's id, so an error summary can link to it. */
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
  readonly error?: string;
}

/**
 * The GOV.UK date input: day, month and year as separate number fields in a fieldset. A date that
 * does not exist (31 February) is refused by the form's rules, not silently corrected.
 */
export function DateInput({ id, legend, hint, value, onChange, error }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const part = (name: keyof DateParts, label: string, width: number, fieldId: string) => (
    <TextInput
      id={fieldId}
      label={label}
      value={value[name]}
      onChange={(event) => onChange({ ...value, [name]: event.currentTarget.value })}
      inputMode="numeric"
      w={width}
      error={Boolean(error)}
      aria-describedby={describedBy}
      autoComplete="off"
    />
  );
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} aria-describedby={describedBy}>
      <legend style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 }}>
        {legend}
      </legend>
      {hint ? (
        <Input.Description id={hintId} mb={4}>
          {hint}
        </Input.Description>
      ) : null}
      {error ? (
        <Input.Error id={errorId} mb={4}>
          {error}
        </Input.Error>
      ) : null}
      <Group gap="sm" align="flex-end">
        {part('day', 'Day', 64, id)}
        {part('month', 'Month', 64, `${id}-month`)}
        {part('year', 'Year', 88, `${id}-year`)}
      </Group>
    </fieldset>
  );
}
