import { Alert, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/errors';
import { categoriesOptions, neighbourhoodsOptions } from '../../api/police';
import { CheckboxPicker } from '../../components/CheckboxPicker';
import type { FormSectionProps } from '../../components/formSection';
import type { IndicatorInput, PoliceSource } from '../../domain/indicators';
import { FIELD_IDS } from './indicatorFieldIds';

/**
 * Where an indicator counted from data.police.uk counts: its neighbourhoods (or a polygon, typed)
 * and the crime categories, with the API's lists of both. The indicator form loads it only when
 * that source is chosen.
 */
export interface PoliceSourceFieldsProps extends Pick<FormSectionProps<IndicatorInput>, 'error'> {
  readonly source: PoliceSource;
  readonly onSource: (source: PoliceSource) => void;
  /** The polygon as typed (latitude,longitude per line); read when the form is saved. */
  readonly polygonText: string;
  readonly onPolygonText: (text: string) => void;
}

export default function PoliceSourceFields({
  source,
  onSource,
  error,
  polygonText,
  onPolygonText,
}: PoliceSourceFieldsProps) {
  const neighbourhoods = useQuery(neighbourhoodsOptions());
  const categories = useQuery(categoriesOptions());
  return (
    <>
      {neighbourhoods.isError || categories.isError ? (
        <Alert color="orange" title="data.police.uk could not be reached">
          {messageOf(neighbourhoods.error ?? categories.error)} You can still enter the area as a
          polygon below.
        </Alert>
      ) : null}
      <CheckboxPicker
        id={FIELD_IDS.police}
        legend="Metropolitan Police neighbourhoods"
        description="The partnership’s area: one or more neighbourhoods, or a polygon below."
        searchable
        options={(neighbourhoods.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
        value={source.neighbourhoods.map((n) => n.id)}
        onChange={(ids) =>
          onSource({
            ...source,
            neighbourhoods: ids.map((id) => ({
              id,
              name:
                neighbourhoods.data?.find((n) => n.id === id)?.name ??
                source.neighbourhoods.find((n) => n.id === id)?.name ??
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
        onChange={(e) => onPolygonText(e.currentTarget.value)}
        autosize
        minRows={2}
        error={error('polygon')}
      />
      <CheckboxPicker
        legend="Crime categories to count"
        options={(categories.data ?? []).map((c) => ({ value: c.url, label: c.name }))}
        value={[...source.categories]}
        onChange={(urls) => onSource({ ...source, categories: urls })}
      />
    </>
  );
}
