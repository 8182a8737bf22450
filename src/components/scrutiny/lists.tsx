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
import { formatUkDate } from '../../domain/dates';
import { formatFigure } from '../../domain/figures';
import {
  committeeList,
  directionSummary,
  exceptionsOf,
  exceptionsSummary,
  reportable,
} from '../../domain/scrutiny';
import type { ReportIndicator } from '../../domain/indicators';
import type { SnapshotAction, SnapshotContent } from '../../domain/snapshot';
import { DIRECTION_LABEL } from '../../domain/updates';
import { SeriesTable } from '../charts/SeriesTable';
import { RagBadge } from '../RagBadge';

import { bodyName } from './bodyName';

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
  const { rows: shown, stopsShort } = committeeList(
    entries,
    'The action plans list them all, with filters.',
  );
  return (
    <Table.ScrollContainer minWidth={640}>
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
