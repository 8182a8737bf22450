/** The update form itself: RAG, percentage, narrative, forecast; refused input shown the GOV.UK way. */
import {
  Alert,
  Anchor,
  Button,
  Group,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useState, type FormEvent } from 'react';
import { useUnsavedChanges } from '../../components/reasonsToStay';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { useRecordForm } from '../../lib/useRecordForm';
import { Link } from 'react-router';
import { messageOf, problemsOf } from '../../api/errors';
import type { useSaveUpdate } from '../../api/mutations';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { PageHeader } from '../../components/PageHeader';
import type { Action } from '../../domain/actions';
import { partsOf } from '../../domain/actionForm';
import { dateFromParts, formatUkDate, formatUkDateTime } from '../../domain/dates';
import { quarterLabel, type Quarter, type QuarterKey } from '../../domain/quarters';
import { nextOwing, roundFor } from '../../domain/round';
import {
  isStillCarriedForward,
  type QuarterlyUpdate,
  type UpdateInput,
} from '../../domain/updates';
import { UpdateSummary } from './UpdateSummary';
import { CarryForwardOffer, RagChoice } from './UpdateChoices';
import { useRoundAddress } from './roundPlace';
import { BusyButton } from '../../components/BusyButton';

const FIELD_IDS = {
  rag: 'update-rag-red',
  percentComplete: 'update-percent',
  narrative: 'update-narrative',
  evidence: 'update-evidence',
  nextSteps: 'update-next-steps',
  correctiveAction: 'update-corrective',
  revisedDate: 'update-revised',
  quarter: 'update-rag-red',
};

function inputFrom(update: QuarterlyUpdate | undefined): UpdateInput {
  return {
    rag: update?.rag ?? '',
    percentComplete: update?.percentComplete == null ? '' : String(update.percentComplete),
    narrative: update?.narrative ?? '',
    evidence: update?.evidence ?? '',
    nextSteps: update?.nextSteps ?? '',
    correctiveAction: update?.correctiveAction ?? '',
    onTrack: update ? update.forecast.onTrack : true,
    revisedDate: update && !update.forecast.onTrack ? update.forecast.revisedDate : '',
    state: update?.state ?? 'draft',
  };
}

/** The form's values: the update's, with the revised date as its three typed parts. */
function valuesFrom(update: QuarterlyUpdate | undefined) {
  return {
    ...inputFrom(update),
    revised: partsOf(update && !update.forecast.onTrack ? update.forecast.revisedDate : undefined),
  };
}

const LABELS: Record<keyof ReturnType<typeof valuesFrom>, string> = {
  rag: 'RAG status',
  percentComplete: 'Percentage complete',
  narrative: 'Narrative',
  evidence: 'Evidence',
  nextSteps: 'Next steps',
  correctiveAction: 'Corrective action',
  onTrack: 'Forecast',
  revisedDate: 'Revised completion date',
  revised: 'Revised completion date',
  state: 'Done or draft',
};

export interface UpdateFieldsProps {
  readonly action: Action;
  readonly quarter: Quarter;
  readonly quarterKey: QuarterKey;
  readonly existing: QuarterlyUpdate | undefined;
  readonly previous: QuarterlyUpdate | undefined;
  readonly roundUpdates: readonly QuarterlyUpdate[];
  readonly actions: readonly Action[];
  readonly bodyOrder: ReadonlyMap<string, number>;
  readonly readOnly: boolean;
  readonly navigate: (to: string) => void;
  readonly save: ReturnType<typeof useSaveUpdate>;
}

