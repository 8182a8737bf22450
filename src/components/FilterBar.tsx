import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { FOUR_P_ROWS, fourPRowName } from '../domain/strategicTool';

/**
 * A row of filters above a list, announced as a search region, with "Clear filters" when any is
 * set. On a phone the filters fold behind a "Filters" button, so the list is on the first screen.
 */
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
  const small = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [open, setOpen] = useState(false);
  const id = useId();
  const clear = active ? (
    <Button variant="subtle" onClick={onClear}>
      Clear filters
    </Button>
  ) : null;
  if (!small)
    return (
      <Group align="flex-end" gap="md" mb="md" wrap="wrap" role="search" aria-label={label}>
        {children}
        {clear}
      </Group>
    );
  return (
    <div role="search" aria-label={label}>
      <Group gap="sm" mb="sm">
        <Button
          variant="default"
          leftSection={<IconFilter size={16} aria-hidden="true" />}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((current) => !current)}
        >
          {open ? 'Hide filters' : active ? 'Filters (some set)' : 'Filters'}
        </Button>
        {clear}
      </Group>
      <Group
        id={id}
        hidden={!open}
        style={open ? undefined : { display: 'none' }}
        align="flex-end"
        gap="md"
        mb="md"
        wrap="wrap"
      >
        {children}
      </Group>
    </div>
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

const FOUR_P_OPTIONS = FOUR_P_ROWS.map((row) => ({ value: row, label: fourPRowName(row) }));

/** The strategic tool's 4P row, as every list of actions and recommendations filters it. */
export function FourPRowFilter({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <SelectFilter
      label="4P row"
      all="All rows"
      value={value}
      onChange={onChange}
      options={FOUR_P_OPTIONS}
    />
  );
}
