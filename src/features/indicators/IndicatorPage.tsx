import { useMayManage } from '../../api/role';
import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { bodiesQuery, indicatorQuery, objectivesQuery } from '../../api/queries';
import { ChartFrame } from '../../components/ChartFrame';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueryState } from '../../components/QueryState';
import { RagBadge } from '../../components/RagBadge';
import { bodyDisplayName } from '../../domain/bodies';
import { formatFigure } from '../../domain/figures';
import {
  INDICATOR_DIRECTION_LABEL,
  indicatorQuarters,
  POLARITY_LABEL,
  ROLL_UP_LABEL,
  type Indicator,
  type IndicatorQuarter,
  type IndicatorValue,
} from '../../domain/indicators';
import { periodLabel } from '../../domain/quarters';
import { RAG } from '../../domain/rag';
import { ValueForm, ValuesTable } from './IndicatorValues';
import { ScrollingTable } from '../../components/ScrollingTable';

const ValueTrend = lazy(() => import('../../components/charts/ValueTrend'));
/** Only an indicator counted from data.police.uk has it, with the API's checks (zod, 25 KB). */
const PolicePanel = lazy(() => import('./PolicePanel'));

function trendSummary(indicator: Indicator, quarters: readonly IndicatorQuarter[]): string {
  const latest = quarters.filter((q) => q.complete).at(-1);
  if (!latest) return 'No complete quarter has a value yet.';
  const against =
    latest.target === null
      ? 'with no target set'
      : `against a target of ${formatFigure(latest.target)}: ${latest.rag ? RAG[latest.rag].label : 'no RAG'}`;
  return `${periodLabel(latest.quarter)}: ${formatFigure(latest.value)} ${indicator.unit} ${against}; ${INDICATOR_DIRECTION_LABEL[latest.direction].toLowerCase()} on the quarter before (${POLARITY_LABEL[indicator.polarity].toLowerCase()}).`;
}

/** One indicator: its definition, its trend against target, its values, and where they come from. */
export function IndicatorPage() {
  const id = useParams().id ?? '';
  const query = useQuery(indicatorQuery(id));
  return (
    <QueryState query={query} what="the indicator">
      {(data) =>
        data ? (
          <IndicatorView indicator={data.indicator} values={data.values} />
        ) : (
          <IndicatorNotFound />
        )
      }
    </QueryState>
  );
}

export function IndicatorNotFound() {
  return (
    <>
      <PageHeader title="Indicator not found" />
      <Text>
        It may have been removed in another tab.{' '}
        <Anchor component={Link} to="/indicators">
          See all indicators
        </Anchor>
      </Text>
    </>
  );
}

