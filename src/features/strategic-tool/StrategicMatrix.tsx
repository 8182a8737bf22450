import { Anchor, Table, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import type { StrategicMatrix as Matrix, RagMix } from '../../domain/coverage';
import { RAG, RAG_STATUSES } from '../../domain/rag';
import type { FourPRow } from '../../domain/strategicTool';
import { plural } from '../../domain/words';
import { formatFigure } from '../../domain/figures';
import { ScrollingTable } from '../../components/ScrollingTable';

function ragMixText(mix: RagMix): string {
  const parts = RAG_STATUSES.filter((status) => mix[status] > 0).map(
    (status) => `${formatFigure(mix[status])} ${RAG[status].label}`,
  );
  if (mix.none > 0) parts.push(`${formatFigure(mix.none)} no update`);
  return parts.join(', ');
}

/** A small stacked bar of the RAG mix; the same figures are in the cell's text. */
function RagBar({ mix, total }: { readonly mix: RagMix; readonly total: number }) {
  return (
    <div className="rag-bar" aria-hidden="true">
      {RAG_STATUSES.map((status) =>
        mix[status] > 0 ? (
          <span
            key={status}
            style={{ flexGrow: mix[status] / total, background: RAG[status].background }}
          />
        ) : null,
      )}
      {mix.none > 0 ? (
        <span style={{ flexGrow: mix.none / total, background: 'var(--mantine-color-gray-3)' }} />
      ) : null}
    </div>
  );
}

/**
 * Figure 8 made live: 4P rows against owning bodies. Each cell gives the number of live actions
 * whose primary row it is, their latest RAG mix in words, and links to the plan filtered to it.
 * An empty cell is marked as a gap in words and with an icon.
 */
export function StrategicMatrix({
  matrix,
  rows,
  bodies,
}: {
  readonly matrix: Matrix;
  readonly rows: readonly FourPRow[];
  readonly bodies: readonly Body[];
}) {
  return (
    <ScrollingTable label="Live actions by primary 4P row and owning body" minWidth={960}>
      <Table withTableBorder withColumnBorders captionSide="top" className="matrix">
        <Table.Caption>
          Live actions by primary 4P row and owning body, with their latest RAG. {matrix.gaps} of{' '}
          {matrix.cells.length} cells are gaps.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">4P row (harm-reduction model)</Table.Th>
            {bodies.map((body) => (
              <Table.Th key={body.id} scope="col">
                {bodyDisplayName(body)}
              </Table.Th>
            ))}
            <Table.Th scope="col">All bodies</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row">
                {row.name}
                <Text size="xs" fw={400}>
                  {row.harmReductionName}
                </Text>
              </Table.Th>
              {bodies.map((body) => {
                const cell = matrix.cells.find((c) => c.row === row.id && c.bodyId === body.id);
                const count = cell?.count ?? 0;
                const label = `${row.name} × ${bodyDisplayName(body)}`;
                return (
                  <Table.Td
                    key={body.id}
                    data-testid={`cell-${row.id}-${body.id}`}
                    className={count === 0 ? 'matrix-gap' : undefined}
                  >
                    {count === 0 || !cell ? (
                      <Text size="sm" fw={600} c="#7a3300">
                        <IconAlertCircle
                          size={14}
                          aria-hidden="true"
                          style={{ verticalAlign: '-2px', marginRight: 4 }}
                        />
                        Gap: no actions
                      </Text>
                    ) : (
                      <>
                        <Anchor
                          component={Link}
                          to={`/plans/${body.id}?row=${row.id}`}
                          fw={700}
                          aria-label={`${label}: ${plural(count, 'action')}`}
                        >
                          {plural(count, 'action')}
                        </Anchor>
                        <RagBar mix={cell.rag} total={count} />
                        <Text size="xs">{ragMixText(cell.rag)}</Text>
                      </>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/plans?row=${row.id}`}
                  aria-label={`${row.name}, all bodies: ${matrix.rowTotals[row.id]} actions`}
                >
                  {matrix.rowTotals[row.id]}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
