import { useMayManage } from '../../api/role';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { messageOf } from '../../api/errors';
import { useAddDraftIndicators } from '../../api/mutations';
import { bodiesQuery, indicatorsQuery, settingsQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { focusPageTitle, PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RagBadge } from '../../components/RagBadge';
import { bodyDisplayName } from '../../domain/bodies';
import { formatFigure } from '../../domain/figures';
import { todayIso } from '../../domain/dates';
import {
  INDICATOR_DIRECTION_LABEL,
  indicatorQuarters,
  POLARITY_LABEL,
} from '../../domain/indicators';
import { periodLabel } from '../../domain/quarters';
import { quarterKey } from '../../domain/quarters';
import { reportingQuarterOf } from '../../domain/workspace';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';

/** Every outcome indicator with its latest complete quarter against target. */
export function IndicatorsPage() {
  const mayManage = useMayManage();
  const data = useQuery(indicatorsQuery());
  const bodies = useQuery(bodiesQuery());
  const settings = useQuery(settingsQuery());
  const reporting = quarterKey(reportingQuarterOf(settings.data, todayIso()));
  const addDrafts = useAddDraftIndicators();
  const bodyName = (id: string) => {
    const body = bodies.data?.find((b) => b.id === id);
    return body ? bodyDisplayName(body) : id;
  };
  return (
    <>
      <PageHeader
        title="Outcome indicators"
        lead="Whether anything changed for residents: each indicator’s latest complete quarter against its target, with the RAG in words and the direction of travel."
      >
        <Group hidden={!mayManage}>
          <Button component={Link} to="/indicators/new">
            New indicator
          </Button>
        </Group>
      </PageHeader>
      <QueryState query={data} what="the indicators">
        {({ indicators, values }) =>
          indicators.length === 0 ? (
            <EmptyState title="No indicators yet">
              <Stack gap="sm" align="flex-start">
                <span>
                  The research report gives baselines for seven candidate indicators. Add them as
                  drafts for the board to agree, or create your own.
                </span>
                <BusyButton
                  variant="default"
                  loading={addDrafts.isPending}
                  onClick={() =>
                    addDrafts.mutate(undefined, {
                      onSuccess: (count) => {
                        // The button went with the empty list: the focus starts again at the top.
                        focusPageTitle();
                        notifications.show({
                          color: 'green',
                          title: 'Draft indicators added',
                          message: `${count} draft indicators from the report`,
                        });
                      },
                      onError: (error) =>
                        notifications.show({
                          color: 'red',
                          title: 'Not added',
                          message: messageOf(error),
                        }),
                    })
                  }
                >
                  Add the report’s draft indicators
                </BusyButton>
              </Stack>
            </EmptyState>
          ) : (
            <ScrollingTable label="Indicators" minWidth={900}>
              <Table withTableBorder striped>
                <Table.Caption>
                  {indicators.length} indicators. RAG and direction are for the latest complete
                  quarter up to the reporting quarter.
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Indicator</Table.Th>
                    <Table.Th scope="col">Owner</Table.Th>
                    <Table.Th scope="col">Better when</Table.Th>
                    <Table.Th scope="col">Baseline</Table.Th>
                    <Table.Th scope="col">Latest quarter</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Value
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Target
                    </Table.Th>
                    <Table.Th scope="col">RAG</Table.Th>
                    <Table.Th scope="col">Direction</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {indicators.map((indicator) => {
                    const latest = indicatorQuarters(
                      indicator,
                      values.filter((v) => v.indicatorId === indicator.id),
                    )
                      .filter((q) => q.complete && q.quarter <= reporting)
                      .at(-1);
                    return (
                      <Table.Tr key={indicator.id}>
                        <Table.Td>
                          <Group gap={6}>
                            <Anchor component={Link} to={`/indicators/${indicator.id}`}>
                              {indicator.name}
                            </Anchor>
                            {indicator.draft ? (
                              <Badge
                                variant="outline"
                                color="gray"
                                size="sm"
                                style={{ flexShrink: 0 }}
                              >
                                Draft
                              </Badge>
                            ) : null}
                          </Group>
                          <Text size="xs" c="dimmed">
                            {indicator.unit}
                            {indicator.sourceKind === 'police' ? ' · from data.police.uk' : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>{bodyName(indicator.bodyId)}</Table.Td>
                        <Table.Td>
                          {POLARITY_LABEL[indicator.polarity].replace(' is better', '')}
                        </Table.Td>
                        <Table.Td>
                          {indicator.baseline
                            ? `${formatFigure(indicator.baseline.value)} (${indicator.baseline.period})`
                            : 'None'}
                        </Table.Td>
                        <Table.Td>
                          {latest ? periodLabel(latest.quarter) : 'No values yet'}
                        </Table.Td>
                        <Table.Td ta="right">{formatFigure(latest?.value)}</Table.Td>
                        <Table.Td ta="right">{formatFigure(latest?.target)}</Table.Td>
                        <Table.Td>
                          {latest?.rag ? (
                            <RagBadge status={latest.rag} />
                          ) : (
                            <Text size="sm">{latest ? 'No target' : 'No RAG'}</Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {INDICATOR_DIRECTION_LABEL[latest?.direction ?? 'not-known']}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollingTable>
          )
        }
      </QueryState>
      <Alert color="blue" variant="light" mt="lg" title="How RAG is judged">
        Green: the quarter meets its target. Amber: short of it by no more than the indicator’s
        tolerance (a percentage of the target). Red: further off. A quarter with a month missing is
        shown but not judged.
      </Alert>
    </>
  );
}
