import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { problemsOf, messageOf } from '../../api/errors';
import { DateInput } from '../../components/DateInput';
import { useUnsavedChanges } from '../../components/UnsavedChangesGuard';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import type { Action } from '../../domain/actions';
import { StatusField, STATUS_FIELD_IDS } from './StatusField';
import {
  actionContextOf,
  EMPTY_DATE,
  readActionForm,
  type ActionFormData,
  type ActionContext,
  type ActionForm as ActionFormValues,
  type ActionInput,
} from '../../domain/actionRules';
import { bodyDisplayName } from '../../domain/bodies';
import { nextReference } from '../../domain/references';
import {
  FOUR_P_ROWS,
  fourPRowName,
  themesForRows,
  type FourPRowId,
} from '../../domain/strategicTool';
import { QUADRANT_SINGULAR } from '../../domain/swot';

const FIELD_IDS = {
  ref: 'action-ref',
  bodyId: 'action-body',
  title: 'action-title',
  description: 'action-description',
  ...STATUS_FIELD_IDS,
  startDate: 'action-start',
  dueDate: 'action-due',
  successMeasure: 'action-success',
  primaryRow: 'action-row-pursue',
  secondaryRows: 'action-secondary-pursue',
  themeIds: 'action-themes',
  recommendationNumbers: 'action-recommendations',
  objectiveIds: 'action-objectives',
  swotIds: 'action-swot',
} as const;

function fieldIds(form: ActionFormValues): Record<string, string> {
  const ids: Record<string, string> = { ...FIELD_IDS };
  form.milestones.forEach((_, index) => {
    ids[`milestones.${index}.title`] = `milestone-${index}-title`;
    ids[`milestones.${index}.dueDate`] = `milestone-${index}-due`;
  });
  return ids;
}

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

interface ActionFormProps {
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
  const [form, setForm] = useState<ActionFormValues>(initial);
  const [refEdited, setRefEdited] = useState(Boolean(current));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const set = <K extends keyof ActionFormValues>(field: K, value: ActionFormValues[K]) =>
    setForm((current) => ({ ...current, [field]: value }));
  const error = (field: string) => fieldError(problems, field);
  const unsaved = useUnsavedChanges(JSON.stringify(form) !== JSON.stringify(initial));

  const context: ActionContext = {
    ...actionContextOf(data),
    ownRef: current?.ref,
    statusChange: { from: current?.status ?? null, latestRag: current?.latestRag ?? null },
  };

