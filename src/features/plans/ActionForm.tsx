import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { problemsOf, messageOf } from '../../api/errors';
import { useUnsavedChanges } from '../../components/reasonsToStay';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { useRecordForm } from '../../lib/useRecordForm';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import type { Action } from '../../domain/actions';
import { StatusField } from './StatusField';
import { FIELD_IDS, fieldIds } from './actionFieldIds';
import { ActionDeliveryFields } from './ActionDeliveryFields';
import { ActionLinkFields } from './ActionLinkFields';
import {
  actionContextOf,
  type ActionFormData,
  type ActionContext,
  type ActionInput,
} from '../../domain/actionRules';
import {
  EMPTY_DATE,
  readActionForm,
  type ActionForm as ActionFormValues,
} from '../../domain/actionForm';
import { bodyDisplayName } from '../../domain/bodies';
import { nextReference } from '../../domain/references';
import { type FourPRowId } from '../../domain/strategicTool';
import { BusyButton } from '../../components/BusyButton';

export function blankActionForm(bodyId: string, refs: readonly string[]): ActionFormValues {
  return {
    ref: nextReference(bodyId, refs),
    bodyId,
    title: '',
    description: '',
    leadAgency: '',
    leadOfficer: '',
    partners: '',
    start: EMPTY_DATE,
    due: EMPTY_DATE,
    milestones: [],
    successMeasure: '',
    status: 'not-started',
    statusNote: '',
    recommendationNumbers: [],
    objectiveIds: [],
    swotIds: [],
    primaryRow: '',
    secondaryRows: [],
    themeIds: [],
  };
}

const LABELS: Record<keyof ActionFormValues, string> = {
  ref: 'Reference',
  bodyId: 'Owning body',
  title: 'Title',
  description: 'Description',
  leadAgency: 'Lead agency',
  leadOfficer: 'Lead officer',
  partners: 'Partner agencies',
  start: 'Start date',
  due: 'Due date',
  milestones: 'Milestones',
  successMeasure: 'Success measure',
  status: 'Status',
  statusNote: 'Status note',
  recommendationNumbers: 'Recommendations',
  objectiveIds: 'Board objectives',
  swotIds: 'SWOT items',
  primaryRow: 'Primary 4P row',
  secondaryRows: 'Secondary rows',
  themeIds: 'Intervention themes',
};

interface ActionFormProps {
  /** The action as saved (the form follows it while open), or a new action's blank form. */
  readonly initial: ActionFormValues;
  readonly data: ActionFormData;
  /** The action being edited (its reference, status and latest RAG); absent when creating. */
  readonly current?: Pick<Action, 'ref' | 'status' | 'latestRag'>;
  readonly submitLabel: string;
  readonly saving: boolean;
  readonly onSubmit: (input: ActionInput) => Promise<unknown>;
  readonly onCancel: () => void;
}

/**
 * Creating and editing an action. Problems are shown the GOV.UK way: a summary at the top linking
 * to each field, and the message beside the field. Nothing is saved until every problem is fixed.
 */
