import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  actionsQuery,
  bodiesQuery,
  quarterUpdatesQuery,
  settingsQuery,
  snapshotsQuery,
} from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { RagBadge } from '../../components/RagBadge';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import {
  nextQuarter,
  parseQuarterKey,
  previousQuarter,
  quarterKey,
  quarterLabel,
} from '../../domain/quarters';
import { byBodyThenReference } from '../../domain/references';
import { readSnapshot } from '../../domain/snapshotRecord';
import { returnsByBody, roundFor, type RoundEntry } from '../../domain/round';
import {
  DIRECTION_LABEL,
  overallDirection,
  UPDATE_STATE_LABEL,
  type Direction,
  type UpdateState,
} from '../../domain/updates';
import { QuarterStatus } from './QuarterStatus';
import { useQuarterParam } from './useQuarterParam';

const STATE_ICON: Record<UpdateState, typeof IconCircleCheck> = {
  done: IconCircleCheck,
  draft: IconPencil,
  missing: IconCircleDashed,
};

export function UpdatesRoundPage() {
  const { quarter, key, reporting } = useQuarterParam();
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const updates = useQuery({ ...quarterUpdatesQuery(key ?? ''), enabled: Boolean(key) });
  const snapshots = useQuery(snapshotsQuery());
  const role = useQuery(settingsQuery()).data?.userRole;

  if (!quarter || !key) {
    return (
      <>
        <PageHeader title="Quarter not found" />
        <Text>
          Quarters are written like 2026-Q1 (Q1 2026/27).{' '}
          <Anchor component={Link} to="/updates">
            Go to the current round
          </Anchor>
          .
        </Text>
      </>
    );
  }
  const label = quarterLabel(quarter);
  const forQuarter = (snapshots.data ?? [])
    .filter((s) => s.quarter === key)
    .sort((a, b) => a.version - b.version);
  const live = forQuarter.find((s) => s.supersededAt === null);
  const reading = live ? readSnapshot(live) : undefined;
  if (reading && !reading.ok)
    return (
      <>
        <PageHeader title={`Quarterly updates, ${label}`} />
        <Alert color="red" title="This quarter’s record cannot be shown" role="alert">
          {reading.message}
        </Alert>
      </>
    );
  const frozen = reading?.content;
  const bodyList = bodies.data ?? [];
  const bodyOrder = new Map(bodyList.map((body) => [body.id, body.order]));
  const inOrder = byBodyThenReference(bodyOrder);
  const round: (RoundEntry & { direction?: Direction | null })[] = frozen
    ? frozen.actions
        .map((entry) => ({
          action: entry.action,
          update: entry.update ?? undefined,
          state: entry.update ? entry.update.state : ('missing' as const),
          direction: entry.direction,
        }))
        .sort((a, b) => inOrder(a.action, b.action))
    : roundFor(actions.data ?? [], updates.data ?? [], quarter, bodyOrder);
  const returns = returnsByBody(
    round,
    bodyList.map((b) => b.id),
  );
  const owing = round.filter((entry) => entry.state !== 'done').length;
  const compared = frozen?.comparedWith ? parseQuarterKey(frozen.comparedWith) : undefined;
  const overall = frozen ? overallDirection(frozen.actions.map((entry) => entry.direction)) : null;
  const readOnly = role === 'councillor' || role === 'board-member';

  return (
    <>
      <PageHeader
        title={`Quarterly updates, ${label}`}
        lead="Each open action gets one update a quarter. Closing the quarter freezes what will be reported to scrutiny."
      >
        <Group component="nav" aria-label="Quarters" gap="md">
          <Anchor component={Link} to={`/updates/${quarterKey(previousQuarter(quarter))}`}>
            ← {quarterLabel(previousQuarter(quarter))}
          </Anchor>
          {quarterKey(reporting) !== key ? (
            <Anchor component={Link} to="/updates">
              Current reporting quarter ({quarterLabel(reporting)})
            </Anchor>
          ) : null}
          <Anchor component={Link} to={`/updates/${quarterKey(nextQuarter(quarter))}`}>
            {quarterLabel(nextQuarter(quarter))} →
          </Anchor>
        </Group>
      </PageHeader>
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="status-heading">
          <Title order={2} size="h3" id="status-heading" mb="sm">
            Status
          </Title>
          <QuarterStatus
            quarter={quarter}
            quarterKey={key}
            snapshots={forQuarter}
            owing={owing}
            readOnly={readOnly}
          />
          {overall ? (
            <Text mt="sm" fw={600}>
              Direction of travel{compared ? ` against ${quarterLabel(compared)}` : ''}:{' '}
              {overall.summary}
              {overall.counts.new > 0 ? `; ${overall.counts.new} new this quarter` : ''}.
            </Text>
          ) : null}
        </Card>

        <Card withBorder component="section" aria-labelledby="returns-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="returns-heading">
              Returns received by body
            </Title>
            {!live && !readOnly ? (
              <Button component={Link} to={`/updates/${key}/returns`} variant="default">
                Update returns from subgroups
              </Button>
            ) : null}
          </Group>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Body</Table.Th>
                <Table.Th scope="col" ta="right">
                  Actions in the round
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Done
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Draft
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Missing
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {returns.map((r) => (
                <Table.Tr key={r.bodyId}>
                  <Table.Th scope="row" fw={400}>
                    {bodyDisplayName(
                      bodyList.find((b) => b.id === r.bodyId) ?? { name: r.bodyId, kind: 'board' },
                    )}
                  </Table.Th>
                  <Table.Td ta="right">{r.total}</Table.Td>
                  <Table.Td ta="right">{r.done}</Table.Td>
                  <Table.Td ta="right">{r.draft}</Table.Td>
                  <Table.Td ta="right">{r.missing}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>

        {round.length === 0 ? (
          <Text>
            No action is due an update in {label}.{' '}
            <Anchor component={Link} to="/plans">
              Go to the action plans
            </Anchor>
            .
          </Text>
        ) : (
          bodyList.map((body) => (
            <BodyRound
              key={body.id}
              body={body}
              entries={round.filter((e) => e.action.bodyId === body.id)}
              quarterKey={key}
              closed={Boolean(live)}
              readOnly={readOnly}
              startOpen={round.length <= ROUND_OPEN_LIMIT}
            />
          ))
        )}
      </Stack>
    </>
  );
}

/** Above this many actions in a round, each body's list starts folded, so the page stays quick. */
const ROUND_OPEN_LIMIT = 300;

function BodyRound({
  body,
  entries,
  quarterKey: key,
  closed,
  readOnly,
  startOpen,
}: {
  readonly body: Body;
  readonly entries: readonly (RoundEntry & { direction?: Direction | null })[];
  readonly quarterKey: string;
  readonly closed: boolean;
  readonly readOnly: boolean;
  readonly startOpen: boolean;
}) {
  const [open, setOpen] = useState(startOpen);
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
          onClick={() => setOpen((v) => !v)}
          aria-expanded={open}
          aria-controls={`${headingId}-table`}
        >
          {open ? 'Hide' : 'Show'} the {entries.length} actions ({owing} owing)
        </Button>
      </Group>
      {open ? (
        <Table.ScrollContainer minWidth={720} id={`${headingId}-table`}>
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
              {entries.map(({ action, update, state, direction }) => {
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
        </Table.ScrollContainer>
      ) : null}
    </Card>
  );
}
