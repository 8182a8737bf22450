import { Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { ListEditor } from '../../components/ListEditor';
import { todayIso } from '../../domain/dates';
import { periodLabel, quarterOfDate } from '../../domain/quarters';
import type { FormSectionProps } from '../../components/formSection';
import type { IndicatorInput } from '../../domain/indicators';
import { FIELD_IDS } from './indicatorFieldIds';

/** Financial years around this one, and their quarters, as target periods. */
function targetPeriods(): { value: string; label: string }[] {
  const year = quarterOfDate(todayIso()).fyStart;
  return [year - 1, year, year + 1, year + 2].flatMap((fy) => [
    { value: String(fy), label: `${periodLabel(String(fy))}, whole year` },
    ...[1, 2, 3, 4].map((q) => ({ value: `${fy}-Q${q}`, label: periodLabel(`${fy}-Q${q}`) })),
  ]);
}

/** The indicator's baseline, its targets by period, and how far short is still Amber. */
export function IndicatorTargetFields({ form, set, error }: FormSectionProps<IndicatorInput>) {
  return (
    <Fieldset legend="Baseline and targets">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            id={FIELD_IDS.baselineValue}
            label="Baseline value"
            inputMode="decimal"
            value={form.baselineValue}
            onChange={(e) => set('baselineValue', e.currentTarget.value)}
            error={error('baselineValue')}
          />
          <TextInput
            id={FIELD_IDS.baselinePeriod}
            label="Baseline period"
            description="Such as “May 2022 to April 2023”."
            value={form.baselinePeriod}
            onChange={(e) => set('baselinePeriod', e.currentTarget.value)}
            error={error('baselinePeriod')}
          />
        </Group>
        <ListEditor
          items={form.targets}
          onChange={(targets) => set('targets', targets)}
          itemName="target"
          keyOf={(_, index) => index}
          blank={() => ({ period: String(quarterOfDate(todayIso()).fyStart), value: '' })}
          renderItem={(target, index, patch) => (
            <>
              <NativeSelect
                id={`target-${index}-period`}
                label={`Target ${index + 1}: period`}
                value={target.period}
                onChange={(e) => patch({ period: e.currentTarget.value })}
                data={targetPeriods()}
                error={error(`targets.${index}.period`)}
              />
              <TextInput
                id={`target-${index}-value`}
                label={`Target ${index + 1}: value`}
                inputMode="decimal"
                value={target.value}
                onChange={(e) => patch({ value: e.currentTarget.value })}
                error={error(`targets.${index}.value`)}
              />
            </>
          )}
        />
        <TextInput
          id={FIELD_IDS.tolerancePercent}
          label="Amber tolerance (% of the target)"
          description="How far short of target is still Amber rather than Red."
          inputMode="decimal"
          value={form.tolerancePercent}
          onChange={(e) => set('tolerancePercent', e.currentTarget.value)}
          error={error('tolerancePercent')}
          maw={280}
        />
      </Stack>
    </Fieldset>
  );
}
