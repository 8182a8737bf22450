/** The scrutiny view's lists: exceptions, direction of travel, lines of enquiry, indicators. */
import { Anchor, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import {
  ENQUIRIES_SHOWN_PER_RULE,
  enquiriesOnScreen,
  enquiryReason,
  type Enquiry,
} from '../../domain/enquiry';
import { formatFigure } from '../../domain/figures';
import {
  exceptionCountsOf,
  type ListFigures,
  type QuarterFigures,
} from '../../domain/quarterFigures';
import { exceptionsSummary, shortList } from '../../domain/scrutiny';
import type { ReportIndicator } from '../../domain/indicators';
import { DIRECTION_LABEL } from '../../domain/updates';
import { SeriesTable } from '../charts/SeriesTable';
import { RagBadge } from '../RagBadge';

import { bodyName } from './bodyName';
import { ScrollingTable } from '../ScrollingTable';

function ActionList({
  list,
  bodies,
  caption,
}: {
  readonly list: ListFigures;
  readonly bodies: readonly Body[];
  readonly caption: string;
}) {
  if (list.total === 0) return <Text c="dimmed">None.</Text>;
  const { rows: shown, stopsShort } = shortList(
    list.head,
    list.total,
    'The action plans list them all, with filters.',
  );
  return (
    <ScrollingTable label={caption} minWidth={640}>
      <Table withTableBorder>
        <Table.Caption>
          {caption}
          {stopsShort}
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
          {shown.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                <strong>{line.ref}</strong> {line.title}
              </Table.Td>
              <Table.Td>{bodyName(bodies, line.bodyId)}</Table.Td>
              <Table.Td>{line.rag ? <RagBadge status={line.rag} /> : 'No update'}</Table.Td>
              <Table.Td>{line.detail}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}

export function ExceptionsView({
  figures,
  bodies,
}: {
  readonly figures: QuarterFigures;
  readonly bodies: readonly Body[];
}) {
  const { exceptions } = figures;
  return (
    <>
      <Text mb="sm">{exceptionsSummary(exceptionCountsOf(figures))}</Text>
      <Text fw={700} mt="md" mb={4}>
        Red and amber, with their corrective actions
      </Text>
      <ActionList list={exceptions.redAmber} bodies={bodies} caption="Red and amber actions" />
      <Text fw={700} mt="md" mb={4}>
        Overdue
      </Text>
      <ActionList list={exceptions.overdue} bodies={bodies} caption="Overdue actions" />
      <Text fw={700} mt="md" mb={4}>
        No finished update this quarter
      </Text>
      <ActionList
        list={exceptions.noUpdate}
        bodies={bodies}
        caption="Actions with no finished update"
      />
    </>
  );
}

const DIRECTION_SERIES = (['improved', 'same', 'worse', 'new'] as const).map((key) => ({
  key,
  label: DIRECTION_LABEL[key],
}));

/**
 * Direction of travel: the sentence, then each action whose RAG changed or that is new. On a
 * slide (`compact`), counts per body and only the actions that got better or worse, so it fits
 * the screen however many actions are new.
 */
export function DirectionView({
  figures,
  bodies,
  compact = false,
}: {
  readonly figures: QuarterFigures;
  readonly bodies: readonly Body[];
  readonly compact?: boolean;
}) {
  const { direction } = figures;
  const moved = compact ? direction.betterOrWorse : direction.changed;
  const perBody = bodies
    .map((body) => ({
      name: bodyDisplayName(body),
      values: direction.byBody[body.id] ?? { improved: 0, same: 0, worse: 0, new: 0 },
    }))
    .filter((row) => Object.values(row.values).some((n) => n > 0));
  return (
    <>
      <Text mb="sm">{direction.summary}</Text>
      {compact ? (
        <SeriesTable
          caption="Direction of travel by body"
          category="Body"
          rows={perBody}
          series={DIRECTION_SERIES}
        />
      ) : null}
      {compact && moved.total === 0 ? null : (
        <ActionList
          list={moved}
          bodies={bodies}
          caption={
            compact
              ? 'Actions that got better or worse'
              : 'Actions whose RAG changed, or that are new this quarter'
          }
        />
      )}
    </>
  );
}

export function EnquiryList({ enquiries }: { readonly enquiries: readonly Enquiry[] }) {
  if (enquiries.length === 0)
    return <Text>No lines of enquiry are suggested by the data this quarter.</Text>;
  const { shown, notShown } = enquiriesOnScreen(enquiries);
  return (
    <>
      {notShown ? (
        <Text mb="sm">
          {enquiries.length.toLocaleString('en-GB')} lines of enquiry: the first{' '}
          {ENQUIRIES_SHOWN_PER_RULE} of each kind are listed here. The Word and PDF summaries list
          every one.
        </Text>
      ) : null}
      <List type="ordered" spacing="sm">
        {shown.map((enquiry, index) => (
          <List.Item key={`${enquiry.rule}-${index}`}>
            <Text fw={600}>{enquiry.question}</Text>
            <Text size="sm">{enquiryReason(enquiry)}</Text>
          </List.Item>
        ))}
      </List>
      {notShown ? <Text mt="sm">{notShown}</Text> : null}
    </>
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
    <ScrollingTable label="Indicators against their targets" minWidth={720}>
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
    </ScrollingTable>
  );
}
