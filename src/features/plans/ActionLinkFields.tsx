import { Checkbox, Fieldset, Radio, SimpleGrid, Stack } from '@mantine/core';
import { memo } from 'react';
import type { FormSectionProps } from '../../components/formSection';
import type { ActionFormData } from '../../domain/actionRules';
import type { ActionForm } from '../../domain/actionForm';
import {
  FOUR_P_ROWS,
  fourPRowName,
  themesForRows,
  type FourPRowId,
} from '../../domain/strategicTool';
import { QUADRANT_SINGULAR } from '../../domain/swot';
import { FIELD_IDS } from './actionFieldIds';

interface ActionLinkFieldsProps extends FormSectionProps<
  ActionForm,
  'primaryRow' | 'secondaryRows' | 'themeIds' | 'recommendationNumbers' | 'objectiveIds' | 'swotIds'
> {
  readonly data: ActionFormData;
  /** Changes the 4P rows; the form drops themes of rows the action has left. */
  readonly onRows: (primaryRow: FourPRowId | '', secondaryRows: readonly FourPRowId[]) => void;
}

/**
 * Where the action sits on the strategic tool, and what in the report and plan it answers. Memoised:
 * give it the same `form`, `set`, `error` and `onRows` while they have not changed.
 */
export const ActionLinkFields = memo(function ActionLinkFields({
  form,
  data,
  set,
  error,
  onRows,
}: ActionLinkFieldsProps) {
  const rows: FourPRowId[] = form.primaryRow
    ? [form.primaryRow, ...form.secondaryRows]
    : [...form.secondaryRows];
  const offeredThemes = themesForRows(rows, data.themes);
  return (
    <>
      <Fieldset legend="Where it sits on the strategic tool">
        <Stack gap="md">
          <Radio.Group
            label="Primary 4P row"
            value={form.primaryRow}
            onChange={(value) => onRows(value as FourPRowId, form.secondaryRows)}
            error={error('primaryRow')}
          >
            <Stack gap={6} mt={6}>
              {FOUR_P_ROWS.map((row) => (
                <Radio key={row} id={`action-row-${row}`} value={row} label={fourPRowName(row)} />
              ))}
            </Stack>
          </Radio.Group>
          <Checkbox.Group
            label="Secondary rows (optional)"
            value={[...form.secondaryRows]}
            onChange={(value) => onRows(form.primaryRow, value as FourPRowId[])}
            error={error('secondaryRows')}
          >
            <Stack gap={6} mt={6}>
              {FOUR_P_ROWS.filter((row) => row !== form.primaryRow).map((row) => (
                <Checkbox
                  key={row}
                  id={`action-secondary-${row}`}
                  value={row}
                  label={fourPRowName(row)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group
            id={FIELD_IDS.themeIds}
            label="Intervention themes (optional)"
            description={
              rows.length === 0
                ? 'Choose a 4P row first: the themes offered are those of the rows chosen.'
                : 'The themes of the rows chosen'
            }
            value={[...form.themeIds]}
            onChange={(value) => set('themeIds', value)}
            error={error('themeIds')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
              {offeredThemes.map((theme) => (
                <Checkbox key={theme.id} value={theme.id} label={theme.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Stack>
      </Fieldset>

      <Fieldset legend="What it responds to">
        <Stack gap="md">
          <Checkbox.Group
            id={FIELD_IDS.recommendationNumbers}
            label="Recommendations"
            value={form.recommendationNumbers.map(String)}
            onChange={(value) => set('recommendationNumbers', value.map(Number))}
            error={error('recommendationNumbers')}
          >
            <div className="scroll-box">
              {data.recommendations.map((r) => (
                <Checkbox
                  key={r.number}
                  value={String(r.number)}
                  label={`${r.number}. ${r.text}`}
                  mb={6}
                />
              ))}
            </div>
          </Checkbox.Group>
          {data.objectives.length > 0 ? (
            <Checkbox.Group
              id={FIELD_IDS.objectiveIds}
              label="Board objectives"
              value={[...form.objectiveIds]}
              onChange={(value) => set('objectiveIds', value)}
              error={error('objectiveIds')}
            >
              <Stack gap={6} mt={6}>
                {data.objectives.map((objective) => (
                  <Checkbox
                    key={objective.id}
                    value={objective.id}
                    label={`${objective.code} ${objective.title} (${objective.financialYear}/${String((objective.financialYear + 1) % 100).padStart(2, '0')})`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : null}
          <Checkbox.Group
            id={FIELD_IDS.swotIds}
            label="SWOT items"
            value={[...form.swotIds]}
            onChange={(value) => set('swotIds', value)}
            error={error('swotIds')}
          >
            <div className="scroll-box">
              {data.swotItems.map((item) => (
                <Checkbox
                  key={item.id}
                  value={item.id}
                  label={`${item.id} (${QUADRANT_SINGULAR[item.quadrant]}): ${item.text}`}
                  mb={6}
                />
              ))}
            </div>
          </Checkbox.Group>
        </Stack>
      </Fieldset>
    </>
  );
});
