import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useUnsavedChanges } from '../../components/UnsavedChangesGuard';
import { readSnapshot } from '../../domain/snapshotRecord';
import { Link, useNavigate, useParams } from 'react-router';
import { messageOf, problemsOf } from '../../api/errors';
import { useSaveUpdate } from '../../api/mutations';
import {
  actionQuery,
  actionUpdatesQuery,
  actionsQuery,
  bodiesQuery,
  quarterUpdatesQuery,
  settingsQuery,
  snapshotsQuery,
} from '../../api/queries';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { PageHeader } from '../../components/PageHeader';
import { RagBadge } from '../../components/RagBadge';
import type { Action } from '../../domain/actions';
import { partsOf } from '../../domain/actionRules';
import { dateFromParts, formatUkDate, formatUkDateTime } from '../../domain/dates';
import {
  parseQuarterKey,
  quarterLabel,
  type Quarter,
  type QuarterKey,
} from '../../domain/quarters';
import { RAG, RAG_STATUSES, type RagStatus } from '../../domain/rag';
import { nextOwing, roundFor } from '../../domain/round';
import {
  carryForward,
  isStillCarriedForward,
  type QuarterlyUpdate,
  type UpdateInput,
} from '../../domain/updates';

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

export function UpdateFormPage() {
  const params = useParams();
  const quarter = parseQuarterKey(params.quarter ?? '');
  const ref = (params.ref ?? '').toUpperCase();
  const action = useQuery(actionQuery(ref));
  const snapshots = useQuery(snapshotsQuery());

  if (!quarter || action.data === null) {
    return (
      <>
        <PageHeader title="Update not found" />
        <Text>
          There is no action {ref} or no quarter {params.quarter}.{' '}
          <Anchor component={Link} to="/updates">
            Go to the current round
          </Anchor>
          .
        </Text>
      </>
    );
  }
  if (!action.data || !snapshots.data) return <Text role="status">Loading the update…</Text>;
  const key = params.quarter as QuarterKey;
  const live = snapshots.data.find((s) => s.quarter === key && s.supersededAt === null);
  if (live) {
    const reading = readSnapshot(live);
    if (!reading.ok)
      return (
        <Alert color="red" title="This quarter’s record cannot be shown" role="alert">
          {reading.message}
        </Alert>
      );
    const frozen = reading.content.actions.find((entry) => entry.action.id === action.data?.id);
    return (
      <FrozenUpdate
        action={action.data}
        quarter={quarter}
        update={frozen?.update ?? null}
        closedAt={live.closedAt}
        quarterKey={key}
      />
    );
  }
  return (
    <UpdateForm
      key={`${action.data.id}@${key}`}
      action={action.data}
      quarter={quarter}
      quarterKey={key}
    />
  );
}

function FrozenUpdate({
  action,
  quarter,
  update,
  closedAt,
  quarterKey: key,
}: {
  readonly action: Action;
  readonly quarter: Quarter;
  readonly update: QuarterlyUpdate | null;
  readonly closedAt: string;
  readonly quarterKey: string;
}) {
  return (
    <>
      <PageHeader
        title={`${action.ref}: update for ${quarterLabel(quarter)}`}
        lead={action.title}
      />
      <Alert color="blue" title={`${quarterLabel(quarter)} is closed`} mb="lg">
        This update was frozen when the quarter closed on {formatUkDateTime(closedAt)}. To change
        it, reopen the quarter from the{' '}
        <Anchor component={Link} to={`/updates/${key}`}>
          round
        </Anchor>
        , giving a reason.
      </Alert>
      {update ? (
        <UpdateSummary update={update} />
      ) : (
        <Text>No update was recorded for this quarter.</Text>
      )}
    </>
  );
}

function UpdateSummary({ update }: { readonly update: QuarterlyUpdate }) {
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group gap="sm">
          {update.rag ? <RagBadge status={update.rag} /> : <Text>No RAG</Text>}
          <Text>{update.percentComplete ?? '—'}% complete</Text>
          <Text c="dimmed" size="sm">
            {update.state === 'done' ? 'Done' : 'Draft'}, reported by {update.reportedBy} on{' '}
            {formatUkDateTime(update.reportedAt)}
          </Text>
        </Group>
        <Text>
          <strong>Narrative:</strong> {update.narrative || '—'}
        </Text>
        <Text>
          <strong>Evidence:</strong> {update.evidence || '—'}
        </Text>
        <Text>
          <strong>Next steps:</strong> {update.nextSteps || '—'}
        </Text>
        {update.correctiveAction ? (
          <Text>
            <strong>Corrective action:</strong> {update.correctiveAction}
          </Text>
        ) : null}
        <Text>
          <strong>Forecast:</strong>{' '}
          {update.forecast.onTrack
            ? 'On track for the due date'
            : `Revised completion date ${formatUkDate(update.forecast.revisedDate)}`}
        </Text>
      </Stack>
    </Card>
  );
}

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

