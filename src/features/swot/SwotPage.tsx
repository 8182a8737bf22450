import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { swotQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { concernsWithoutRecommendation, QUADRANT_LABEL, SWOT_QUADRANTS } from '../../domain/swot';

export function SwotPage() {
  const swot = useQuery(swotQuery());
  return (
    <>
      <PageHeader
        title="SWOT analysis"
        lead="The report’s findings in brief: every strength, weakness, opportunity and threat, verbatim, with the recommendations that respond to each."
      />
      <QueryState query={swot} what="the SWOT analysis">
        {(items) => {
          const gaps = new Set(concernsWithoutRecommendation(items).map((item) => item.id));
          return (
            <Stack gap="lg">
              <Text role="status">
                {gaps.size} weaknesses and threats are not addressed by any recommendation. They are
                marked “No recommendation addresses this”.
              </Text>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                {SWOT_QUADRANTS.map((quadrant) => {
                  const inQuadrant = items.filter((item) => item.quadrant === quadrant);
                  return (
                    <Card
                      key={quadrant}
                      withBorder
                      component="section"
                      aria-labelledby={quadrant}
                      padding="lg"
                    >
                      <Title order={2} size="h3" id={quadrant} mb="sm">
                        {QUADRANT_LABEL[quadrant]} ({inQuadrant.length})
                      </Title>
                      <Stack
                        gap="sm"
                        component="ul"
                        style={{ listStyle: 'none', padding: 0, margin: 0 }}
                      >
                        {inQuadrant.map((item) => (
                          <li key={item.id} id={item.id}>
                            <Text>
                              <Text span fw={700}>
                                {item.id}
                              </Text>{' '}
                              {item.text}
                            </Text>
                            <Group gap={6} mt={4}>
                              {item.recommendationNumbers.length > 0 ? (
                                <>
                                  <Text size="sm" c="dimmed">
                                    Recommendations:
                                  </Text>
                                  {item.recommendationNumbers.map((number) => (
                                    <Anchor
                                      key={number}
                                      component={Link}
                                      to={`/recommendations/${number}`}
                                      size="sm"
                                      className="link-chip"
                                      aria-label={`Recommendation ${number}`}
                                    >
                                      {number}
                                    </Anchor>
                                  ))}
                                </>
                              ) : gaps.has(item.id) ? (
                                <span className="tag tag-warning">
                                  <IconAlertCircle
                                    size={14}
                                    aria-hidden="true"
                                    style={{ verticalAlign: '-2px', marginRight: 4 }}
                                  />
                                  No recommendation addresses this
                                </span>
                              ) : (
                                <Text size="sm" c="dimmed">
                                  No recommendation linked
                                </Text>
                              )}
                            </Group>
                          </li>
                        ))}
                      </Stack>
                    </Card>
                  );
                })}
              </SimpleGrid>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
