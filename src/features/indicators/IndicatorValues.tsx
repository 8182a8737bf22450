/** Entering an indicator's values, and the values held, each removable. */
import { Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useState, type FormEvent } from 'react';
import { messageOf, problemsOf } from '../../api/errors';
import { useDeleteIndicatorValue, useSaveIndicatorValue } from '../../api/mutations';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { formatFigure } from '../../domain/figures';
import { formatUkDateTime, todayIso } from '../../domain/dates';
import { type Indicator, type IndicatorValue } from '../../domain/indicators';
import { periodLabel } from '../../domain/quarters';
import { previousQuarter, quarterKey, quarterOfDate } from '../../domain/quarters';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';

/** The last eight quarters up to this one, newest first. */
function recentQuarters() {
  let quarter = quarterOfDate(todayIso());
  const keys = [];
  for (let i = 0; i < 8; i += 1) {
    keys.push(quarterKey(quarter));
    quarter = previousQuarter(quarter);
  }
  return keys;
}

const VALUE_FIELDS = { period: 'value-period', value: 'value-amount' };

export function ValueForm({ indicator }: { readonly indicator: Indicator }) {
  const monthly = indicator.frequency === 'monthly';
  const [period, setPeriod] = useState(() => (monthly ? '' : (recentQuarters()[1] ?? '')));
  const [value, setValue] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useSaveIndicatorValue();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { indicatorId: indicator.id, period: period.trim(), value },
      {
        onSuccess: () => {
          setProblems([]);
          setValue('');
          notifications.show({
            color: 'green',
            title: 'Value saved',
            message: `${periodLabel(period.trim())}: ${value.trim()}`,
          });
        },
        onError: (error) => {
          const found = problemsOf(error);
          setProblems(found.length ? found : [{ field: 'value', message: messageOf(error) }]);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record a value">
      <ErrorSummary problems={problems} fieldIds={VALUE_FIELDS} />
      <Group align="flex-start" mb="md">
        {monthly ? (
          <TextInput
            id={VALUE_FIELDS.period}
            label="Month"
            description="As YYYY-MM, such as 2026-05"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={fieldError(problems, 'period')}
          />
        ) : (
          <NativeSelect
            id={VALUE_FIELDS.period}
            label="Quarter"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            data={recentQuarters().map((q) => ({ value: q, label: periodLabel(q) }))}
            error={fieldError(problems, 'period')}
          />
        )}
        <TextInput
          id={VALUE_FIELDS.value}
          label={`Value (${indicator.unit})`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={fieldError(problems, 'value')}
        />
        <BusyButton type="submit" mt={monthly ? 46 : 25} loading={save.isPending}>
          Save value
        </BusyButton>
      </Group>
    </form>
  );
}

export function ValuesTable({
  indicator,
  values,
}: {
  readonly indicator: Indicator;
  readonly values: readonly IndicatorValue[];
}) {
  const remove = useDeleteIndicatorValue();
  if (values.length === 0) return <Text c="dimmed">No values recorded yet.</Text>;
  return (
    <ScrollingTable label="Values as recorded" minWidth={560}>
      <Table withTableBorder>
        <Table.Caption>Values as recorded, newest period first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Period</Table.Th>
            <Table.Th scope="col" ta="right">
              Value
            </Table.Th>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">Recorded</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...values].reverse().map((v) => (
            <Table.Tr key={v.id}>
              <Table.Th scope="row">{periodLabel(v.period)}</Table.Th>
              <Table.Td ta="right">{formatFigure(v.value)}</Table.Td>
              <Table.Td>{v.origin === 'police' ? 'data.police.uk' : 'Entered by hand'}</Table.Td>
              <Table.Td>{formatUkDateTime(v.recordedAt)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    remove.mutate(
                      { indicatorId: indicator.id, period: v.period },
                      {
                        onError: (error) =>
                          notifications.show({
                            color: 'red',
                            title: 'Not removed',
                            message: messageOf(error),
                          }),
                      },
                    )
                  }
                >
                  Remove {periodLabel(v.period)}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
