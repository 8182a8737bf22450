import { Checkbox, Fieldset, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';

interface CheckboxPickerProps {
  readonly id?: string;
  readonly legend: string;
  readonly description?: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
  readonly error?: string;
  /** Adds a filter box above the list; for long lists such as the Met's neighbourhoods. */
  readonly searchable?: boolean;
}

/**
 * Picks several from a list, as checkboxes in a fieldset: every option is a real, labelled
 * checkbox, so it works with a keyboard and a screen reader without a pop-up to learn.
 */
export function CheckboxPicker({
  id,
  legend,
  description,
  options,
  value,
  onChange,
  error,
  searchable = false,
}: CheckboxPickerProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const words = filter.trim().toLowerCase();
  const shown = words ? options.filter((o) => o.label.toLowerCase().includes(words)) : options;
  const chosen = new Set(value);
  return (
    <Fieldset
      legend={legend}
      id={id}
      variant="unstyled"
      styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      <Stack gap={6}>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
        {searchable ? (
          <TextInput
            id={filterId}
            label={`Filter ${legend.toLowerCase()}`}
            size="sm"
            styles={{ label: { fontWeight: 400 } }}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          />
        ) : null}
        <div className="picker-list" tabIndex={0} role="group" aria-label={legend}>
          {shown.length === 0 ? <Text size="sm">None match.</Text> : null}
          {shown.map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              checked={chosen.has(option.value)}
              onChange={(e) =>
                onChange(
                  e.currentTarget.checked
                    ? [...value, option.value]
                    : value.filter((v) => v !== option.value),
                )
              }
              mb={4}
            />
          ))}
        </div>
        {value.length > 0 ? <Text size="sm">{value.length} chosen.</Text> : null}
        {error ? (
          <Text size="sm" c="red.9" fw={700}>
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
