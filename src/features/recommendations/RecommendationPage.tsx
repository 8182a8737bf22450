import { useMayManage } from '../../api/role';
import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { actionsQuery, bodiesQuery, recommendationQuery, swotQuery } from '../../api/queries';
import { ACTION_STATUS_LABEL } from '../../domain/actions';
import { DELIVERY_LABEL, isLive, recommendationDelivery } from '../../domain/coverage';
import { RagBadge } from '../../components/RagBadge';
import { History } from '../../components/History';
import { FourPRowBadge } from '../../components/names';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { bodyDisplayName } from '../../domain/bodies';
import { LEVEL_LABEL, RESPONSE_LABEL } from '../../domain/recommendations';
import { QUADRANT_SINGULAR } from '../../domain/swot';
import { ResponseForm } from './ResponseForm';
import { ScrollingTable } from '../../components/ScrollingTable';

export function RecommendationPage() {
  const mayManage = useMayManage();
  const number = Number(useParams().number);
  const valid = Number.isInteger(number) && number >= 1 && number <= 24;
  const recommendation = useQuery({ ...recommendationQuery(number), enabled: valid });
  const swot = useQuery(swotQuery());
  const bodies = useQuery(bodiesQuery());
  const actions = useQuery(actionsQuery());

  if (!valid || recommendation.data === null) {
    return (
      <>
        <PageHeader title="Recommendation not found" />
        <Text>
          The report makes 24 recommendations, numbered 1 to 24.{' '}
          <Anchor component={Link} to="/recommendations">
            See all the recommendations
          </Anchor>
          .
        </Text>
      </>
    );
  }

  return (
    <QueryState query={recommendation} what={`recommendation ${number}`}>
      {(r) => {
        if (!r) return null;
        const owner = bodies.data?.find((body) => body.id === r.suggestedOwnerId);
        const answers = (swot.data ?? []).filter((item) =>
          item.recommendationNumbers.includes(r.number),
        );
        const linked = (actions.data ?? []).filter(
          (action) => action.archived === 0 && action.recommendationNumbers.includes(r.number),
        );
        const delivery = recommendationDelivery(linked);
        return (
          <>
            <PageHeader title={`Recommendation ${r.number}`}>
              <Group gap="xs">
                <Badge variant="outline" tt="none">
                  {LEVEL_LABEL[r.level]} level
                </Badge>
                <Text size="sm" c="dimmed">
                  Report line {r.sourceLine}
                </Text>
              </Group>
            </PageHeader>
            <Stack gap="lg">
              <blockquote className="report-quote">
                <Text size="lg">{r.text}</Text>
              </blockquote>

              <Card withBorder component="section" aria-labelledby="emerges-heading">
                <Title order={2} size="h3" id="emerges-heading" mb="xs">
                  Where it comes from in the report
                </Title>
                <Stack gap="sm">
                  {r.emergesFrom.map((source) => (
                    <div key={`${source.section}-${source.lines[0]}`}>
                      <Text fw={600}>
                        {source.section}{' '}
                        <Text span c="dimmed" fw={400} size="sm">
                          (lines{' '}
                          {source.lines[0] === source.lines[1]
                            ? source.lines[0]
                            : `${source.lines[0]}–${source.lines[1]}`}
                          )
                        </Text>
                      </Text>
                      <Text fs="italic">“{source.quote}”</Text>
                    </div>
                  ))}
                </Stack>
              </Card>

              <Card withBorder component="section" aria-labelledby="suggestion-heading">
                <Group gap="xs" mb="xs">
                  <Title order={2} size="h3" id="suggestion-heading">
                    Suggested owner and 4P rows
                  </Title>
                  <Badge color="yellow" variant="light" tt="none" c="dark">
                    Suggestion, not from the report
                  </Badge>
                </Group>
                <Text>
                  Owner: <strong>{owner ? bodyDisplayName(owner) : r.suggestedOwnerId}</strong>
                  {r.suggestedOwnerNote ? `. ${r.suggestedOwnerNote}` : ''}
                </Text>
                <Group gap="xs" mt="xs">
                  <Text>4P rows (primary first):</Text>
                  {r.suggestedRows.map((row) => (
                    <FourPRowBadge key={row} row={row} />
                  ))}
                </Group>
              </Card>

              <Card withBorder component="section" aria-labelledby="swot-heading">
                <Title order={2} size="h3" id="swot-heading" mb="xs">
                  SWOT items it answers
                </Title>
                {answers.length === 0 ? (
                  <Text c="dimmed">
                    The report’s SWOT analysis has no item that this recommendation answers
                    directly.
                  </Text>
                ) : (
                  <List spacing="xs">
                    {answers.map((item) => (
                      <List.Item key={item.id}>
                        <Anchor component={Link} to={`/swot#${item.id}`}>
                          {item.id}
                        </Anchor>{' '}
                        ({QUADRANT_SINGULAR[item.quadrant]}): {item.text}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Card>

              <Card withBorder component="section" aria-labelledby="delivery-heading">
                <Title order={2} size="h3" id="delivery-heading" mb="xs">
                  Delivery
                </Title>
                <Text fw={700}>
                  {DELIVERY_LABEL[delivery.status]}: {delivery.explanation}
                </Text>
                <Text size="sm" c="dimmed" mb="sm">
                  Derived from the actions linked to it: delivered when all are complete, in
                  progress when any has started, planned when none has. Cancelled and archived
                  actions do not count.
                </Text>
                {linked.length === 0 ? (
                  <Text>
                    No action is linked to this recommendation yet.{' '}
                    <Anchor component={Link} to="/actions/new">
                      Create an action
                    </Anchor>
                    .
                  </Text>
                ) : (
                  <ScrollingTable label={`Actions linked to recommendation ${r.number}`}>
                    <Table>
                      <Table.Caption>Actions linked to recommendation {r.number}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">Reference</Table.Th>
                          <Table.Th scope="col">Action</Table.Th>
                          <Table.Th scope="col">Status</Table.Th>
                          <Table.Th scope="col">Latest RAG</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {linked.map((action) => (
                          <Table.Tr key={action.id}>
                            <Table.Td>
                              <Anchor component={Link} to={`/actions/${action.ref}`}>
                                {action.ref}
                              </Anchor>
                            </Table.Td>
                            <Table.Td>{action.title}</Table.Td>
                            <Table.Td>
                              {ACTION_STATUS_LABEL[action.status]}
                              {isLive(action) ? '' : ' (not counted)'}
                            </Table.Td>
                            <Table.Td>
                              {action.latestRag ? (
                                <RagBadge status={action.latestRag} />
                              ) : (
                                'No update'
                              )}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollingTable>
                )}
              </Card>

              <Card withBorder component="section" aria-labelledby="response-heading">
                <Title order={2} size="h3" id="response-heading" mb="xs">
                  The board’s response
                </Title>
                {mayManage ? (
                  <ResponseForm key={r.number} recommendation={r} />
                ) : (
                  <Text>
                    {RESPONSE_LABEL[r.response]}
                    {r.responseNote ? `: ${r.responseNote}` : ''}
                  </Text>
                )}
              </Card>

              <Card withBorder component="section" aria-labelledby="history-heading">
                <Title order={2} size="h3" id="history-heading" mb="xs">
                  History
                </Title>
                <History entityType="recommendation" entityId={String(r.number)} />
              </Card>

              <Group justify="space-between">
                {r.number > 1 ? (
                  <Anchor component={Link} to={`/recommendations/${r.number - 1}`}>
                    ← Recommendation {r.number - 1}
                  </Anchor>
                ) : (
                  <span />
                )}
                {r.number < 24 ? (
                  <Anchor component={Link} to={`/recommendations/${r.number + 1}`}>
                    Recommendation {r.number + 1} →
                  </Anchor>
                ) : null}
              </Group>
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
