/** The scrutiny view's headline figures and the table of the 24 recommendations. */
import { Anchor, SimpleGrid, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DELIVERY_LABEL } from '../../domain/coverage';
import { RESPONSE_LABEL } from '../../domain/recommendations';
import type { QuarterFigures } from '../../domain/quarterFigures';
import { headlineFiguresOf } from '../../domain/scrutiny';
import { ScrollingTable } from '../ScrollingTable';

export function Headlines({ figures: quarter }: { readonly figures: QuarterFigures }) {
  const figures = headlineFiguresOf(quarter.headlines);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} component="dl" className="headlines">
      {figures.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm">
            {label}
          </Text>
          <Text component="dd" fz={32} fw={700} m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

export function RecommendationsTable({ figures }: { readonly figures: QuarterFigures }) {
  return (
    <ScrollingTable label="Each recommendation’s response and delivery">
      <Table withTableBorder>
        <Table.Caption>Each recommendation’s response and delivery</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">No.</Table.Th>
            <Table.Th scope="col">Board response</Table.Th>
            <Table.Th scope="col">Delivery</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures.recommendations.map((r) => (
            <Table.Tr key={r.number}>
              <Table.Td>
                <Anchor component={Link} to={`/recommendations/${r.number}`}>
                  {r.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{RESPONSE_LABEL[r.response]}</Table.Td>
              <Table.Td>
                {DELIVERY_LABEL[r.delivery.status]}: {r.delivery.explanation}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
