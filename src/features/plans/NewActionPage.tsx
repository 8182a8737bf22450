import { Alert, Group, Loader, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { useCreateAction } from '../../api/mutations';
import { PageHeader } from '../../components/PageHeader';
import { ActionForm, blankActionForm } from './ActionForm';
import { useActionFormData } from './useActionFormData';

export function NewActionPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, error } = useActionFormData();
  const create = useCreateAction();
  const bodyId = data?.bodies.some((body) => body.id === params.get('body'))
    ? (params.get('body') as string)
    : data?.bodies[0]?.id;

  return (
    <>
      <PageHeader
        title="New action"
        lead="Add an action to a body’s plan and place it on the strategic tool."
      />
      {error ? (
        <Alert color="red" title="The form could not be loaded">
          Reload the page to try again.
        </Alert>
      ) : !data || !bodyId ? (
        <Group role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text>Loading the form…</Text>
        </Group>
      ) : (
        <ActionForm
          initial={blankActionForm(bodyId, data.refs)}
          data={data}
          submitLabel="Create action"
          saving={create.isPending}
          onSubmit={async (input) => {
            const action = await create.mutateAsync(input);
            notifications.show({
              color: 'green',
              title: 'Action created',
              message: `${action.ref}: ${action.title}`,
            });
            void navigate(`/actions/${action.ref}`);
          }}
          onCancel={() => void navigate(`/plans/${bodyId}`)}
        />
      )}
    </>
  );
}
