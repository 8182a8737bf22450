import { Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useState, type FormEvent } from 'react';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { useRecordForm } from '../../lib/useRecordForm';
import { useUnsavedChanges } from '../../components/reasonsToStay';
import { messageOf, problemsOf } from '../../api/errors';
import { useSetRecommendationResponse } from '../../api/mutations';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { formatUkDateTime } from '../../domain/dates';
import {
  RESPONSE_LABEL,
  RESPONSE_NOTE_MAX,
  RESPONSE_STATUSES,
  type Recommendation,
} from '../../domain/recommendations';
import { BusyButton } from '../../components/BusyButton';

const FIELD_IDS = { response: 'response', responseNote: 'response-note' };
const LABELS = { response: 'Board response', note: 'Note' };

/** The board's response to a recommendation, with a note; validated and audited. */
export function ResponseForm({ recommendation }: { readonly recommendation: Recommendation }) {
  const form = useRecordForm<{ response: string; note: string }>({
    response: recommendation.response,
    note: recommendation.responseNote,
  });
  const { response, note } = form.values;
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSetRecommendationResponse();
  useUnsavedChanges(form.unsaved);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const saved = await form.save((values) =>
        save.mutateAsync({ number: recommendation.number, ...values }),
      );
      if (!saved) return;
      setProblems([]);
      notifications.show({
        color: 'green',
        title: 'Response saved',
        message: `Recommendation ${recommendation.number}: ${RESPONSE_LABEL[response as keyof typeof RESPONSE_LABEL]}`,
      });
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found);
      if (found.length === 0) setFailure(messageOf(error));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="response-heading">
      <ChangedElsewhere form={form} what="response" labels={LABELS} />
      <ErrorSummary
        problems={failure ? [{ field: 'response', message: failure }] : problems}
        fieldIds={FIELD_IDS}
      />
      <Stack gap="md" maw={640}>
        <NativeSelect
          id={FIELD_IDS.response}
          label="Board response"
          value={response}
          onChange={(event) => form.set('response', event.currentTarget.value)}
          data={RESPONSE_STATUSES.map((status) => ({
            value: status,
            label: RESPONSE_LABEL[status],
          }))}
          error={fieldError(problems, 'response')}
        />
        <Textarea
          id={FIELD_IDS.responseNote}
          label="Note"
          description={`Why, and what the board will do. Required when the recommendation is accepted in part or not accepted. Up to ${RESPONSE_NOTE_MAX} characters.`}
          value={note}
          onChange={(event) => form.set('note', event.currentTarget.value)}
          autosize
          minRows={3}
          error={fieldError(problems, 'responseNote')}
        />
        <Group>
          <BusyButton type="submit" loading={save.isPending}>
            Save response
          </BusyButton>
          {recommendation.respondedAt ? (
            <Text size="sm" c="dimmed">
              Last recorded {formatUkDateTime(recommendation.respondedAt)}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