export function UpdateFields({
  action,
  quarter,
  quarterKey: key,
  existing,
  previous,
  roundUpdates,
  actions,
  bodyOrder,
  readOnly,
  navigate,
  save,
}: UpdateFieldsProps) {
  const form = useRecordForm(valuesFrom(existing));
  const { revised, ...values } = form.values;
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const { set } = form;
  const error = (field: string) => fieldError(problems, field);
  const carried = isStillCarriedForward(values, previous);
  const unsaved = useUnsavedChanges(form.unsaved);
  const roundAddress = useRoundAddress(key);

  const submit = (state: 'draft' | 'done', goNext: boolean) => async (event?: FormEvent) => {
    event?.preventDefault();
    let revisedDate = values.revisedDate;
    if (!values.onTrack) {
      const parsed = dateFromParts(revised.day, revised.month, revised.year);
      revisedDate = parsed.ok ? parsed.date : '';
    }
    try {
      const saved = await form.save(() =>
        save.mutateAsync({
          actionId: action.id,
          quarter: key,
          update: { ...values, revisedDate, state },
        }),
      );
      if (!saved) return;
      setProblems([]);
      notifications.show({
        color: 'green',
        title: state === 'done' ? 'Update saved' : 'Draft saved',
        message: `${action.ref}, ${quarterLabel(quarter)}`,
      });
      if (goNext) {
        const round = roundFor(
          actions,
          [
            ...roundUpdates.filter((u) => u.actionId !== action.id),
            { actionId: action.id, state } as QuarterlyUpdate,
          ],
          quarter,
          bodyOrder,
        );
        const next = nextOwing(round, action.id);
        unsaved.release();
        navigate(next ? `/updates/${key}/${next.action.ref}` : roundAddress);
      }
    } catch (failure) {
      const found = problemsOf(failure);
      setProblems(found.length > 0 ? found : [{ field: 'rag', message: messageOf(failure) }]);
    }
  };

  return (
    <>
      <PageHeader title={`${action.ref}: update for ${quarterLabel(quarter)}`} lead={action.title}>
        <Text size="sm">
          Due {formatUkDate(action.dueDate)} ·{' '}
          <Anchor component={Link} to={roundAddress}>
            Back to the round
          </Anchor>
        </Text>
      </PageHeader>
      {readOnly ? (
        existing ? (
          <UpdateSummary update={existing} />
        ) : (
          <Text>No update has been recorded yet.</Text>
        )
      ) : (
        <form onSubmit={submit('done', true)} noValidate>
          <ChangedElsewhere form={form} what="update" labels={LABELS} />
          <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
          <Stack gap="md" maw={760}>
            {previous && !existing && !form.edited ? (
              <CarryForwardOffer
                previous={previous}
                quarter={quarter}
                onCarry={(carriedInput) =>
                  form.edit(() => ({
                    ...carriedInput,
                    revised: partsOf(carriedInput.revisedDate || undefined),
                  }))
                }
              />
            ) : null}
            {carried ? (
              <Alert color="yellow" title="Carried forward from last quarter" c="dark">
                The text below is last quarter’s, word for word. Edit it to say what happened this
                quarter.
              </Alert>
            ) : null}
            <RagChoice
              value={values.rag}
              onChange={(rag) => set('rag', rag)}
              error={error('rag')}
            />
            <TextInput
              id={FIELD_IDS.percentComplete}
              label="Percentage complete"
              description="A whole number from 0 to 100"
              inputMode="numeric"
              w={200}
              value={values.percentComplete}
              onChange={(e) => set('percentComplete', e.currentTarget.value)}
              error={error('percentComplete')}
            />
            <Textarea
              id={FIELD_IDS.narrative}
              label="Narrative"
              description="What progress was made this quarter"
              autosize
              minRows={3}
              value={values.narrative}
              onChange={(e) => set('narrative', e.currentTarget.value)}
              error={error('narrative')}
            />
            <Textarea
              id={FIELD_IDS.evidence}
              label="Evidence (optional)"
              autosize
              minRows={2}
              value={values.evidence}
              onChange={(e) => set('evidence', e.currentTarget.value)}
              error={error('evidence')}
            />
            <Textarea
              id={FIELD_IDS.nextSteps}
              label="Next steps (optional)"
              autosize
              minRows={2}
              value={values.nextSteps}
              onChange={(e) => set('nextSteps', e.currentTarget.value)}
              error={error('nextSteps')}
            />
            <Textarea
              id={FIELD_IDS.correctiveAction}
              label="Corrective action"
              description="Required for Red and Amber: what is being done to recover"
              autosize
              minRows={2}
              value={values.correctiveAction}
              onChange={(e) => set('correctiveAction', e.currentTarget.value)}
              error={error('correctiveAction')}
            />
            <Radio.Group
              label="Forecast"
              value={values.onTrack ? 'on-track' : 'revised'}
              onChange={(value) => set('onTrack', value === 'on-track')}
            >
              <Stack gap={6} mt={6}>
                <Radio
                  value="on-track"
                  label={`On track to finish by the due date (${formatUkDate(action.dueDate)})`}
                />
                <Radio value="revised" label="Will finish on a revised date" />
              </Stack>
            </Radio.Group>
            {values.onTrack ? null : (
              <DateInput
                id={FIELD_IDS.revisedDate}
                legend="Revised completion date"
                value={revised}
                onChange={(parts) => set('revised', parts)}
                error={error('revisedDate')}
              />
            )}
            <Group>
              <BusyButton type="submit" loading={save.isPending}>
                Save as done and go to the next
              </BusyButton>
              <Button variant="default" onClick={() => void submit('done', false)()}>
                Save as done
              </Button>
              <Button variant="subtle" onClick={() => void submit('draft', false)()}>
                Save as draft
              </Button>
            </Group>
            {existing ? (
              <Text size="sm" c="dimmed">
                Last saved as {existing.state} by {existing.reportedBy} on{' '}
                {formatUkDateTime(existing.reportedAt)}.
              </Text>
            ) : null}
          </Stack>
        </form>
      )}
    </>
  );
}
