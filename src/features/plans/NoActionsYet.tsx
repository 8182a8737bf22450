import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { Link } from 'react-router';
import { messageOf } from '../../api/errors';
import { useLoadDemoPlan } from '../../api/mutations';
import { EmptyState } from '../../components/EmptyState';
import { focusPageTitle } from '../../components/PageHeader';
import { BusyButton } from '../../components/BusyButton';

/** An empty plan: create the first action, import a tracker, or load the demo plan. */
export function NoActionsYet({ bodyId }: { readonly bodyId: string | undefined }) {
  const loadDemo = useLoadDemoPlan();
  return (
    <EmptyState title="No actions yet">
      <Stack gap="sm" align="flex-start" component="span">
        <span>
          Create the first action, or load a demo plan of example actions drawn from the report (you
          can remove it in one step).
        </span>
        <Group component="span">
          <Button component={Link} to={`/actions/new${bodyId ? `?body=${bodyId}` : ''}`}>
            Create an action
          </Button>
          <Button component={Link} to="/actions/import" variant="default">
            Import from a spreadsheet
          </Button>
          <BusyButton
            variant="default"
            loading={loadDemo.isPending}
            onClick={() =>
              // Answered by the promise, not `mutate`'s callbacks: those are dropped when this
              // empty plan goes, which loading the plan makes it do before they would run.
              void loadDemo.mutateAsync().then(
                (count) => {
                  // The button went with it: the focus starts again at the page's title.
                  focusPageTitle();
                  notifications.show({
                    color: 'green',
                    title: 'Demo plan loaded',
                    message: `${count} example actions added, labelled as demo data.`,
                  });
                },
                (error: unknown) =>
                  notifications.show({
                    color: 'red',
                    title: 'Demo plan not loaded',
                    message: messageOf(error),
                  }),
              )
            }
          >
            Load the demo action plan
          </BusyButton>
        </Group>
      </Stack>
    </EmptyState>
  );
}