export function ActionForm({
  initial,
  data,
  current,
  submitLabel,
  saving,
  onSubmit,
  onCancel,
}: ActionFormProps) {
  // A new action's blank form is not a saved record: it is what the form starts from, once.
  const [blank] = useState(initial);
  const recordForm = useRecordForm(current ? initial : blank);
  const { values: form, edit: setForm, set } = recordForm;
  const [refEdited, setRefEdited] = useState(Boolean(current));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const error = useCallback((field: string) => fieldError(problems, field), [problems]);
  const unsaved = useUnsavedChanges(recordForm.unsaved);

  const context: ActionContext = {
    ...actionContextOf(data),
    ownRef: current?.ref,
    statusChange: { from: current?.status ?? null, latestRag: current?.latestRag ?? null },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = readActionForm(form, context);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    try {
      unsaved.release();
      if (!(await recordForm.save(() => onSubmit(result.input)))) unsaved.keep();
      else setProblems([]);
    } catch (failure) {
      unsaved.keep();
      const found = problemsOf(failure);
      setProblems(found.length > 0 ? found : [{ field: 'title', message: messageOf(failure) }]);
    }
  };

  const changeBody = (bodyId: string) =>
    setForm((current) => ({
      ...current,
      bodyId,
      ref: refEdited ? current.ref : nextReference(bodyId, data.refs),
    }));

  const changeRows = useCallback(
    (primaryRow: FourPRowId | '', secondaryRows: readonly FourPRowId[]) =>
      setForm((current) => {
        const kept = new Set<FourPRowId>(
          primaryRow ? [primaryRow, ...secondaryRows] : secondaryRows,
        );
        return {
          ...current,
          primaryRow,
          secondaryRows: secondaryRows.filter((row) => row !== primaryRow),
          // Themes of a row the action has left are dropped: they are offered by row.
          themeIds: current.themeIds.filter((id) =>
            kept.has(data.themes.find((theme) => theme.id === id)?.rowId as FourPRowId),
          ),
        };
      }),
    [data.themes, setForm],
  );

  // The long sections (the links' hundred or so checkboxes, the delivery's text boxes that size
  // themselves) are drawn again only when one of their own fields changes, not at every key typed
  // in the title: on a phone, each key took a fifth of a second.
  const { primaryRow, secondaryRows, themeIds, recommendationNumbers, objectiveIds, swotIds } =
    form;
  const links = useMemo(
    () => ({ primaryRow, secondaryRows, themeIds, recommendationNumbers, objectiveIds, swotIds }),
    [primaryRow, secondaryRows, themeIds, recommendationNumbers, objectiveIds, swotIds],
  );
  const { leadAgency, leadOfficer, partners, start, due, milestones, successMeasure } = form;
  const delivery = useMemo(
    () => ({ leadAgency, leadOfficer, partners, start, due, milestones, successMeasure }),
    [leadAgency, leadOfficer, partners, start, due, milestones, successMeasure],
  );

  return (
    <form onSubmit={submit} noValidate>
      <ChangedElsewhere form={recordForm} what="action" labels={LABELS} />
      <ErrorSummary problems={problems} fieldIds={fieldIds(form)} />
      <Stack gap="lg" maw={880}>
        <Fieldset legend="The action">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                id={FIELD_IDS.bodyId}
                label="Owning body"
                value={form.bodyId}
                onChange={(event) => changeBody(event.currentTarget.value)}
                data={data.bodies.map((body) => ({ value: body.id, label: bodyDisplayName(body) }))}
                error={error('bodyId')}
              />
              <TextInput
                id={FIELD_IDS.ref}
                label="Reference"
                description="Unique in the workspace; suggested from the body’s code"
                value={form.ref}
                onChange={(event) => {
                  setRefEdited(true);
                  set('ref', event.currentTarget.value);
                }}
                error={error('ref')}
                autoComplete="off"
              />
            </SimpleGrid>
            <TextInput
              id={FIELD_IDS.title}
              label="Title"
              value={form.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              error={error('title')}
            />
            <Textarea
              id={FIELD_IDS.description}
              label="Description (optional)"
              autosize
              minRows={2}
              value={form.description}
              onChange={(event) => set('description', event.currentTarget.value)}
              error={error('description')}
            />
            <StatusField
              status={form.status}
              note={form.statusNote}
              current={current}
              onStatus={(status) => set('status', status)}
              onNote={(note) => set('statusNote', note)}
              error={error}
            />
          </Stack>
        </Fieldset>

        <ActionDeliveryFields form={delivery} set={set} error={error} />
        <ActionLinkFields form={links} data={data} set={set} error={error} onRows={changeRows} />
        <Group>
          <BusyButton type="submit" loading={saving}>
            {submitLabel}
          </BusyButton>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
