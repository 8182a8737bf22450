/** One body's actions in an update round, each with the state of its update. */
import { Anchor, Button, Card, Group, Table, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { InPages } from '../../components/Pages';
import { RagBadge } from '../../components/RagBadge';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import { formatFigure } from '../../domain/figures';
import { type RoundLine } from '../../domain/round';
import { DIRECTION_LABEL, UPDATE_STATE_LABEL, type UpdateState } from '../../domain/updates';
import { useFromTheRound, useRoundPlace } from './roundPlace';
import { ScrollingTable } from '../../components/ScrollingTable';

const STATE_ICON: Record<UpdateState, typeof IconCircleCheck> = {
  done: IconCircleCheck,
  draft: IconPencil,
  missing: IconCircleDashed,
};

/** Above this many actions in a round, each body's list starts folded, so the page stays quick. */
export const ROUND_OPEN_LIMIT = 300;

/**
 * A body's lines shown at a time once it is opened: a page of lines a person reads down, and
 * quick to draw and to leave (2,000 lines drawn together held the page's thread for seconds).
 */
export const ROUND_LINES_PER_PAGE = 100;

export function BodyRound({
  body,
  entries,
  quarterKey: key,
  closed,
  readOnly,
  startOpen,
}: {
  readonly body: Body;
  readonly entries: readonly RoundLine[];
  readonly quarterKey: string;
  readonly closed: boolean;
  readonly readOnly: boolean;
  readonly startOpen: boolean;
}) {
  const { open, page, toggle, turn } = useRoundPlace(body.id, startOpen);
  if (entries.length === 0) return null;
  const headingId = `round-${body.id}`;
  const owing = entries.filter((e) => e.state !== 'done').length;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {bodyDisplayName(body)}
        </Title>
        <Button
          variant="default"
          size="xs"
          onClick={toggle}
          aria-expanded={open}
          aria-controls={`${headingId}-table`}
        >
          {open ? 'Hide' : 'Show'} the {formatFigure(entries.length)} actions ({formatFigure(owing)}{' '}
          owing)
        </Button>
      </Group>
      {open ? (
        <div id={`${headingId}-table`}>
          <InPages
            items={entries}
            perPage={ROUND_LINES_PER_PAGE}
            things="actions"
            of={`the actions of ${bodyDisplayName(body)}`}
            page={page}
            onPage={turn}
          >
            {(shown) => (
              <RoundLines
                label={`The actions of ${bodyDisplayName(body)}`}
                lines={shown}
                quarterKey={key}
                closed={closed}
                readOnly={readOnly}
              />
            )}
          </InPages>
        </div>
      ) : null}
    </Card>
  );
}

/** A page of a body's lines: each action, the state of its update, and where to record or view it. */
function RoundLines({
  label,
  lines,
  quarterKey: key,
  closed,
  readOnly,
}: {
  /** What the table is named as a scrolling region: whose actions. */
  readonly label: string;
  readonly lines: readonly RoundLine[];
  readonly quarterKey: string;
  readonly closed: boolean;
  readonly readOnly: boolean;
}) {
  const fromTheRound = useFromTheRound();
  return (
    <ScrollingTable label={label} minWidth={720}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Update</Table.Th>
            <Table.Th scope="col">RAG</Table.Th>
            {closed ? <Table.Th scope="col">Direction of travel</Table.Th> : null}
            <Table.Th scope="col">
              <span className="visually-hidden">Record or view</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map(({ action, update, state, direction }) => {
            const Icon = STATE_ICON[state];
            return (
              <Table.Tr key={action.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/actions/${action.ref}`} fw={600}>
                    {action.ref}
                  </Anchor>{' '}
                  {action.title}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Icon size={16} aria-hidden="true" />
                    {UPDATE_STATE_LABEL[state]}
                  </Group>
                </Table.Td>
                <Table.Td>{update?.rag ? <RagBadge status={update.rag} /> : '—'}</Table.Td>
                {closed ? (
                  <Table.Td>{direction ? DIRECTION_LABEL[direction] : 'No update'}</Table.Td>
                ) : null}
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/updates/${key}/${action.ref}`}
                    state={fromTheRound}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {closed || readOnly
                      ? 'View'
                      : state === 'missing'
                        ? 'Record update'
                        : 'Edit update'}
                    <span className="visually-hidden"> for {action.ref}</span>
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
