import { Checkbox, Stack } from '@mantine/core';
import { FilterBar, FourPRowFilter, SearchFilter, SelectFilter } from '../../components/FilterBar';
import { ACTION_STATUS_LABEL, ACTION_STATUSES } from '../../domain/actions';
import { quarterLabel, type Quarter } from '../../domain/quarters';
import { RAG, RAG_STATUSES } from '../../domain/rag';
import type { InterventionTheme } from '../../domain/strategicTool';

/** The plan's filters, each kept in the address so a filtered plan can be shared as a link. */
export const PLAN_FILTERS = [
  'q',
  'row',
  'theme',
  'status',
  'rag',
  'rec',
  'overdue',
  'due',
  'archived',
  'sort',
  'dir',
  'page',
] as const;
type PlanFilterName = (typeof PLAN_FILTERS)[number];

interface PlanFiltersProps {
  readonly values: Readonly<Record<PlanFilterName, string>>;
  readonly setFilter: (name: PlanFilterName, value: string) => void;
  readonly active: boolean;
  readonly onClear: () => void;
  readonly themes: readonly InterventionTheme[];
  /** The reporting quarter, for "Due in …". */
  readonly quarter: Quarter;
}

/** The plan's filters: search, 4P row, theme, status, RAG, recommendation and the three checks. */
export function PlanFilters({
  values,
  setFilter,
  active,
  onClear,
  themes,
  quarter,
}: PlanFiltersProps) {
  return (
    <FilterBar label="Filter actions" active={active} onClear={onClear}>
      <SearchFilter
        description="Reference, title or lead"
        value={values.q}
        onChange={(v) => setFilter('q', v)}
      />
      <FourPRowFilter value={values.row} onChange={(v) => setFilter('row', v)} />
      <SelectFilter
        label="Theme"
        all="All themes"
        value={values.theme}
        onChange={(v) => setFilter('theme', v)}
        options={themes.map((t) => ({ value: t.id, label: t.name }))}
      />
      <SelectFilter
        label="Status"
        all="Any status"
        value={values.status}
        onChange={(v) => setFilter('status', v)}
        options={ACTION_STATUSES.map((s) => ({
          value: s,
          label: ACTION_STATUS_LABEL[s],
        }))}
      />
      <SelectFilter
        label="Latest RAG"
        all="Any RAG"
        value={values.rag}
        onChange={(v) => setFilter('rag', v)}
        options={[
          ...RAG_STATUSES.map((s) => ({ value: s, label: RAG[s].label })),
          { value: 'none', label: 'No update yet' },
        ]}
      />
      <SelectFilter
        label="Recommendation"
        all="Any"
        value={values.rec}
        onChange={(v) => setFilter('rec', v)}
        options={Array.from({ length: 24 }, (_, i) => ({
          value: String(i + 1),
          label: `Recommendation ${i + 1}`,
        }))}
      />
      <Stack gap={4}>
        <Checkbox
          label="Overdue only"
          checked={values.overdue === '1'}
          onChange={(e) => setFilter('overdue', e.currentTarget.checked ? '1' : '')}
        />
        <Checkbox
          label={`Due in ${quarterLabel(quarter)}`}
          checked={values.due === '1'}
          onChange={(e) => setFilter('due', e.currentTarget.checked ? '1' : '')}
        />
        <Checkbox
          label="Archived actions"
          checked={values.archived === '1'}
          onChange={(e) => setFilter('archived', e.currentTarget.checked ? '1' : '')}
        />
      </Stack>
    </FilterBar>
  );
}
