import { Group, NativeSelect, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { useSetReportingQuarter } from '../../api/mutations';
import { todayIso } from '../../domain/dates';
import {
  nextQuarter,
  previousQuarter,
  quarterKey,
  quarterLabel,
  quarterOfDate,
  type Quarter,
} from '../../domain/quarters';
import type { WorkspaceSettings } from '../../domain/workspace';
import { BusyButton } from '../../components/BusyButton';

/** The reporting quarter follows today's date unless the manager fixes it. */
export function ReportingQuarterPanel({ settings }: { readonly settings: WorkspaceSettings }) {
  const today = quarterOfDate(todayIso());
  const choices: Quarter[] = [];
  let quarter = today;
  for (let i = 0; i < 8; i += 1) quarter = previousQuarter(quarter);
  for (let i = 0; i < 10; i += 1) {
    choices.push(quarter);
    quarter = nextQuarter(quarter);
  }
  const [value, setValue] = useState(settings.reportingQuarter ?? '');
  const save = useSetReportingQuarter();
  return (
    <>
      <Text mb="sm">
        Quarters follow the UK financial year: Q1 is April to June. Today falls in{' '}
        {quarterLabel(today)}.
      </Text>
      <Group align="flex-end">
        <NativeSelect
          label="Reporting quarter"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          data={[
            { value: '', label: `Follow today’s date (${quarterLabel(today)})` },
            ...choices.map((q) => ({ value: quarterKey(q), label: quarterLabel(q) })),
          ]}
        />
        <BusyButton
          loading={save.isPending}
          onClick={() =>
            // mutateAsync: saving changes this panel's key, so mutate's callbacks would be lost.
            save.mutateAsync((value || null) as Parameters<typeof save.mutate>[0]).then(
              () =>
                notifications.show({
                  color: 'green',
                  title: 'Reporting quarter saved',
                  message: value ? 'Fixed by you.' : 'Follows today’s date.',
                }),
              (error: unknown) =>
                notifications.show({ color: 'red', title: 'Not saved', message: messageOf(error) }),
            )
          }
        >
          Save reporting quarter
        </BusyButton>
      </Group>
    </>
  );
}