function UpdateForm({
  action,
  quarter,
  quarterKey: key,
}: {
  readonly action: Action;
  readonly quarter: Quarter;
  readonly quarterKey: QuarterKey;
}) {
  const navigate = useNavigate();
  const history = useQuery(actionUpdatesQuery(action.id));
  const quarterUpdates = useQuery(quarterUpdatesQuery(key));
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const role = useQuery(settingsQuery()).data?.userRole;
  const save = useSaveUpdate();
  if (!history.data) return <Text role="status">Loading the update…</Text>;
  return (
    <UpdateFields
      action={action}
      quarter={quarter}
      quarterKey={key}
      existing={history.data.find((u) => u.quarter === key)}
      previous={history.data.filter((u) => u.quarter < key).at(-1)}
      roundUpdates={quarterUpdates.data ?? []}
      actions={actions.data ?? []}
      bodyOrder={new Map((bodies.data ?? []).map((body) => [body.id, body.order]))}
      readOnly={role === 'councillor' || role === 'board-member'}
      navigate={(to) => void navigate(to)}
      save={save}
    />
  );
}

interface UpdateFieldsProps {
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

function UpdateFields({
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
  const [input, setInput] = useState<UpdateInput | null>(null);
  const [revised, setRevised] = useState(
    partsOf(existing && !existing.forecast.onTrack ? existing.forecast.revisedDate : undefined),
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const values = input ?? inputFrom(existing);
  const set = <K extends keyof UpdateInput>(field: K, value: UpdateInput[K]) =>
    setInput({ ...values, [field]: value });
  const error = (field: string) => fieldError(problems, field);
  const carried = isStillCarriedForward(values, previous);
  const savedRevised = partsOf(
    existing && !existing.forecast.onTrack ? existing.forecast.revisedDate : undefined,
  );
  // What a person typed, compared with what is saved; whether it was saved as done or as a draft
  // is the button's choice, not something typed.
  const typed = (input: UpdateInput) => JSON.stringify({ ...input, state: '' });
  const unsaved = useUnsavedChanges(
    (input !== null && typed(values) !== typed(inputFrom(existing))) ||
      JSON.stringify(revised) !== JSON.stringify(savedRevised),
  );

  const submit = (state: 'draft' | 'done', goNext: boolean) => async (event?: FormEvent) => {
    event?.preventDefault();
    let revisedDate = values.revisedDate;
    if (!values.onTrack) {
      const parsed = dateFromParts(revised.day, revised.month, revised.year);
      revisedDate = parsed.ok ? parsed.date : '';
    }
    try {
      await save.mutateAsync({
        actionId: action.id,
        quarter: key,
        update: { ...values, revisedDate, state },
      });
      setProblems([]);
      // What is saved is now what the form shows: nothing is left unsaved.
      setInput(null);
      setRevised(partsOf(values.onTrack ? undefined : revisedDate));
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
        navigate(next ? `/updates/${key}/${next.action.ref}` : `/updates/${key}`);
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
          <Anchor component={Link} to={`/updates/${key}`}>
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
          {unsaved.dialog}
          <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
          <Stack gap="md" maw={760}>
            {previous && !existing && input === null ? (
              <Alert
                color="gray"
                title={`Last update: ${quarterLabel(parseQuarterKey(previous.quarter) ?? quarter)}`}
              >
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{previous.narrative}</Text>
                  <Button
                    variant="light"
                    onClick={() => {
                      const carriedInput = carryForward(previous);
                      setInput(carriedInput);
                      setRevised(partsOf(carriedInput.revisedDate || undefined));
                    }}
                  >
                    Carry forward from last quarter
                  </Button>
                </Stack>
              </Alert>
            ) : null}
            {carried ? (
              <Alert color="yellow" title="Carried forward from last quarter" c="dark">
                The text below is last quarter’s, word for word. Edit it to say what happened this
                quarter.
              </Alert>
            ) : null}
            <Radio.Group
              label="RAG status"
              value={values.rag}
              onChange={(value) => set('rag', value as RagStatus)}
              error={error('rag')}
            >
              <Stack gap={6} mt={6}>
                {RAG_STATUSES.map((status) => (
                  <Radio
                    key={status}
                    id={`update-rag-${status}`}
                    value={status}
                    label={
                      <Group gap="xs" wrap="nowrap">
                        <RagBadge status={status} />
                        <Text size="sm">{RAG[status].meaning}</Text>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </Radio.Group>
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
                onChange={setRevised}
                error={error('revisedDate')}
              />
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                Save as done and go to the next
              </Button>
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
