import { Alert, Fieldset, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/errors';
import { categoriesOptions, neighbourhoodsOptions } from '../../api/police';
import { CheckboxPicker } from '../../components/CheckboxPicker';
import { FREQUENCIES, ROLL_UP_LABEL, ROLL_UPS } from '../../domain/indicators';
import type { FormSectionProps } from '../../components/formSection';
import type { IndicatorInput } from '../../domain/indicators';
import { FIELD_IDS } from './indicatorFieldIds';

interface IndicatorSourceFieldsProps extends FormSectionProps<IndicatorInput> {
  /** The polygon as typed (latitude,longitude per line); read when the form is saved. */
  readonly polygonText: string;
  readonly onPolygonText: (text: string) => void;
}

/** How often values are recorded and where they come from, by hand or from data.police.uk. */
export function IndicatorSourceFields({
  form,
  set,
  error,
  polygonText,
  onPolygonText,
}: IndicatorSourceFieldsProps) {
  const police = form.sourceKind === 'police';
  const policeSource = form.police ?? { neighbourhoods: [], polygon: [], categories: [] };
  const neighbourhoods = useQuery({ ...neighbourhoodsOptions(), enabled: police });
  const categories = useQuery({ ...categoriesOptions(), enabled: police });
  return (
    <Fieldset legend="Values and source">
      <Stack gap="sm">
        <Radio.Group
          id={FIELD_IDS.frequency}
          label="Values are recorded"
          value={form.frequency}
          onChange={(value) => set('frequency', value as IndicatorInput['frequency'])}
          error={error('frequency')}
        >
          <Group mt={4}>
            {FREQUENCIES.map((f) => (
              <Radio key={f} value={f} label={f === 'quarterly' ? 'Per quarter' : 'Per month'} />
            ))}
          </Group>
        </Radio.Group>
        {form.frequency === 'monthly' ? (
          <NativeSelect
            id={FIELD_IDS.rollUp}
            label="How months make a quarter"
            value={form.rollUp}
            onChange={(e) => set('rollUp', e.currentTarget.value as IndicatorInput['rollUp'])}
            data={ROLL_UPS.map((r) => ({ value: r, label: ROLL_UP_LABEL[r] }))}
            error={error('rollUp')}
          />
        ) : null}
        <Radio.Group
          label="Where the figures come from"
          value={form.sourceKind}
          onChange={(value) => {
            set('sourceKind', value as IndicatorInput['sourceKind']);
            if (value === 'police') set('frequency', 'monthly');
          }}
        >
          <Group mt={4}>
            <Radio value="manual" label="Entered by hand" />
            <Radio value="police" label="Street-level crime from data.police.uk" />
          </Group>
        </Radio.Group>
        {police ? (
          <>
            {neighbourhoods.isError || categories.isError ? (
              <Alert color="orange" title="data.police.uk could not be reached">
                {messageOf(neighbourhoods.error ?? categories.error)} You can still enter the area
                as a polygon below.
              </Alert>
            ) : null}
            <CheckboxPicker
              id={FIELD_IDS.police}
              legend="Metropolitan Police neighbourhoods"
              description="The partnership’s area: one or more neighbourhoods, or a polygon below."
              searchable
              options={(neighbourhoods.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
              value={policeSource.neighbourhoods.map((n) => n.id)}
              onChange={(ids) =>
                set('police', {
                  ...policeSource,
                  neighbourhoods: ids.map((id) => ({
                    id,
                    name:
                      neighbourhoods.data?.find((n) => n.id === id)?.name ??
                      policeSource.neighbourhoods.find((n) => n.id === id)?.name ??
                      id,
                  })),
                })
              }
              error={error('police')}
            />
            <Textarea
              id={FIELD_IDS.polygon}
              label="Or a polygon"
              description="Latitude,longitude pairs, one per line (at least three)."
              value={polygonText}
              onChange={(e) => onPolygonText(e.currentTarget.value)}
              autosize
              minRows={2}
              error={error('polygon')}
            />
            <CheckboxPicker
              legend="Crime categories to count"
              options={(categories.data ?? []).map((c) => ({ value: c.url, label: c.name }))}
              value={[...policeSource.categories]}
              onChange={(urls) => set('police', { ...policeSource, categories: urls })}
            />
          </>
        ) : null}
        <Textarea
          id={FIELD_IDS.source}
          label="Source, in words"
          description="Who provides the figures, or where in the report the baseline is."
          value={form.source}
          onChange={(e) => set('source', e.currentTarget.value)}
          autosize
          minRows={1}
          error={error('source')}
        />
      </Stack>
    </Fieldset>
  );
}
