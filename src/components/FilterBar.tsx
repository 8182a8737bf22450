import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

/** A row of filters above a list, announced as a search region, with "Clear filters" when any is set. */
export function FilterBar({
  label,
  active,
  onClear,
  children,
}: {
  readonly label: string;
  readonly active: boolean;
  readonly onClear: () => void;
  readonly children: ReactNode;
}) {
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap" role="search" aria-label={label}>
      {children}
      {active ? (
        <Button variant="subtle" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}

export function SearchFilter({
  description,
  value,
  onChange,
}: {
  readonly description: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <TextInput
      label="Search"
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={220}
    />
  );
}

/** A drop-down filter whose first choice ("All rows", "Anyone"…) means no filter. */
export function SelectFilter({
  label,
  all,
  value,
  options,
  onChange,
}: {
  readonly label: string;
  readonly all: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: all }, ...options]}
    />
  );
}