function IndicatorView({
  indicator,
  values,
}: {
  readonly indicator: Indicator;
  readonly values: readonly IndicatorValue[];
}) {
  const mayManage = useMayManage();
  const bodies = useQuery(bodiesQuery());
  const objectives = useQuery(objectivesQuery());
  const quarters = indicatorQuarters(indicator, values);
  const body = bodies.data?.find((b) => b.id === indicator.bodyId);
  const monthly = indicator.frequency === 'monthly';
  const facts: [string, ReactNode][] = [
    ['Owner', body ? bodyDisplayName(body) : indicator.bodyId],
    ['Unit', indicator.unit],
    ['Which way is better', POLARITY_LABEL[indicator.polarity]],
    [
      'Baseline',
      indicator.baseline
        ? `${formatFigure(indicator.baseline.value)} (${indicator.baseline.period})`
        : 'None',
    ],
    [
      'Targets',
      indicator.targets.length
        ? indicator.targets
            .map((t) => `${periodLabel(t.period)}: ${formatFigure(t.value)}`)
            .join('; ')
        : 'None set',
    ],
    ['Amber tolerance', `${formatFigure(indicator.tolerancePercent)}% of the target`],
    [
      'Values',
      monthly ? `Per month; ${ROLL_UP_LABEL[indicator.rollUp].toLowerCase()}` : 'Per quarter',
    ],
    [
      'Source',
      `${indicator.sourceKind === 'police' ? 'data.police.uk street-level crime. ' : ''}${indicator.source || 'Not stated'}`,
    ],
    [
      'Recommendations',
      indicator.recommendationNumbers.length ? (
        <Group gap={6} component="span">
          {indicator.recommendationNumbers.map((n) => (
            <Anchor key={n} component={Link} to={`/recommendations/${n}`}>
              {n}
            </Anchor>
          ))}
        </Group>
      ) : (
        'None'
      ),
    ],
    [
      'Objectives',
      indicator.objectiveIds
        .map((oid) => objectives.data?.find((o) => o.id === oid)?.title ?? oid)
        .join('; ') || 'None',
    ],
  ];
  return (
    <>
      <PageHeader title={indicator.name} lead={indicator.description || undefined}>
        <Group>
          {indicator.draft ? (
            <Badge variant="outline" color="gray">
              Draft
            </Badge>
          ) : null}
          {mayManage ? (
            <Button component={Link} to={`/indicators/${indicator.id}/edit`} variant="default">
              Edit indicator
            </Button>
          ) : null}
        </Group>
      </PageHeader>
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="xs" className="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" fw={700}>
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>

        <ChartFrame
          id="indicator-trend"
          title="Value by quarter, against target"
          summary={trendSummary(indicator, quarters)}
          custom={
            quarters.length > 0 ? (
              <Suspense
                fallback={
                  <Text size="sm" role="status">
                    Loading the chart…
                  </Text>
                }
              >
                <ValueTrend
                  unit={indicator.unit}
                  points={quarters.map((q) => ({
                    label: periodLabel(q.quarter),
                    value: q.value,
                    target: q.target,
                  }))}
                />
              </Suspense>
            ) : undefined
          }
          table={<QuarterTable quarters={quarters} monthly={monthly} />}
        />

        {indicator.sourceKind === 'police' ? (
          <Suspense fallback={<Loading what="the crime figures from data.police.uk" />}>
            <PolicePanel indicator={indicator} />
          </Suspense>
        ) : null}

        <section aria-labelledby="values-heading">
          <Title order={2} id="values-heading" mb="sm">
            Values
          </Title>
          <ValueForm indicator={indicator} />
          <ValuesTable indicator={indicator} values={values} />
        </section>
      </Stack>
    </>
  );
}

function QuarterTable({
  quarters,
  monthly,
}: {
  readonly quarters: readonly IndicatorQuarter[];
  readonly monthly: boolean;
}) {
  if (quarters.length === 0) return <Text>No values yet.</Text>;
  return (
    <ScrollingTable label="Each quarter’s value, target, RAG and direction of travel">
      <Table withTableBorder>
        <Table.Caption>Each quarter’s value, target, RAG and direction of travel</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Quarter</Table.Th>
            <Table.Th scope="col" ta="right">
              Value
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Target
            </Table.Th>
            <Table.Th scope="col">RAG</Table.Th>
            <Table.Th scope="col">Direction</Table.Th>
            {monthly ? <Table.Th scope="col">Months held</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quarters.map((q) => (
            <Table.Tr key={q.quarter}>
              <Table.Th scope="row">{periodLabel(q.quarter)}</Table.Th>
              <Table.Td ta="right">{formatFigure(q.value)}</Table.Td>
              <Table.Td ta="right">{formatFigure(q.target)}</Table.Td>
              <Table.Td>
                {q.rag ? (
                  <RagBadge status={q.rag} />
                ) : q.complete ? (
                  'No target'
                ) : (
                  'Not judged: months missing'
                )}
              </Table.Td>
              <Table.Td>{INDICATOR_DIRECTION_LABEL[q.direction]}</Table.Td>
              {monthly ? <Table.Td>{q.months} of 3</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
