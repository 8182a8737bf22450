import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import {
  bodiesQuery,
  objectivesQuery,
  overviewQuery,
  settingsQuery,
  type OverviewCounts,
} from '../../api/queries';
import { quarterPictureQuery } from '../../api/scrutiny';
import type { ScrutinyPicture } from '../../api/quarterPicture';
// Not from the sections' index: the lists and lines of enquiry (and their rules) would then come
// with the first screen, which shows none of them.
import {
  DeliveryChart,
  Heatmap,
  OverdueChart,
  RagMixChart,
  TrendChart,
} from '../../components/scrutiny/charts';
import { Headlines } from '../../components/scrutiny/figures';
import { todayIso } from '../../domain/dates';
import { formatFigure } from '../../domain/figures';
import { quarterKey, quarterLabel, type Quarter } from '../../domain/quarters';
import { reportingQuarterOf, type WorkspaceSettings } from '../../domain/workspace';
import type { Body } from '../../domain/bodies';
import type { Objective } from '../../domain/objectives';
import { BodyName } from '../../components/names';
import { PageHeader } from '../../components/PageHeader';
import { Loading, QueriesState } from '../../components/QueryState';
import { BODY_KIND_LABEL } from '../../domain/bodies';
import { financialYearLabel } from '../../domain/quarters';
import { RESPONSE_LABEL, RESPONSE_STATUSES } from '../../domain/recommendations';
import { QUADRANT_LABEL, SWOT_QUADRANTS } from '../../domain/swot';
import { ScrollingTable } from '../../components/ScrollingTable';

/** Shown only to a workspace with no actions: loaded when needed, with the commands it uses. */
const GettingStarted = lazy(async () => ({
  default: (await import('./GettingStarted')).GettingStarted,
}));

export function OverviewPage() {
  const overview = useQuery(overviewQuery());
  const bodies = useQuery(bodiesQuery());
  const objectives = useQuery(objectivesQuery());
  const settings = useQuery(settingsQuery());
  const reporting = reportingQuarterOf(settings.data, todayIso());
  // The reporting quarter is the settings' (read before the app is drawn, by the workspace gate):
  // a draft worked out for another quarter would be a large plan read for nothing.
  const picture = useQuery({
    ...quarterPictureQuery(quarterKey(reporting)),
    enabled: settings.isSuccess,
  });

  // The page appears whole, once everything it shows is read (and, for a first visit, the
  // getting-started form loaded): nothing already on screen is pushed down as data arrives.
  return (
    <>
      <PageHeader
        title="Overview"
        lead="Where the partnership stands on the 24 recommendations of the 2023 research report on child criminal exploitation, and what the report found."
      />
      <QueriesState
        queries={{ picture, overview, bodies, objectives, settings }}
        what="the overview"
      >
        {(data) => (
          <Suspense fallback={<Loading what="the overview" />}>
            <OverviewBody {...data} reporting={reporting} />
          </Suspense>
        )}
      </QueriesState>
    </>
  );
}

function OverviewBody({
  picture: p,
  overview: counts,
  bodies,
  objectives,
  settings,
  reporting,
}: {
  readonly picture: ScrutinyPicture;
  readonly overview: OverviewCounts;
  readonly bodies: readonly Body[];
  readonly objectives: readonly Objective[];
  readonly settings: WorkspaceSettings | null;
  readonly reporting: Quarter;
}) {
  return (
    <>
      {p.figures.actions === 0 && !p.closed && settings ? (
        <Stack gap="lg" mb="lg">
          <GettingStarted settings={settings} />
        </Stack>
      ) : (
        <Stack gap="lg" mb="lg">
          <Title order={2}>
            Progress in {quarterLabel(reporting)}
            {p.closed ? ' (closed)' : ' (so far)'}
          </Title>
          <Headlines figures={p.figures} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <RagMixChart figures={p.figures} previous={p.previous} bodies={bodies} />
            <DeliveryChart figures={p.figures} />
          </SimpleGrid>
          <Heatmap figures={p.figures} bodies={bodies} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <TrendChart points={p.trend} />
            <OverdueChart figures={p.figures} bodies={bodies} />
          </SimpleGrid>
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <CountCard
          id="overview-recommendations"
          title="Recommendations by board response"
          lead={`${counts.recommendationsByResponse['awaiting-response']} of ${sum(Object.values(counts.recommendationsByResponse))} recommendations have no response recorded yet.`}
          heads={['Response', 'Recommendations']}
          rows={RESPONSE_STATUSES.map((status) => ({
            key: status,
            label: RESPONSE_LABEL[status],
            to: `/recommendations?response=${status}`,
            count: counts.recommendationsByResponse[status],
          }))}
        />
        <CountCard
          id="overview-swot"
          title="SWOT items by quadrant"
          lead={`The report’s SWOT analysis holds ${sum(Object.values(counts.swotByQuadrant))} items.`}
          heads={['Quadrant', 'Items']}
          rows={SWOT_QUADRANTS.map((quadrant) => ({
            key: quadrant,
            label: QUADRANT_LABEL[quadrant],
            to: `/swot#${quadrant}`,
            count: counts.swotByQuadrant[quadrant],
          }))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="overview-bodies">
          <Title order={2} size="h3" id="overview-bodies" mb="sm">
            The partnership
          </Title>
          <List spacing="xs">
            {bodies.map((body) => (
              <List.Item key={body.id}>
                <Group gap="xs">
                  <Text fw={600}>
                    <BodyName body={body} />
                  </Text>
                  <Badge variant="outline" color="gray" tt="none">
                    {BODY_KIND_LABEL[body.kind]}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="overview-objectives">
          <Title order={2} size="h3" id="overview-objectives" mb="sm">
            Board objectives
          </Title>
          <Stack gap="xs">
            <Text c="dimmed">
              {objectives.filter((o) => o.status === 'draft').length} draft objectives, derived from
              SafetyNet’s stated aims, for the board to refresh.
            </Text>
            <List spacing="xs">
              {objectives.map((objective) => (
                <List.Item key={objective.id}>
                  <Text span fw={600}>
                    {objective.code}
                  </Text>{' '}
                  {objective.title}{' '}
                  <Badge variant="light" color="gray" tt="none">
                    {objective.status === 'draft' ? 'Draft' : objective.status} ·{' '}
                    {financialYearLabel(objective.financialYear)}
                  </Badge>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      </SimpleGrid>
    </>
  );
}

const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);

/** A count per kind, each kind a link to the list it counts. */
function CountCard({
  id,
  title,
  lead,
  heads,
  rows,
}: {
  readonly id: string;
  readonly title: string;
  readonly lead: string;
  readonly heads: readonly [string, string];
  readonly rows: readonly { key: string; label: string; to: string; count: number }[];
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text c="dimmed" mb="sm">
        {lead}
      </Text>
      <ScrollingTable label={title}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{heads[0]}</Table.Th>
              <Table.Th scope="col" ta="right">
                {heads[1]}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={row.to}>
                    {row.label}
                  </Anchor>
                </Table.Th>
                <Table.Td ta="right">{formatFigure(row.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollingTable>
    </Card>
  );
}
