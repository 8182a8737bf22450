import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useUnsavedChanges } from '../../components/UnsavedChangesGuard';
import { messageOf, problemsOf } from '../../api/errors';
import { useCreateIndicator, useUpdateIndicator } from '../../api/mutations';
import { bodiesQuery } from '../../api/queries';
import { FIELD_IDS, targetFieldId } from './indicatorFieldIds';
import { IndicatorLinkFields } from './IndicatorLinkFields';
import { IndicatorSourceFields } from './IndicatorSourceFields';
import { IndicatorTargetFields } from './IndicatorTargetFields';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { bodyDisplayName } from '../../domain/bodies';
import {
  POLARITIES,
  POLARITY_LABEL,
  type Indicator,
  type IndicatorInput,
} from '../../domain/indicators';
import { parsePolygon } from '../../domain/police';

function inputOf(indicator: Indicator | null): IndicatorInput {
  return {
    name: indicator?.name ?? '',
    description: indicator?.description ?? '',
    unit: indicator?.unit ?? '',
    polarity: indicator?.polarity ?? 'lower-is-better',
    bodyId: indicator?.bodyId ?? 'BOARD',
    draft: indicator?.draft ?? false,
    source: indicator?.source ?? '',
    sourceKind: indicator?.sourceKind ?? 'manual',
    police: indicator?.police ?? { neighbourhoods: [], polygon: [], categories: [] },
    baselineValue: indicator?.baseline ? String(indicator.baseline.value) : '',
    baselinePeriod: indicator?.baseline?.period ?? '',
    targets: (indicator?.targets ?? []).map((t) => ({ period: t.period, value: String(t.value) })),
    tolerancePercent: String(indicator?.tolerancePercent ?? 10),
    frequency: indicator?.frequency ?? 'quarterly',
    rollUp: indicator?.rollUp ?? 'sum',
    recommendationNumbers: indicator?.recommendationNumbers ?? [],
    objectiveIds: indicator?.objectiveIds ?? [],
  };
}

/** Creates or edits an indicator; every rule is the domain's, shown beside its field. */
export function IndicatorForm({
  indicator,
  onSaved,
}: {
  readonly indicator: Indicator | null;
  readonly onSaved: (saved: Indicator) => void;
}) {
  const [form, setForm] = useState<IndicatorInput>(() => inputOf(indicator));
  const [polygonText, setPolygonText] = useState(() =>
    (indicator?.police?.polygon ?? []).map(([lat, lng]) => `${lat},${lng}`).join('\n'),
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const bodies = useQuery(bodiesQuery());
  const police = form.sourceKind === 'police';
  const set = <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const policeSource = form.police ?? { neighbourhoods: [], polygon: [], categories: [] };
  const error = (field: string) => fieldError(problems, field);
  const [initial] = useState(() => JSON.stringify(inputOf(indicator)));
  const [initialPolygon] = useState(polygonText);
  const unsaved = useUnsavedChanges(
    JSON.stringify(form) !== initial || polygonText !== initialPolygon,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const polygon = polygonText.trim() === '' ? [] : parsePolygon(polygonText);
    if (police && polygon === undefined) {
      setProblems([
        {
          field: 'polygon',
          message:
            'Enter the polygon as latitude,longitude pairs, one per line, with at least three points',
        },
      ]);
      return;
    }
    const input: IndicatorInput = {
      ...form,
      police: police ? { ...policeSource, polygon: polygon ?? [] } : null,
    };
    try {
      const saved = indicator
        ? await update.mutateAsync({ id: indicator.id, input })
        : await create.mutateAsync(input);
      setProblems([]);
      unsaved.release();
      onSaved(saved);
    } catch (caught) {
      const found = problemsOf(caught);
      setProblems(found);
      if (found.length === 0) setFailure(messageOf(caught));
    }
  };

  const fieldIds = {
    ...FIELD_IDS,
    ...Object.fromEntries(
      problems
        .filter((p) => p.field.startsWith('targets.'))
        .map((p) => [p.field, targetFieldId(p.field)]),
    ),
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Indicator">
      {unsaved.dialog}
      <ErrorSummary
        problems={failure ? [{ field: 'name', message: failure }] : problems}
        fieldIds={fieldIds}
      />
      <Stack gap="md" maw={760}>
        <TextInput
          id={FIELD_IDS.name}
          label="Name"
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={error('name')}
          required
        />
        <Textarea
          id={FIELD_IDS.description}
          label="Description"
          description="What it measures and why it matters to residents."
          value={form.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          autosize
          minRows={2}
          error={error('description')}
        />
        <Group grow align="flex-start">
          <TextInput
            id={FIELD_IDS.unit}
            label="Unit"
            description="Such as “crimes”, “%” or “months”."
            value={form.unit}
            onChange={(e) => set('unit', e.currentTarget.value)}
            error={error('unit')}
            required
          />
          <NativeSelect
            id={FIELD_IDS.bodyId}
            label="Owning body"
            value={form.bodyId}
            onChange={(e) => set('bodyId', e.currentTarget.value)}
            data={(bodies.data ?? []).map((b) => ({ value: b.id, label: bodyDisplayName(b) }))}
            error={error('bodyId')}
          />
        </Group>
        <Radio.Group
          id={FIELD_IDS.polarity}
          label="Which way is better?"
          value={form.polarity}
          onChange={(value) => set('polarity', value as IndicatorInput['polarity'])}
          error={error('polarity')}
        >
          <Group mt={4}>
            {POLARITIES.map((p) => (
              <Radio key={p} value={p} label={POLARITY_LABEL[p]} />
            ))}
          </Group>
        </Radio.Group>
        <Checkbox
          label="Draft: not yet agreed by the board"
          checked={form.draft}
          onChange={(e) => set('draft', e.currentTarget.checked)}
        />

        <IndicatorTargetFields form={form} set={set} error={error} />
        <IndicatorSourceFields
          form={form}
          set={set}
          error={error}
          polygonText={polygonText}
          onPolygonText={setPolygonText}
        />
        <IndicatorLinkFields form={form} set={set} error={error} />
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {indicator ? 'Save changes' : 'Create indicator'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
