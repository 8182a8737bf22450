import { notifications } from '../../lib/notifications';
import { useNavigate } from 'react-router';
import { useUpdateAction } from '../../api/mutations';
import { PageHeader } from '../../components/PageHeader';
import type { Action } from '../../domain/actions';
import { formFromAction } from '../../domain/actionForm';
import type { ActionFormData } from '../../domain/actionRules';
import { ActionForm } from './ActionForm';

interface EditActionProps {
  readonly action: Action;
  readonly formData: ActionFormData;
  /** Back to the action page, saved or cancelled. */
  readonly onDone: () => void;
}

/** The action page in edit mode; a renamed reference moves the address with it. */
export function EditAction({ action, formData, onDone }: EditActionProps) {
  const navigate = useNavigate();
  const update = useUpdateAction();
  return (
    <>
      <PageHeader title={`Edit ${action.ref}`} lead={action.title} />
      <ActionForm
        initial={formFromAction(action)}
        data={formData}
        current={action}
        submitLabel="Save changes"
        saving={update.isPending}
        onSubmit={async (input) => {
          const saved = await update.mutateAsync({ id: action.id, action: input });
          notifications.show(
            saved.updatedAt === action.updatedAt
              ? {
                  color: 'gray',
                  title: 'No changes to save',
                  message: `${saved.ref} is as it was.`,
                }
              : {
                  color: 'green',
                  title: 'Changes saved',
                  message: `${saved.ref}: ${saved.title}`,
                },
          );
          onDone();
          if (saved.ref !== action.ref) void navigate(`/actions/${saved.ref}`, { replace: true });
        }}
        onCancel={() => onDone()}
      />
    </>
  );
}
