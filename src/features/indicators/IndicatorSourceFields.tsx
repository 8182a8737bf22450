import { Fieldset, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Loading } from '../../components/QueryState';
import { FREQUENCIES, NO_POLICE_AREA, ROLL_UP_LABEL, ROLL_UPS } from '../../domain/indicators';
import type { FormSectionProps } from '../../components/formSection';
import type { IndicatorInput } from '../../domain/indicators';
import { FIELD_IDS } from './indicatorFieldIds';
import type { PoliceSourceFieldsProps } from './PoliceSourceFields';

/**
 * The area and categories of an indicator counted from data.police.uk, with the API's reads and
 * their checks (zod, about 25 KB gzip): loaded only when that source is chosen, as most indicators
 * are entered by hand.
 */
const PoliceSourceFields = lazy(() => import('./PoliceSourceFields'));

type IndicatorSourceFieldsProps = FormSectionProps<IndicatorInput> &
  Pick<PoliceSourceFieldsProps, 'polygonText' | 'onPolygonText'>;

/** How often values are recorded and where they come from, by hand or from data.police.uk. */
export function IndicatorSourceFields({
  form,
  set,
  error,
  polygonText,
  onPolygonText,
}: IndicatorSourceFieldsProps) {
  const police = form.sourceKind === 'police';
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
          <Suspense fallback={<Loading what="the neighbourhoods and crime categories" />}>
            <PoliceSourceFields
              source={form.police ?? NO_POLICE_AREA}
              onSource={(source) => set('police', source)}
              error={error}
              polygonText={polygonText}
              onPolygonText={onPolygonText}
            />
          </Suspense>
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
