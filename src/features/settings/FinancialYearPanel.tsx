import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { useStartFinancialYear } from '../../api/mutations';
import { actionsQuery, objectivesQuery } from '../../api/queries';
import { todayIso } from '../../domain/dates';
import { planNewYear } from '../../domain/newYear';
import { financialYearLabel, quarterOfDate } from '../../domain/quarters';

/** "Start financial year": previewed, then run as one audited step. */
export function FinancialYearPanel() {
  const objectives = useQuery(objectivesQuery());
  const actions = useQuery(actionsQuery());
  const start = useStartFinancialYear();
  const [previewing, setPreviewing] = useState(false);
  if (!objectives.data || !actions.data) return null;
  const latest = Math.max(
    quarterOfDate(todayIso()).fyStart - 1,
    ...objectives.data.map((o) => o.financialYear),
  );
  const plan = planNewYear(latest + 1, objectives.data, actions.data);
  return (
    <Stack gap="sm" align="flex-start">
      <Text>
        The board refreshes its objectives every year. Starting {financialYearLabel(plan.fyStart)}{' '}
        copies the {financialYearLabel(plan.fyStart - 1)} objectives as drafts, carries forward the
        actions still to be delivered, and archives completed and cancelled ones.
      </Text>
      {previewing ? (
        <Alert color="blue" title={`Starting ${plan.label} will:`} w="100%">
          <List>
            <List.Item>copy {plan.objectivesToCopy.length} objectives as drafts;</List.Item>
            <List.Item>
              carry forward {plan.actionsToCarry.length} actions still to be delivered;
            </List.Item>
            <List.Item>
              archive {plan.actionsToArchive.length} completed or cancelled actions
              {plan.actionsToArchive.length > 0
                ? ` (${plan.actionsToArchive.map((a) => a.ref).join(', ')})`
                : ''}
              .
            </List.Item>
          </List>
          <Button
            mt="sm"
            loading={start.isPending}
            onClick={() =>
              start.mutate(plan.fyStart, {
                onSuccess: () => {
                  setPreviewing(false);
                  notifications.show({
                    color: 'green',
                    title: `${plan.label} started`,
                    message: 'Recorded in the audit trail as one step.',
                  });
                },
                onError: (error) =>
                  notifications.show({
                    color: 'red',
                    title: 'Not started',
                    message: messageOf(error),
                  }),
              })
            }
          >
            Start financial year {plan.label}
          </Button>
        </Alert>
      ) : (
        <Button variant="default" onClick={() => setPreviewing(true)}>
          Preview starting financial year {plan.label}
        </Button>
      )}
    </Stack>
  );
}
