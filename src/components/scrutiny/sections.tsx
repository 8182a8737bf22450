/**
 * The sections of the scrutiny view, shared with the overview. Each takes a quarter's snapshot
 * content and draws its numbers from the domain's scrutiny functions only.
 */
import { Anchor, List, SimpleGrid, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import { DELIVERY_LABEL } from '../../domain/coverage';
import { enquiryReason, type Enquiry } from '../../domain/enquiry';
import { formatUkDate } from '../../domain/dates';
import { formatFigure } from '../../domain/figures';
import { LEVEL_LABEL, RECOMMENDATION_LEVELS, RESPONSE_LABEL } from '../../domain/recommendations';
import {
  deliveryByLevel,
  deliverySummary,
  directionSummary,
  exceptionsByBody,
  exceptionsOf,
  exceptionsSummary,
  headlineFigures,
  heatmapOf,
  heatmapSummary,
  ragMixByBody,
  ragMixOf,
  ragSummary,
  reportable,
  trendSummary,
  type TrendPoint,
} from '../../domain/scrutiny';
import type { ReportIndicator } from '../../domain/indicators';
import type { SnapshotAction, SnapshotContent } from '../../domain/snapshot';
import { FIGURE_8_ROWS } from '../../domain/strategicTool';
import { DIRECTION_LABEL } from '../../domain/updates';
import { ChartFrame } from '../ChartFrame';
import { DELIVERY_SERIES, OVERDUE_SERIES, RAG_SERIES } from '../../domain/chartSeries';
import { SeriesTable } from '../charts/SeriesTable';
import { RagBadge } from '../RagBadge';

const bodyName = (bodies: readonly Body[], id: string) => {
  const body = bodies.find((b) => b.id === id);
  return body ? bodyDisplayName(body) : id;
};

export function Headlines({ content }: { readonly content: SnapshotContent }) {
  const figures = headlineFigures(content);
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

export function RagMixChart({
  content,
  previous,
  bodies,
}: {
  readonly content: SnapshotContent;
  readonly previous?: SnapshotContent;
  readonly bodies: readonly Body[];
}) {
  const rows = [
    { name: 'All bodies', mix: ragMixOf(reportable(content)) },
    ...ragMixByBody(
      content,
      bodies.map((b) => b.id),
    ).map((r) => ({ name: bodyName(bodies, r.bodyId), mix: r.mix })),
  ];
  return (
    <ChartFrame
      id="rag-mix"
      title="RAG mix, overall and by body"
      summary={ragSummary(content, previous)}
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

export function DeliveryChart({ content }: { readonly content: SnapshotContent }) {
  const byLevel = deliveryByLevel(content);
  return (
    <ChartFrame
      id="delivery"
      title="Delivery of the 24 recommendations, by level"
      summary={deliverySummary(content)}
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

export function RecommendationsTable({ content }: { readonly content: SnapshotContent }) {
  return (
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
        {content.recommendations.map((r) => (
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
  );
}

/** The strategic tool as a heatmap: darker cells hold more actions; every cell states its number. */
export function Heatmap({
  content,
  bodies,
}: {
  readonly content: SnapshotContent;
  readonly bodies: readonly Body[];
}) {
  const ids = bodies.map((b) => b.id);
  const matrix = heatmapOf(content, ids);
  const max = Math.max(1, ...matrix.cells.map((c) => c.count));
  const table = (shaded: boolean) => (
    <Table.ScrollContainer minWidth={760}>
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
                      : `${count}${cell && cell.rag.red > 0 ? `, ${cell.rag.red} red` : ''}`}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return (
    <ChartFrame
      id="heatmap"
      title="The strategic tool: where the effort sits"
      summary={heatmapSummary(content, ids, (id) => bodyName(bodies, id))}
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

/** Lists for a committee stop at this many rows; the counts above them are always complete. */
const LIST_LIMIT = 50;

function ActionList({
  entries,
  bodies,
  caption,
  detail,
}: {
  readonly entries: readonly SnapshotAction[];
  readonly bodies: readonly Body[];
  readonly caption: string;
  readonly detail: (entry: SnapshotAction) => string;
}) {
  if (entries.length === 0) return <Text c="dimmed">None.</Text>;
  const shown = entries.slice(0, LIST_LIMIT);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder>
        <Table.Caption>
          {caption}
          {entries.length > LIST_LIMIT
            ? `: the first ${LIST_LIMIT} of ${entries.length}, by reference. The action plans list them all, with filters.`
            : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Body</Table.Th>
            <Table.Th scope="col">RAG</Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((entry) => (
            <Table.Tr key={entry.action.id}>
              <Table.Td>
                <strong>{entry.action.ref}</strong> {entry.action.title}
              </Table.Td>
              <Table.Td>{bodyName(bodies, entry.action.bodyId)}</Table.Td>
              <Table.Td>
                {entry.update?.rag ? <RagBadge status={entry.update.rag} /> : 'No update'}
              </Table.Td>
              <Table.Td>{detail(entry)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function OverdueChart({
  content,
  bodies,
}: {
  readonly content: SnapshotContent;
  readonly bodies: readonly Body[];
}) {
  const rows = exceptionsByBody(
    content,
    bodies.map((b) => b.id),
  ).map((r) => ({ name: bodyName(bodies, r.bodyId), overdue: r.overdue, noUpdate: r.noUpdate }));
  return (
    <ChartFrame
      id="overdue"
      title="Overdue actions and missing updates, by body"
      summary={exceptionsSummary(exceptionsOf(content))}
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

export function ExceptionsView({
  content,
  bodies,
}: {
  readonly content: SnapshotContent;
  readonly bodies: readonly Body[];
}) {
  const exceptions = exceptionsOf(content);
  return (
    <>
      <Text mb="sm">{exceptionsSummary(exceptions)}</Text>
      <Text fw={700} mt="md" mb={4}>
        Red and amber, with their corrective actions
      </Text>
      <ActionList
        entries={exceptions.redAmber}
        bodies={bodies}
        caption="Red and amber actions"
        detail={(e) =>
          `${e.update?.narrative ?? ''} Corrective action: ${e.update?.correctiveAction || 'none given'}`
        }
      />
      <Text fw={700} mt="md" mb={4}>
        Overdue
      </Text>
      <ActionList
        entries={exceptions.overdue}
        bodies={bodies}
        caption="Overdue actions"
        detail={(e) => `Due ${formatUkDate(e.action.dueDate)}`}
      />
      <Text fw={700} mt="md" mb={4}>
        No finished update this quarter
      </Text>
      <ActionList
        entries={exceptions.noUpdate}
        bodies={bodies}
        caption="Actions with no finished update"
        detail={(e) => (e.update ? 'Draft only' : 'Nothing reported')}
      />
    </>
  );
}

const DIRECTION_SERIES = (['improved', 'same', 'worse', 'new'] as const).map((key) => ({
  key,
  label: DIRECTION_LABEL[key],
  colour: '',
}));

/**
 * Direction of travel: the sentence, then each action whose RAG changed or that is new. On a
 * slide (`compact`), counts per body and only the actions that got better or worse, so it fits
 * the screen however many actions are new.
 */
export function DirectionView({
  content,
  bodies,
  compact = false,
}: {
  readonly content: SnapshotContent;
  readonly bodies: readonly Body[];
  readonly compact?: boolean;
}) {
  const entries = reportable(content);
  const moved = entries.filter(
    (e) => e.direction && e.direction !== 'same' && (!compact || e.direction !== 'new'),
  );
  const perBody = bodies
    .map((body) => {
      const own = entries.filter((e) => e.action.bodyId === body.id);
      const count = (d: string) => own.filter((e) => e.direction === d).length;
      return {
        name: bodyDisplayName(body),
        values: {
          improved: count('improved'),
          same: count('same'),
          worse: count('worse'),
          new: count('new'),
        },
      };
    })
    .filter((row) => Object.values(row.values).some((n) => n > 0));
  return (
    <>
      <Text mb="sm">{directionSummary(content)}</Text>
      {compact ? (
        <SeriesTable
          caption="Direction of travel by body"
          category="Body"
          rows={perBody}
          series={DIRECTION_SERIES}
        />
      ) : null}
      {compact && moved.length === 0 ? null : (
        <ActionList
          entries={moved}
          bodies={bodies}
          caption={
            compact
              ? 'Actions that got better or worse'
              : 'Actions whose RAG changed, or that are new this quarter'
          }
          detail={(e) => (e.direction ? DIRECTION_LABEL[e.direction] : '')}
        />
      )}
    </>
  );
}

export function EnquiryList({ enquiries }: { readonly enquiries: readonly Enquiry[] }) {
  if (enquiries.length === 0)
    return <Text>No lines of enquiry are suggested by the data this quarter.</Text>;
  return (
    <List type="ordered" spacing="sm">
      {enquiries.map((enquiry, index) => (
        <List.Item key={`${enquiry.rule}-${index}`}>
          <Text fw={600}>{enquiry.question}</Text>
          <Text size="sm">{enquiryReason(enquiry)}</Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Outcome indicators for the quarter: value against target, RAG in words, direction of travel. */
export function IndicatorsTable({
  indicators,
}: {
  readonly indicators: readonly ReportIndicator[];
}) {
  if (indicators.length === 0)
    return (
      <Text>
        No outcome indicators have been set up yet.{' '}
        <Anchor component={Link} to="/indicators">
          Set them up
        </Anchor>
        .
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder>
        <Table.Caption>
          Each indicator’s value for the quarter against its target. Indicator figures are as held
          today, not frozen when the quarter closed.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Indicator</Table.Th>
            <Table.Th scope="col">Baseline</Table.Th>
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
          {indicators.map((i) => (
            <Table.Tr key={i.name}>
              <Table.Th scope="row">
                {i.name}{' '}
                <Text span size="xs">
                  ({i.unit}; {i.polarity === 'higher-is-better' ? 'higher' : 'lower'} is better)
                </Text>
              </Table.Th>
              <Table.Td>{i.baseline}</Table.Td>
              <Table.Td ta="right">{formatFigure(i.value)}</Table.Td>
              <Table.Td ta="right">{formatFigure(i.target)}</Table.Td>
              <Table.Td>{i.rag ? <RagBadge status={i.rag} /> : 'No RAG'}</Table.Td>
              <Table.Td>{i.direction}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