  const rows: FourPRowId[] = form.primaryRow
    ? [form.primaryRow, ...form.secondaryRows]
    : [...form.secondaryRows];
  const offeredThemes = themesForRows(rows, data.themes);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = readActionForm(form, context);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    try {
      unsaved.release();
      await onSubmit(result.input);
      setProblems([]);
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

  const changeRows = (primaryRow: FourPRowId | '', secondaryRows: readonly FourPRowId[]) =>
    setForm((current) => {
      const kept = new Set<FourPRowId>(primaryRow ? [primaryRow, ...secondaryRows] : secondaryRows);
      return {
        ...current,
        primaryRow,
        secondaryRows: secondaryRows.filter((row) => row !== primaryRow),
        // Themes of a row the action has left are dropped: they are offered by row.
        themeIds: current.themeIds.filter((id) =>
          kept.has(data.themes.find((theme) => theme.id === id)?.rowId as FourPRowId),
        ),
      };
    });

  return (
    <form onSubmit={submit} noValidate>
      {unsaved.dialog}
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

        <Fieldset legend="Who delivers it">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Lead agency (optional)"
                value={form.leadAgency}
                onChange={(event) => set('leadAgency', event.currentTarget.value)}
              />
              <TextInput
                label="Lead officer (optional)"
                value={form.leadOfficer}
                onChange={(event) => set('leadOfficer', event.currentTarget.value)}
              />
            </SimpleGrid>
            <Textarea
              label="Partner agencies (optional)"
              description="One per line"
              autosize
              minRows={2}
              value={form.partners}
              onChange={(event) => set('partners', event.currentTarget.value)}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="When">
          <Stack gap="md">
            <Group align="flex-start" gap="xl">
              <DateInput
                id={FIELD_IDS.startDate}
                legend="Start date"
                hint="For example, 1 4 2026"
                value={form.start}
                onChange={(value) => set('start', value)}
                error={error('startDate')}
              />
              <DateInput
                id={FIELD_IDS.dueDate}
                legend="Due date"
                hint="For example, 31 3 2027"
                value={form.due}
                onChange={(value) => set('due', value)}
                error={error('dueDate')}
              />
            </Group>
            <Text fw={600} size="sm">
              Milestones
            </Text>
            {form.milestones.length === 0 ? (
              <Text size="sm" c="dimmed">
                No milestones yet.
              </Text>
            ) : null}
            {form.milestones.map((milestone, index) => (
              <Group key={milestone.id} align="flex-end" gap="md" wrap="wrap">
                <TextInput
                  id={`milestone-${index}-title`}
                  label={`Milestone ${index + 1}`}
                  value={milestone.title}
                  onChange={(event) => {
                    const title = event.currentTarget.value;
                    set(
                      'milestones',
                      form.milestones.map((m, i) => (i === index ? { ...m, title } : m)),
                    );
                  }}
                  error={error(`milestones.${index}.title`)}
                  w={320}
                />
                <DateInput
                  id={`milestone-${index}-due`}
                  legend={`Milestone ${index + 1} due date`}
                  value={milestone.due}
                  onChange={(due) =>
                    set(
                      'milestones',
                      form.milestones.map((m, i) => (i === index ? { ...m, due } : m)),
                    )
                  }
                  error={error(`milestones.${index}.dueDate`)}
                />
                <Checkbox
                  label="Done"
                  checked={milestone.done}
                  onChange={(event) => {
                    const done = event.currentTarget.checked;
                    set(
                      'milestones',
                      form.milestones.map((m, i) => (i === index ? { ...m, done } : m)),
                    );
                  }}
                  mb={8}
                />
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    set(
                      'milestones',
                      form.milestones.filter((_, i) => i !== index),
                    )
                  }
                >
                  Remove milestone {index + 1}
                </Button>
              </Group>
            ))}
            <div>
              <Button
                variant="light"
                onClick={() =>
                  set('milestones', [
                    ...form.milestones,
                    { id: crypto.randomUUID(), title: '', due: EMPTY_DATE, done: false },
                  ])
                }
              >
                Add a milestone
              </Button>
            </div>
            <Textarea
              id={FIELD_IDS.successMeasure}
              label="Success measure (optional)"
              description="How the partnership will know it worked"
              autosize
              minRows={2}
              value={form.successMeasure}
              onChange={(event) => set('successMeasure', event.currentTarget.value)}
              error={error('successMeasure')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Where it sits on the strategic tool">
          <Stack gap="md">
            <Radio.Group
              label="Primary 4P row"
              value={form.primaryRow}
              onChange={(value) => changeRows(value as FourPRowId, form.secondaryRows)}
              error={error('primaryRow')}
            >
              <Stack gap={6} mt={6}>
                {FOUR_P_ROWS.map((row) => (
                  <Radio key={row} id={`action-row-${row}`} value={row} label={fourPRowName(row)} />
                ))}
              </Stack>
            </Radio.Group>
            <Checkbox.Group
              label="Secondary rows (optional)"
              value={[...form.secondaryRows]}
              onChange={(value) => changeRows(form.primaryRow, value as FourPRowId[])}
              error={error('secondaryRows')}
            >
              <Stack gap={6} mt={6}>
                {FOUR_P_ROWS.filter((row) => row !== form.primaryRow).map((row) => (
                  <Checkbox
                    key={row}
                    id={`action-secondary-${row}`}
                    value={row}
                    label={fourPRowName(row)}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Checkbox.Group
              id={FIELD_IDS.themeIds}
              label="Intervention themes (optional)"
              description={
                rows.length === 0
                  ? 'Choose a 4P row first: the themes offered are those of the rows chosen.'
                  : 'The themes of the rows chosen'
              }
              value={[...form.themeIds]}
              onChange={(value) => set('themeIds', value)}
              error={error('themeIds')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
                {offeredThemes.map((theme) => (
                  <Checkbox key={theme.id} value={theme.id} label={theme.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend="What it responds to">
          <Stack gap="md">
            <Checkbox.Group
              id={FIELD_IDS.recommendationNumbers}
              label="Recommendations"
              value={form.recommendationNumbers.map(String)}
              onChange={(value) => set('recommendationNumbers', value.map(Number))}
              error={error('recommendationNumbers')}
            >
              <div className="scroll-box">
                {data.recommendations.map((r) => (
                  <Checkbox
                    key={r.number}
                    value={String(r.number)}
                    label={`${r.number}. ${r.text}`}
                    mb={6}
                  />
                ))}
              </div>
            </Checkbox.Group>
            {data.objectives.length > 0 ? (
              <Checkbox.Group
                id={FIELD_IDS.objectiveIds}
                label="Board objectives"
                value={[...form.objectiveIds]}
                onChange={(value) => set('objectiveIds', value)}
                error={error('objectiveIds')}
              >
                <Stack gap={6} mt={6}>
                  {data.objectives.map((objective) => (
                    <Checkbox
                      key={objective.id}
                      value={objective.id}
                      label={`${objective.code} ${objective.title} (${objective.financialYear}/${String((objective.financialYear + 1) % 100).padStart(2, '0')})`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            ) : null}
            <Checkbox.Group
              id={FIELD_IDS.swotIds}
              label="SWOT items"
              value={[...form.swotIds]}
              onChange={(value) => set('swotIds', value)}
              error={error('swotIds')}
            >
              <div className="scroll-box">
                {data.swotItems.map((item) => (
                  <Checkbox
                    key={item.id}
                    value={item.id}
                    label={`${item.id} (${QUADRANT_SINGULAR[item.quadrant]}): ${item.text}`}
                    mb={6}
                  />
                ))}
              </div>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
