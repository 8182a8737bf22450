import { Button, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useLoadDemoPlanWithNotice } from '../../components/useLoadDemoPlanWithNotice';
import { EmptyState } from '../../components/EmptyState';
import { focusPageTitle } from '../../components/PageHeader';
import { BusyButton } from '../../components/BusyButton';

/** An empty plan: create the first action, import a tracker, or load the demo plan. */
export function NoActionsYet({ bodyId }: { readonly bodyId: string | undefined }) {
  // The button goes with the empty plan: the focus starts again at the page's title.
  const loadDemo = useLoadDemoPlanWithNotice(focusPageTitle);
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
            loading={loadDemo.loading}
            onClick={() => void loadDemo.load()}
          >
            Load the demo action plan
          </BusyButton>
        </Group>
      </Stack>
    </EmptyState>
  );
}
