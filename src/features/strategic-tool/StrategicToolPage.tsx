import {
  Alert,
  Anchor,
  Card,
  List,
  SegmentedControl,
  SimpleGrid,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { actionsQuery, bodiesQuery, strategicToolQuery, swotQuery } from '../../api/queries';
import {
  actionsPerTheme,
  concernsWithoutAction,
  recommendationsWithoutAction,
  strategicMatrix,
} from '../../domain/coverage';
import { QUADRANT_SINGULAR } from '../../domain/swot';
import { formatFigure } from '../../domain/figures';
import { plural } from '../../domain/words';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { StrategicMatrix } from './StrategicMatrix';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { FIGURE_8_CAPTION, FIGURE_8_COLUMNS } from '../../domain/strategicTool';
import { ScrollingTable } from '../../components/ScrollingTable';

const VIEWS = [
  { value: 'matrix', label: 'Matrix' },
  { value: 'themes', label: 'By theme' },
  { value: 'figure', label: 'Figure 8' },
];

export function StrategicToolPage() {
  const tool = useQuery(strategicToolQuery());
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const { values, setFilter } = useUrlFilters(['view'] as const);
  const view = VIEWS.some((v) => v.value === values.view) ? values.view : 'matrix';
  return (
    <>
      <PageHeader
        title="Strategic tool"
        lead="Figure 8 of the report lines up the 4Ps of the Serious and Organised Crime Strategy with a community harm-reduction model for drug markets and with themes for gang interventions. Every action in the partnership’s plans is mapped onto it."
      />
      <Alert color="blue" variant="light" title="Two meanings of “Prevent”" mb="lg">
        In this tool, <strong>Prevent</strong> is the 4P row, meaning{' '}
        <em>situational prevention</em>. It is not the <strong>Prevent subgroup</strong>, which
        leads the partnership’s counter-radicalisation duty.
      </Alert>
      <SegmentedControl
        mb="md"
        value={view}
        onChange={(value) => setFilter('view', value === 'matrix' ? '' : value)}
        data={VIEWS}
        aria-label="How to show the strategic tool"
      />
      <QueryState query={tool} what="the strategic tool">
        {({ rows, themes }) =>
          view === 'matrix' ? (
            bodies.data && actions.data ? (
              <>
                <StrategicMatrix
                  matrix={strategicMatrix(
                    actions.data,
                    bodies.data.map((b) => b.id),
                  )}
                  rows={rows}
                  bodies={bodies.data}
                />
                <Coverage />
              </>
            ) : null
          ) : view === 'themes' ? (
            <ThemeView themes={themes} rows={rows} counts={actionsPerTheme(actions.data ?? [])} />
          ) : (
            <>
              <ScrollingTable label={FIGURE_8_CAPTION} minWidth={720}>
                <Table withTableBorder withColumnBorders verticalSpacing="sm" captionSide="top">
                  <Table.Caption>{FIGURE_8_CAPTION} (report lines 1068–1074)</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {FIGURE_8_COLUMNS.map((column) => (
                        <Table.Th key={column} scope="col">
                          {column}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={row.id}>
                        <Table.Th scope="row">{row.name}</Table.Th>
                        <Table.Td>{row.harmReductionName}</Table.Td>
                        <Table.Td>{row.themesText}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollingTable>
              <Card withBorder mt="lg" component="section" aria-labelledby="themes-heading">
                <Title order={2} size="h3" id="themes-heading" mb="xs">
                  The {themes.length} intervention themes
                </Title>
                <Text c="dimmed" mb="sm">
                  Actions are tagged with these themes; the themes offered depend on the action’s 4P
                  rows.
                </Text>
                {rows.map((row) => (
                  <div key={row.id}>
                    <Title order={3} size="h4" mt="sm">
                      {row.name} ({row.harmReductionName})
                    </Title>
                    <List>
                      {themes
                        .filter((theme) => theme.rowId === row.id)
                        .map((theme) => (
                          <List.Item key={theme.id}>{theme.name}</List.Item>
                        ))}
                    </List>
                  </div>
                ))}
              </Card>
            </>
          )
        }
      </QueryState>
    </>
  );
}

function ThemeView({
  themes,
  rows,
  counts,
}: {
  readonly themes: readonly { id: string; name: string; rowId: string }[];
  readonly rows: readonly { id: string; name: string; harmReductionName: string }[];
  readonly counts: ReadonlyMap<string, number>;
}) {
  return (
    <ScrollingTable label="Live actions by intervention theme" minWidth={560}>
      <Table withTableBorder captionSide="top">
        <Table.Caption>Live actions tagged with each intervention theme</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Theme</Table.Th>
            <Table.Th scope="col">4P row</Table.Th>
            <Table.Th scope="col" ta="right">
              Actions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {themes.map((theme) => {
            const row = rows.find((r) => r.id === theme.rowId);
            const count = counts.get(theme.id) ?? 0;
            return (
              <Table.Tr key={theme.id}>
                <Table.Th scope="row" fw={400}>
                  {theme.name}
                </Table.Th>
                <Table.Td>
                  {row?.name} ({row?.harmReductionName})
                </Table.Td>
                <Table.Td ta="right">
                  {count === 0 ? (
                    <span className="tag tag-warning">None</span>
                  ) : (
                    <Anchor
                      component={Link}
                      to={`/plans?theme=${theme.id}`}
                      aria-label={`${theme.name}: ${plural(count, 'action')}`}
                    >
                      {formatFigure(count)}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}

/** Recommendations with no live action, and weaknesses and threats no live action responds to. */
function Coverage() {
  const actions = useQuery(actionsQuery());
  const swot = useQuery(swotQuery());
  if (!actions.data || !swot.data) return null;
  const recommendations = recommendationsWithoutAction(
    actions.data,
    Array.from({ length: 24 }, (_, i) => i + 1),
  );
  const concerns = concernsWithoutAction(actions.data, swot.data);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mt="lg">
      <Card withBorder component="section" aria-labelledby="uncovered-recommendations">
        <Title order={2} size="h3" id="uncovered-recommendations" mb="xs">
          Recommendations with no action ({recommendations.length} of 24)
        </Title>
        {recommendations.length === 0 ? (
          <Text>Every recommendation has at least one live action.</Text>
        ) : (
          <Text component="div">
            {recommendations.map((n) => (
              <Anchor
                key={n}
                component={Link}
                to={`/recommendations/${n}`}
                className="link-chip"
                mr={6}
                mb={6}
                aria-label={`Recommendation ${n}`}
              >
                {n}
              </Anchor>
            ))}
          </Text>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="uncovered-concerns">
        <Title order={2} size="h3" id="uncovered-concerns" mb="xs">
          Weaknesses and threats no action responds to ({concerns.length})
        </Title>
        {concerns.length === 0 ? (
          <Text>Every weakness and threat has at least one live action responding to it.</Text>
        ) : (
          <List spacing={4}>
            {concerns.map((item) => (
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
    </SimpleGrid>
  );
}
