import { Group, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/errors';
import { useLoadDemoPlan, useRemoveDemoPlan } from '../../api/mutations';
import { demoActionCountQuery } from '../../api/queries';
import { Failed, Loading } from '../../components/QueryState';
import { BusyButton } from '../../components/BusyButton';

/** Loads the example actions drawn from the report, or removes them all in one step. */
export function DemoPlanPanel() {
  const demo = useQuery(demoActionCountQuery());
  const load = useLoadDemoPlan();
  const remove = useRemoveDemoPlan();
  const report = (title: string) => ({
    onSuccess: (count: number) =>
      notifications.show({ color: 'green', title, message: `${count} demo actions.` }),
    onError: (error: unknown) =>
      notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(error) }),
  });
  if (demo.isError) return <Failed what="the demo plan’s status" error={demo.error} />;
  if (demo.data === undefined) return <Loading what="the demo plan’s status" />;
  const loaded = demo.data > 0;
  return (
    <>
      <Text mb="sm">
        The demo action plan holds example actions for every body, drawn from the report’s text,
        each labelled “Demo”.
        {loaded
          ? ` It is loaded: ${demo.data} demo actions are in the plans.`
          : ' It is not loaded.'}
      </Text>
      <Group>
        {loaded ? (
          <BusyButton
            color="red"
            variant="outline"
            onClick={() => remove.mutate(undefined, report('Demo plan removed'))}
            loading={remove.isPending}
          >
            Remove the demo action plan
          </BusyButton>
        ) : (
          <BusyButton
            onClick={() => load.mutate(undefined, report('Demo plan loaded'))}
            loading={load.isPending}
          >
            Load the demo action plan
          </BusyButton>
        )}
      </Group>
    </>
  );
}
