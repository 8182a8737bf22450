import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { useStartFinancialYear } from '../../api/mutations';
import { actionsQuery, objectivesQuery } from '../../api/queries';
import { todayIso } from '../../domain/dates';
import { formatFigure } from '../../domain/figures';
import { planNewYear } from '../../domain/newYear';
import type { Objective } from '../../domain/objectives';
import { Failed, Loading } from '../../components/QueryState';
import { financialYearLabel, quarterOfDate } from '../../domain/quarters';
import { BusyButton } from '../../components/BusyButton';

/**
 * "Start financial year": previewed, then run as one audited step. The plan's actions are read
 * only for the preview: a workspace of 20,000 actions is not read each time Settings opens.
 */
export function FinancialYearPanel() {
  const objectives = useQuery(objectivesQuery());
  const [previewing, setPreviewing] = useState(false);
  if (!objectives.data) return null;
  const fyStart =
    Math.max(
      quarterOfDate(todayIso()).fyStart - 1,
      ...objectives.data.map((o) => o.financialYear),
    ) + 1;
  return (
    <Stack gap="sm" align="flex-start">
      <Text>
        The board refreshes its objectives every year. Starting {financialYearLabel(fyStart)} copies
        the {financialYearLabel(fyStart - 1)} objectives as drafts, carries forward the actions
        still to be delivered, and archives completed and cancelled ones.
      </Text>
      {previewing ? (
        <NewYearPreview
          fyStart={fyStart}
          objectives={objectives.data}
          onStarted={() => setPreviewing(false)}
        />
      ) : (
        <Button variant="default" onClick={() => setPreviewing(true)}>
          Preview starting financial year {financialYearLabel(fyStart)}
        </Button>
      )}
    </Stack>
  );
}

function NewYearPreview({
  fyStart,
  objectives,
  onStarted,
}: {
  readonly fyStart: number;
  readonly objectives: readonly Objective[];
  readonly onStarted: () => void;
}) {
  const actions = useQuery(actionsQuery());
  const start = useStartFinancialYear();
  if (actions.isError) return <Failed what="the plan’s actions" error={actions.error} />;
  if (!actions.data) return <Loading what="the plan’s actions" />;
  const plan = planNewYear(fyStart, objectives, actions.data);
  return (
    <Alert color="blue" title={`Starting ${plan.label} will:`} w="100%">
      <List>
        <List.Item>copy {plan.objectivesToCopy.length} objectives as drafts;</List.Item>
        <List.Item>
          carry forward {formatFigure(plan.actionsToCarry.length)} actions still to be delivered;
        </List.Item>
        <List.Item>
          archive {formatFigure(plan.actionsToArchive.length)} completed or cancelled actions
          {plan.actionsToArchive.length > 0
            ? ` (${plan.actionsToArchive.map((a) => a.ref).join(', ')})`
            : ''}
          .
        </List.Item>
      </List>
      <BusyButton
        mt="sm"
        loading={start.isPending}
        onClick={() =>
          start.mutate(plan.fyStart, {
            onSuccess: () => {
              onStarted();
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
      </BusyButton>
    </Alert>
  );
}
