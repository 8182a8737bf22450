import { Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useState, type FormEvent } from 'react';
import { messageOf, problemsOf } from '../../api/errors';
import { useResetWorkspace } from '../../api/mutations';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { RESET_CONFIRMATION } from '../../domain/workspace';
import { BusyButton } from '../../components/BusyButton';

/** Returns the workspace to the state seeded from the report, behind a typed confirmation. */
export function ResetPanel() {
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const reset = useResetWorkspace();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(confirmation, {
      onSuccess: () => {
        setProblems([]);
        setConfirmation('');
        notifications.show({
          color: 'green',
          title: 'Workspace reset',
          message:
            'The workspace is back to the state seeded from the report. The audit trail records the reset.',
        });
      },
      onError: (error) => {
        const found = problemsOf(error);
        setProblems(
          found.length > 0 ? found : [{ field: 'confirmation', message: messageOf(error) }],
        );
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} fieldIds={{ confirmation: 'reset-confirmation' }} />
      <Stack maw={560} gap="md">
        <Text>
          This removes every action, update, snapshot, indicator and board response, and puts back
          the recommendations, SWOT items, bodies and draft objectives from the report. The audit
          trail is kept. It cannot be undone, so download a backup first if you may need the data.
        </Text>
        <TextInput
          id="reset-confirmation"
          label={`Type “${RESET_CONFIRMATION}” to confirm`}
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          error={fieldError(problems, 'confirmation')}
          autoComplete="off"
        />
        <div>
          <BusyButton type="submit" color="red" loading={reset.isPending}>
            Reset workspace
          </BusyButton>
        </div>
      </Stack>
    </form>
  );
}
