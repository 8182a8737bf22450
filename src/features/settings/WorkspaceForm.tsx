import { NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useSession } from '../../api/sessionState';
import { notifications } from '../../lib/notifications';
import { useState, type FormEvent } from 'react';
import { useUnsavedChanges } from '../../components/reasonsToStay';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { useRecordForm } from '../../lib/useRecordForm';
import { messageOf, problemsOf } from '../../api/errors';
import { useUpdateSettings } from '../../api/mutations';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { ROLE_LABEL, USER_ROLES, type WorkspaceSettings } from '../../domain/workspace';
import { BusyButton } from '../../components/BusyButton';

const FIELD_IDS = {
  name: 'workspace-name',
  fullName: 'workspace-full-name',
  userName: 'user-name',
  userRole: 'user-role',
};
const LABELS = {
  name: 'Workspace name',
  fullName: 'Partnership’s full name',
  userName: 'Your name',
  userRole: 'Your role',
};

export function WorkspaceForm({ settings }: { readonly settings: WorkspaceSettings }) {
  const form = useRecordForm({
    name: settings.name,
    fullName: settings.fullName,
    userName: settings.userName,
    userRole: settings.userRole as string,
  });
  const { values } = form;
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useUpdateSettings();
  const member = useSession((session) => session.member);
  useUnsavedChanges(form.unsaved);
  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) =>
    form.set(field, event.currentTarget.value);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (!(await form.save((values) => save.mutateAsync(values)))) return;
      setProblems([]);
      notifications.show({
        color: 'green',
        title: 'Settings saved',
        message: 'Your changes are saved in this browser.',
      });
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found.length > 0 ? found : [{ field: 'name', message: messageOf(error) }]);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ChangedElsewhere form={form} what="workspace’s settings" labels={LABELS} />
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      <Stack maw={560} gap="md">
        <TextInput
          id={FIELD_IDS.name}
          label="Workspace name"
          description="Shown in the header, e.g. SafetyNet"
          value={values.name}
          onChange={set('name')}
          error={fieldError(problems, 'name')}
        />
        <TextInput
          id={FIELD_IDS.fullName}
          label="Partnership’s full name"
          value={values.fullName}
          onChange={set('fullName')}
          error={fieldError(problems, 'fullName')}
        />
        {member ? (
          <Text size="sm">
            You are signed in to the shared plan as <strong>{member.name}</strong> ({member.email},{' '}
            {ROLE_LABEL[member.role].toLowerCase()}): the audit trail names you as your sign-in
            does. The name and role below apply only when this browser keeps a plan of its own, with
            no shared plan.
          </Text>
        ) : null}
        <TextInput
          id={FIELD_IDS.userName}
          label="Your name"
          description="Recorded in the audit trail against every change you make"
          value={values.userName}
          onChange={set('userName')}
          error={fieldError(problems, 'userName')}
        />
        <NativeSelect
          id={FIELD_IDS.userRole}
          label="Your role"
          value={values.userRole}
          onChange={set('userRole')}
          data={USER_ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role] }))}
          error={fieldError(problems, 'userRole')}
        />
        <div>
          <BusyButton type="submit" loading={save.isPending}>
            Save settings
          </BusyButton>
        </div>
      </Stack>
    </form>
  );
}
