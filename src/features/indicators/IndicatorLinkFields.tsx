import { Fieldset, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { objectivesQuery, recommendationsQuery } from '../../api/queries';
import { CheckboxPicker } from '../../components/CheckboxPicker';
import type { FormSectionProps } from '../../components/formSection';
import type { IndicatorInput } from '../../domain/indicators';
import { FIELD_IDS } from './indicatorFieldIds';

/** The recommendations and board objectives the indicator tracks. */
export function IndicatorLinkFields({ form, set, error }: FormSectionProps<IndicatorInput>) {
  const recommendations = useQuery(recommendationsQuery());
  const objectives = useQuery(objectivesQuery());
  return (
    <Fieldset legend="Links">
      <Stack gap="sm">
        <CheckboxPicker
          id={FIELD_IDS.recommendationNumbers}
          legend="Recommendations it tracks"
          searchable
          options={(recommendations.data ?? []).map((r) => ({
            value: String(r.number),
            label: `${r.number}. ${r.text.length > 80 ? `${r.text.slice(0, 79)}…` : r.text}`,
          }))}
          value={form.recommendationNumbers.map(String)}
          onChange={(values) => set('recommendationNumbers', values.map(Number))}
          error={error('recommendationNumbers')}
        />
        <CheckboxPicker
          id={FIELD_IDS.objectiveIds}
          legend="Board objectives it tracks"
          options={(objectives.data ?? []).map((o) => ({
            value: o.id,
            label: `${o.code}: ${o.title}`,
          }))}
          value={[...form.objectiveIds]}
          onChange={(values) => set('objectiveIds', values)}
          error={error('objectiveIds')}
        />
      </Stack>
    </Fieldset>
  );
}
