import { Alert, Card, List, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { strategicToolQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { FIGURE_8_CAPTION, FIGURE_8_COLUMNS } from '../../domain/strategicTool';

export function StrategicToolPage() {
  const tool = useQuery(strategicToolQuery());
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
      <QueryState query={tool} what="the strategic tool">
        {({ rows, themes }) => (
          <>
            <Table.ScrollContainer minWidth={720}>
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
            </Table.ScrollContainer>
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
        )}
      </QueryState>
    </>
  );
}
