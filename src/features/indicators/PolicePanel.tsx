import { Alert, Card, Group, NativeSelect, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { availabilityOptions, categoriesOptions, useFetchPoliceFigures } from '../../api/police';
import { type Indicator } from '../../domain/indicators';
import { monthRange, periodLabel } from '../../domain/quarters';
import { BusyButton } from '../../components/BusyButton';

/** Fetches the indicator's monthly crime counts from data.police.uk, with progress. */
export default function PolicePanel({ indicator }: { readonly indicator: Indicator }) {
  const available = useQuery(availabilityOptions());
  const categories = useQuery(categoriesOptions());
  const fetching = useFetchPoliceFigures();
  const months = available.data ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const start = from || months[11] || months.at(-1) || '';
  const end = to || months[0] || '';
  const police = indicator.police;
  if (!police) return null;
  const categoryNames = police.categories
    .map((url) => categories.data?.find((c) => c.url === url)?.name ?? url)
    .join(', ');
  const area = [
    ...police.neighbourhoods.map((n) => n.name),
    ...(police.polygon.length ? [`a polygon of ${police.polygon.length} points`] : []),
  ].join(', ');
  const options = months.map((m) => ({ value: m, label: periodLabel(m) }));
  const progress = fetching.progress;
  return (
    <Card withBorder component="section" aria-labelledby="police-heading">
      <Title order={2} id="police-heading" size="h3" mb="xs">
        Crime figures from data.police.uk
      </Title>
      <Text mb="sm">
        Counts {categoryNames || 'no categories yet'} in {area || 'no area yet'}, month by month.
        Months already fetched are kept on this device and not fetched again.
      </Text>
      {available.isError ? (
        <Alert color="orange" title="data.police.uk could not be reached" mb="sm">
          {messageOf(available.error)}
        </Alert>
      ) : null}
      <Stack gap="sm">
        <Group align="flex-end">
          <NativeSelect
            label="From"
            value={start}
            onChange={(e) => setFrom(e.currentTarget.value)}
            data={options}
            disabled={months.length === 0}
          />
          <NativeSelect
            label="To"
            value={end}
            onChange={(e) => setTo(e.currentTarget.value)}
            data={options}
            disabled={months.length === 0}
          />
          <BusyButton
            loading={fetching.isPending}
            disabled={!start || !end || start > end}
            onClick={() => fetching.mutate({ indicator, months: monthRange(start, end) })}
          >
            Fetch figures
          </BusyButton>
        </Group>
        {progress ? (
          <div>
            <Progress
              value={progress.total ? (progress.done / progress.total) * 100 : 0}
              aria-label="Months fetched"
            />
            <Text size="sm" role="status" mt={4}>
              {progress.done} of {progress.total} monthly counts ready (one a month for each
              neighbourhood or polygon)
              {progress.cached ? `; ${progress.cached} were already on this device` : ''}.
            </Text>
          </div>
        ) : null}
        {fetching.isError ? (
          <Alert color="red" title="The figures were not fetched" role="alert">
            {messageOf(fetching.error)}
          </Alert>
        ) : null}
        {fetching.isSuccess ? (
          <Text role="status">
            Done: {fetching.data.fetched} monthly counts fetched, {fetching.data.cached} already on
            this device; {fetching.data.changed} values added or changed.
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
