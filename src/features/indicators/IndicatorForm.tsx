import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
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
import { categoriesOptions, neighbourhoodsOptions } from '../../api/police';
import { bodiesQuery, objectivesQuery, recommendationsQuery } from '../../api/queries';
import { CheckboxPicker } from '../../components/CheckboxPicker';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { bodyDisplayName } from '../../domain/bodies';
import { todayIso } from '../../domain/dates';
import {
  FREQUENCIES,
  POLARITIES,
  POLARITY_LABEL,
  ROLL_UP_LABEL,
  ROLL_UPS,
  type Indicator,
  type IndicatorInput,
} from '../../domain/indicators';
import { periodLabel } from '../../domain/quarters';
import { parsePolygon } from '../../domain/police';
import { quarterOfDate } from '../../domain/quarters';

const FIELD_IDS: Record<string, string> = {
  name: 'indicator-name',
  description: 'indicator-description',
  unit: 'indicator-unit',
  polarity: 'indicator-polarity',
  bodyId: 'indicator-body',
  source: 'indicator-source',
  baselineValue: 'indicator-baseline-value',
  baselinePeriod: 'indicator-baseline-period',
  tolerancePercent: 'indicator-tolerance',
  frequency: 'indicator-frequency',
  rollUp: 'indicator-roll-up',
  recommendationNumbers: 'indicator-recommendations',
  objectiveIds: 'indicator-objectives',
  police: 'indicator-neighbourhoods',
  polygon: 'indicator-polygon',
};

const targetFieldId = (field: string) => field.replace(/^targets\.(\d+)\.(\w+)$/, 'target-$1-$2');

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

