import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/errors';
import { useLoadDemoPlan, useRemoveDemoPlan } from '../../api/mutations';
import { actionsQuery } from '../../api/queries';

/** Loads the example actions drawn from the report, or removes them all in one step. */
export function DemoPlanPanel() {
  const actions = useQuery(actionsQuery());
  const load = useLoadDemoPlan();
  const remove = useRemoveDemoPlan();
  const demoCount = (actions.data ?? []).filter((action) => action.demo === 1).length;
  const report = (title: string) => ({
    onSuccess: (count: number) =>
      notifications.show({ color: 'green', title, message: `${count} demo actions.` }),
    onError: (error: unknown) =>
      notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) }),
  });
  return (
    <>
      <Text mb="sm">
        The demo action plan holds example actions for every body, drawn from the report’s text,
        each labelled “Demo”.
        {demoCount > 0
          ? ` It is loaded: ${demoCount} demo actions are in the plans.`
          : ' It is not loaded.'}
      </Text>
      <Group>
        {demoCount === 0 ? (
          <Button
            onClick={() => load.mutate(undefined, report('Demo plan loaded'))}
            loading={load.isPending}
          >
            Load the demo action plan
          </Button>
        ) : (
          <Button
            color="red"
            variant="outline"
            onClick={() => remove.mutate(undefined, report('Demo plan removed'))}
            loading={remove.isPending}
          >
            Remove the demo action plan
          </Button>
        )}
      </Group>
    </>
  );
}
