import { Group, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/errors';
import { useRemoveDemoPlan } from '../../api/mutations';
import { useLoadDemoPlanWithNotice } from '../../components/useLoadDemoPlanWithNotice';
import { demoActionCountQuery } from '../../api/queries';
import { Failed, Loading } from '../../components/QueryState';
import { BusyButton } from '../../components/BusyButton';

/** Loads the example actions drawn from the report, or removes them all in one step. */
export function DemoPlanPanel() {
  const demo = useQuery(demoActionCountQuery());
  // The button stays, renamed "Remove the demo action plan", and keeps the focus.
  const load = useLoadDemoPlanWithNotice();
  const remove = useRemoveDemoPlan();
  const removeIt = () =>
    remove.mutate(undefined, {
      onSuccess: (count) =>
        notifications.show({
          color: 'green',
          title: 'Demo plan removed',
          message: `${count} demo actions removed.`,
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: 'Demo plan not removed',
          message: messageOf(error),
        }),
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
          <BusyButton color="red" variant="outline" onClick={removeIt} loading={remove.isPending}>
            Remove the demo action plan
          </BusyButton>
        ) : (
          <BusyButton onClick={() => void load.load()} loading={load.loading}>
            Load the demo action plan
          </BusyButton>
        )}
      </Group>
    </>
  );
}