/** Financial years around this one, and their quarters, as target periods. */
function targetPeriods(): { value: string; label: string }[] {
  const year = quarterOfDate(todayIso()).fyStart;
  return [year - 1, year, year + 1, year + 2].flatMap((fy) => [
    { value: String(fy), label: `${periodLabel(String(fy))}, whole year` },
    ...[1, 2, 3, 4].map((q) => ({ value: `${fy}-Q${q}`, label: periodLabel(`${fy}-Q${q}`) })),
  ]);
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
  const recommendations = useQuery(recommendationsQuery());
  const objectives = useQuery(objectivesQuery());
  const police = form.sourceKind === 'police';
  const neighbourhoods = useQuery({ ...neighbourhoodsOptions(), enabled: police });
  const categories = useQuery({ ...categoriesOptions(), enabled: police });
  const set = <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setTarget = (index: number, patch: Partial<IndicatorInput['targets'][number]>) =>
    set(
      'targets',
      form.targets.map((t, i) => (i === index ? { ...t, ...patch } : t)),
    );
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

        <Fieldset legend="Baseline and targets">
          <Stack gap="sm">
            <Group grow align="flex-start">
              <TextInput
                id={FIELD_IDS.baselineValue}
                label="Baseline value"
                inputMode="decimal"
                value={form.baselineValue}
                onChange={(e) => set('baselineValue', e.currentTarget.value)}
                error={error('baselineValue')}
              />
              <TextInput
                id={FIELD_IDS.baselinePeriod}
                label="Baseline period"
                description="Such as “May 2022 to April 2023”."
                value={form.baselinePeriod}
                onChange={(e) => set('baselinePeriod', e.currentTarget.value)}
                error={error('baselinePeriod')}
              />
            </Group>
            {form.targets.map((target, index) => (
              <Group key={index} align="flex-end">
                <NativeSelect
                  id={`target-${index}-period`}
                  label={`Target ${index + 1}: period`}
                  value={target.period}
                  onChange={(e) => setTarget(index, { period: e.currentTarget.value })}
                  data={targetPeriods()}
                  error={error(`targets.${index}.period`)}
                />
                <TextInput
                  id={`target-${index}-value`}
                  label={`Target ${index + 1}: value`}
                  inputMode="decimal"
                  value={target.value}
                  onChange={(e) => setTarget(index, { value: e.currentTarget.value })}
                  error={error(`targets.${index}.value`)}
                />
                <Button
                  variant="default"
                  onClick={() =>
                    set(
                      'targets',
                      form.targets.filter((_, i) => i !== index),
                    )
                  }
                >
                  Remove target {index + 1}
                </Button>
              </Group>
            ))}
            <div>
              <Button
                variant="default"
                onClick={() =>
                  set('targets', [
                    ...form.targets,
                    { period: String(quarterOfDate(todayIso()).fyStart), value: '' },
                  ])
                }
              >
                Add a target
              </Button>
            </div>
            <TextInput
              id={FIELD_IDS.tolerancePercent}
              label="Amber tolerance (% of the target)"
              description="How far short of target is still Amber rather than Red."
              inputMode="decimal"
              value={form.tolerancePercent}
              onChange={(e) => set('tolerancePercent', e.currentTarget.value)}
              error={error('tolerancePercent')}
              maw={280}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Values and source">
          <Stack gap="sm">
            <Radio.Group
              id={FIELD_IDS.frequency}
              label="Values are recorded"
              value={form.frequency}
              onChange={(value) => set('frequency', value as IndicatorInput['frequency'])}
              error={error('frequency')}
            >
              <Group mt={4}>
                {FREQUENCIES.map((f) => (
                  <Radio
                    key={f}
                    value={f}
                    label={f === 'quarterly' ? 'Per quarter' : 'Per month'}
                  />
                ))}
              </Group>
            </Radio.Group>
            {form.frequency === 'monthly' ? (
              <NativeSelect
                id={FIELD_IDS.rollUp}
                label="How months make a quarter"
                value={form.rollUp}
                onChange={(e) => set('rollUp', e.currentTarget.value as IndicatorInput['rollUp'])}
                data={ROLL_UPS.map((r) => ({ value: r, label: ROLL_UP_LABEL[r] }))}
                error={error('rollUp')}
              />
            ) : null}
            <Radio.Group
              label="Where the figures come from"
              value={form.sourceKind}
              onChange={(value) => {
                set('sourceKind', value as IndicatorInput['sourceKind']);
                if (value === 'police') set('frequency', 'monthly');
              }}
            >
              <Group mt={4}>
                <Radio value="manual" label="Entered by hand" />
                <Radio value="police" label="Street-level crime from data.police.uk" />
              </Group>
            </Radio.Group>
            {police ? (
              <>
                {neighbourhoods.isError || categories.isError ? (
                  <Alert color="orange" title="data.police.uk could not be reached">
                    {messageOf(neighbourhoods.error ?? categories.error)} You can still enter the
                    area as a polygon below.
                  </Alert>
                ) : null}
                <CheckboxPicker
                  id={FIELD_IDS.police}
                  legend="Metropolitan Police neighbourhoods"
                  description="The partnership’s area: one or more neighbourhoods, or a polygon below."
                  searchable
                  options={(neighbourhoods.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
                  value={policeSource.neighbourhoods.map((n) => n.id)}
                  onChange={(ids) =>
                    set('police', {
                      ...policeSource,
                      neighbourhoods: ids.map((id) => ({
                        id,
                        name:
                          neighbourhoods.data?.find((n) => n.id === id)?.name ??
                          policeSource.neighbourhoods.find((n) => n.id === id)?.name ??
                          id,
                      })),
                    })
                  }
                  error={error('police')}
                />
                <Textarea
                  id={FIELD_IDS.polygon}
                  label="Or a polygon"
                  description="Latitude,longitude pairs, one per line (at least three)."
                  value={polygonText}
                  onChange={(e) => setPolygonText(e.currentTarget.value)}
                  autosize
                  minRows={2}
                  error={error('polygon')}
                />
                <CheckboxPicker
                  legend="Crime categories to count"
                  options={(categories.data ?? []).map((c) => ({ value: c.url, label: c.name }))}
                  value={[...policeSource.categories]}
                  onChange={(urls) => set('police', { ...policeSource, categories: urls })}
                />
              </>
            ) : null}
            <Textarea
              id={FIELD_IDS.source}
              label="Source, in words"
              description="Who provides the figures, or where in the report the baseline is."
              value={form.source}
              onChange={(e) => set('source', e.currentTarget.value)}
              autosize
              minRows={1}
              error={error('source')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Links">
          <Stack gap="sm">
            <CheckboxPicker
              id={FIELD_IDS.recommendationNumbers}
              legend="Recommendations it tracks"
              searchable
              options={(recommendations.data ?? []).map((r) => ({
                value: String(r.number),
                label: `${r.number}. ${r.text.length > 80 ? `${r.text.slice(0, 79)}…` : r.text}`,
              }))}
              value={form.recommendationNumbers.map(String)}
              onChange={(values) => set('recommendationNumbers', values.map(Number))}
              error={error('recommendationNumbers')}
            />
            <CheckboxPicker
              id={FIELD_IDS.objectiveIds}
              legend="Board objectives it tracks"
              options={(objectives.data ?? []).map((o) => ({
                value: o.id,
                label: `${o.code}: ${o.title}`,
              }))}
              value={[...form.objectiveIds]}
              onChange={(values) => set('objectiveIds', values)}
              error={error('objectiveIds')}
            />
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {indicator ? 'Save changes' : 'Create indicator'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
