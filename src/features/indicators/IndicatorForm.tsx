import { Checkbox, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useUnsavedChanges } from '../../components/reasonsToStay';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { useRecordForm } from '../../lib/useRecordForm';
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
  NO_POLICE_AREA,
  POLARITIES,
  POLARITY_LABEL,
  type Indicator,
  type IndicatorInput,
} from '../../domain/indicators';
import { parsePolygon } from '../../domain/polygon';
import { BusyButton } from '../../components/BusyButton';

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
    police: indicator?.police ?? NO_POLICE_AREA,
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

/** The form's values: the indicator's, with its polygon as typed, a point a line. */
type IndicatorFormValues = IndicatorInput & { readonly polygonText: string };

const valuesOf = (indicator: Indicator | null): IndicatorFormValues => ({
  ...inputOf(indicator),
  polygonText: (indicator?.police?.polygon ?? []).map(([lat, lng]) => `${lat},${lng}`).join('\n'),
});

const LABELS: Record<keyof IndicatorFormValues, string> = {
  name: 'Name',
  description: 'Description',
  unit: 'Unit',
  polarity: 'Which way is better?',
  bodyId: 'Owning body',
  draft: 'Draft',
  source: 'Source, in words',
  sourceKind: 'Where the figures come from',
  police: 'Neighbourhoods and crime categories',
  polygonText: 'Polygon',
  baselineValue: 'Baseline value',
  baselinePeriod: 'Baseline period',
  targets: 'Targets',
  tolerancePercent: 'Amber tolerance',
  frequency: 'Values are recorded',
  rollUp: 'How months make a quarter',
  recommendationNumbers: 'Recommendations it tracks',
  objectiveIds: 'Board objectives it tracks',
};

/** Creates or edits an indicator; every rule is the domain's, shown beside its field. */
export function IndicatorForm({
  indicator,
  onSaved,
}: {
  readonly indicator: Indicator | null;
  readonly onSaved: (saved: Indicator) => void;
}) {
  const recordForm = useRecordForm(valuesOf(indicator));
  const { polygonText, ...form } = recordForm.values;
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const bodies = useQuery(bodiesQuery());
  const police = form.sourceKind === 'police';
  const set = <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) =>
    recordForm.edit((f) => ({ ...f, [key]: value }));
  const policeSource = form.police ?? NO_POLICE_AREA;
  const error = (field: string) => fieldError(problems, field);
  const unsaved = useUnsavedChanges(recordForm.unsaved);

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
      const saved = await recordForm.save(() =>
        indicator ? update.mutateAsync({ id: indicator.id, input }) : create.mutateAsync(input),
      );
      if (!saved) return;
      setProblems([]);
      unsaved.release();
      onSaved(saved.answer);
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
      <ChangedElsewhere form={recordForm} what="indicator" labels={LABELS} />
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
          onPolygonText={(text) => recordForm.set('polygonText', text)}
        />
        <IndicatorLinkFields form={form} set={set} error={error} />
        <Group>
          <BusyButton type="submit" loading={create.isPending || update.isPending}>
            {indicator ? 'Save changes' : 'Create indicator'}
          </BusyButton>
        </Group>
      </Stack>
    </form>
  );
}
