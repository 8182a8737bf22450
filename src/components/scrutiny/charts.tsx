/** The scrutiny view's charts, each with its summary in words and a table view of its numbers. */
import { Table, Text } from '@mantine/core';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import { LEVEL_LABEL, RECOMMENDATION_LEVELS } from '../../domain/recommendations';
import { emptyRagMix } from '../../domain/coverage';
import { formatFigure } from '../../domain/figures';
import {
  exceptionCountsOf,
  heatmapOfFigures,
  type QuarterFigures,
} from '../../domain/quarterFigures';
import {
  deliveryByLevel,
  deliverySummary,
  exceptionsSummary,
  heatmapSummaryOf,
  ragSummaryOf,
  trendSummary,
  type TrendPoint,
} from '../../domain/scrutiny';
import { FIGURE_8_ROWS } from '../../domain/strategicTool';
import { ChartFrame } from '../ChartFrame';
import { DELIVERY_SERIES, OVERDUE_SERIES, RAG_SERIES } from '../../domain/chartSeries';
import { SeriesTable } from '../charts/SeriesTable';

import { bodyName } from './bodyName';
import { ScrollingTable } from '../ScrollingTable';
export function RagMixChart({
  figures,
  previous,
  bodies,
}: {
  readonly figures: QuarterFigures;
  readonly previous?: QuarterFigures;
  readonly bodies: readonly Body[];
}) {
  const rows = [
    { name: 'All bodies', mix: figures.ragMix },
    ...bodies.map((b) => ({
      name: bodyName(bodies, b.id),
      mix: figures.ragMixByBody[b.id] ?? emptyRagMix(),
    })),
  ];
  return (
    <ChartFrame
      id="rag-mix"
      title="RAG mix, overall and by body"
      summary={ragSummaryOf(figures.ragMix, previous?.ragMix.red)}
      chart={{
        data: rows.map((r) => ({ name: r.name, ...r.mix })),
        categoryKey: 'name',
        series: RAG_SERIES,
        layout: 'vertical',
        height: 320,
      }}
      table={
        <SeriesTable
          caption="Actions by latest RAG, overall and by body"
          category="Body"
          rows={rows.map((r) => ({ name: r.name, values: r.mix }))}
          series={RAG_SERIES}
        />
      }
    />
  );
}

export function DeliveryChart({ figures }: { readonly figures: QuarterFigures }) {
  const byLevel = deliveryByLevel(figures);
  return (
    <ChartFrame
      id="delivery"
      title="Delivery of the 24 recommendations, by level"
      summary={deliverySummary(figures)}
      chart={{
        data: RECOMMENDATION_LEVELS.map((level) => ({
          name: LEVEL_LABEL[level],
          ...byLevel[level],
        })),
        categoryKey: 'name',
        series: DELIVERY_SERIES,
      }}
      table={
        <SeriesTable
          caption="Recommendations by level and delivery status"
          category="Level"
          rows={RECOMMENDATION_LEVELS.map((level) => ({
            name: LEVEL_LABEL[level],
            values: byLevel[level],
          }))}
          series={DELIVERY_SERIES}
        />
      }
    />
  );
}

/** The strategic tool as a heatmap: darker cells hold more actions; every cell states its number. */
export function Heatmap({
  figures,
  bodies,
}: {
  readonly figures: QuarterFigures;
  readonly bodies: readonly Body[];
}) {
  const ids = bodies.map((b) => b.id);
  const matrix = heatmapOfFigures(figures, ids);
  const max = Math.max(1, ...matrix.cells.map((c) => c.count));
  const table = (shaded: boolean) => (
    <ScrollingTable label="Actions by 4P row and body" minWidth={760}>
      <Table withTableBorder withColumnBorders>
        <Table.Caption>
          Actions by 4P row and body{shaded ? ': darker cells hold more actions' : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">4P row</Table.Th>
            {bodies.map((b) => (
              <Table.Th key={b.id} scope="col">
                {bodyDisplayName(b)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FIGURE_8_ROWS.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row">
                {row.name} ({row.harmReductionName})
              </Table.Th>
              {ids.map((id) => {
                const cell = matrix.cells.find((c) => c.row === row.id && c.bodyId === id);
                const count = cell?.count ?? 0;
                const strength = count / max;
                return (
                  <Table.Td
                    key={id}
                    ta="center"
                    style={
                      shaded
                        ? {
                            background:
                              count === 0
                                ? '#fff4e5'
                                : `rgba(29, 79, 145, ${0.1 + strength * 0.9})`,
                            color: strength > 0.45 ? '#fff' : '#1b1b1b',
                            fontWeight: 700,
                          }
                        : undefined
                    }
                  >
                    {count === 0
                      ? 'Gap (0)'
                      : `${formatFigure(count)}${cell && cell.rag.red > 0 ? `, ${formatFigure(cell.rag.red)} red` : ''}`}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
  return (
    <ChartFrame
      id="heatmap"
      title="The strategic tool: where the effort sits"
      summary={heatmapSummaryOf(matrix, (id) => bodyName(bodies, id))}
      custom={table(true)}
      table={table(false)}
    />
  );
}

export function TrendChart({ points }: { readonly points: readonly TrendPoint[] }) {
  return (
    <ChartFrame
      id="trend"
      title="RAG across closed quarters"
      summary={trendSummary(points)}
      chart={
        points.length > 0
          ? { data: points.map((p) => ({ ...p })), categoryKey: 'label', series: RAG_SERIES }
          : undefined
      }
      table={
        points.length === 0 ? (
          <Text c="dimmed">No closed quarters yet.</Text>
        ) : (
          <SeriesTable
            caption="Actions by RAG in each closed quarter"
            category="Quarter"
            rows={points.map((p) => ({ name: p.label, values: p }))}
            series={RAG_SERIES}
          />
        )
      }
    />
  );
}

export function OverdueChart({
  figures,
  bodies,
}: {
  readonly figures: QuarterFigures;
  readonly bodies: readonly Body[];
}) {
  const rows = bodies.map((b) => ({
    name: bodyName(bodies, b.id),
    overdue: figures.exceptionsByBody[b.id]?.overdue ?? 0,
    noUpdate: figures.exceptionsByBody[b.id]?.noUpdate ?? 0,
  }));
  return (
    <ChartFrame
      id="overdue"
      title="Overdue actions and missing updates, by body"
      summary={exceptionsSummary(exceptionCountsOf(figures))}
      chart={{
        data: rows,
        categoryKey: 'name',
        layout: 'vertical',
        grouped: true,
        height: 320,
        series: OVERDUE_SERIES,
      }}
      table={
        <SeriesTable
          caption="Overdue actions and actions with no finished update, by body"
          category="Body"
          rows={rows.map((r) => ({ name: r.name, values: r }))}
          series={OVERDUE_SERIES}
        />
      }
    />
  );
}
