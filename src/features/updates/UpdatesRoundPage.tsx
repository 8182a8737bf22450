import { useMayManage, useRole } from '../../api/role';
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { actionsQuery, bodiesQuery, quarterUpdatesQuery } from '../../api/queries';
import { closedRoundQuery } from '../../api/scrutiny';
import { PageHeader } from '../../components/PageHeader';
import { InSlices } from '../../components/InSlices';
import { LoadingOrFailed } from '../../components/QueryState';
import { bodyDisplayName } from '../../domain/bodies';
import { formatFigure } from '../../domain/figures';
import {
  nextQuarter,
  parseQuarterKey,
  previousQuarter,
  quarterKey,
  quarterLabel,
} from '../../domain/quarters';
import { returnsByBody, roundFor, type RoundLine } from '../../domain/round';
import { overallDirection } from '../../domain/updates';
import { QuarterStatus } from './QuarterStatus';
import { RecordUnreadable } from './RecordUnreadable';
import { useQuarterParam } from './useQuarterParam';
import { useQuarterRecord } from './useQuarterRecord';
import { ROUND_OPEN_LIMIT, BodyRound } from './BodyRound';
import { ScrollingTable } from '../../components/ScrollingTable';

export function UpdatesRoundPage() {
  const { quarter, key, reporting } = useQuarterParam();
  const { known, failure, live, earlier } = useQuarterRecord(key);
  const record = useQuery(closedRoundQuery(live));
  // An open quarter's round is today's actions and updates; a closed one's is its record, so a
  // closed round of 20,000 actions does not read them.
  const open = known && !live;
  const actions = useQuery({ ...actionsQuery(), enabled: open });
  const bodies = useQuery(bodiesQuery());
  const updates = useQuery({ ...quarterUpdatesQuery(key ?? ''), enabled: open && Boolean(key) });
  const role = useRole();
  const mayManage = useMayManage();

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
  const needed = live ? [bodies] : [actions, bodies, updates];
  const failed = failure ?? needed.find((query) => query.isError)?.error;
  const header = <PageHeader title={`Quarterly updates, ${label}`} />;
  if (!known || needed.some((query) => !query.data))
    return (
      <>
        {header}
        <LoadingOrFailed what={`the round of ${label}`} error={failed} />
      </>
    );
  const readOnly = role === 'councillor' || role === 'board-member';
  const status = (owing: number, children?: ReactNode) => (
    <Card withBorder component="section" aria-labelledby="status-heading">
      <Title order={2} size="h3" id="status-heading" mb="sm">
        Status
      </Title>
      <QuarterStatus
        quarter={quarter}
        quarterKey={key}
        live={live}
        earlier={earlier}
        owing={owing}
        readOnly={!mayManage}
      />
      {children}
    </Card>
  );
  // A closed quarter's round is its record, checked before it is shown; its status (who closed it,
  // when, its SHA-256) is shown meanwhile.
  const reading = live ? record.data : undefined;
  if (live && !reading)
    return (
      <>
        {header}
        <Stack gap="lg">
          {status(0)}
          <LoadingOrFailed what={`the record of ${label}`} error={record.error} />
        </Stack>
      </>
    );
  if (reading && !reading.ok)
    return (
      <>
        {header}
        <RecordUnreadable message={reading.message} />
      </>
    );
  const bodyList = bodies.data ?? [];
  const bodyOrder = new Map(bodyList.map((body) => [body.id, body.order]));
  // Each body's lines are listed apart, so a closed round's lines in reference order will do.
  const round: readonly RoundLine[] = reading
    ? reading.lines
    : roundFor(actions.data ?? [], updates.data ?? [], quarter, bodyOrder);
  const returns = returnsByBody(
    round,
    bodyList.map((b) => b.id),
  );
  const owing = round.filter((entry) => entry.state !== 'done').length;
  const compared = reading?.comparedWith ? parseQuarterKey(reading.comparedWith) : undefined;
  const overall = reading ? overallDirection(round.map((entry) => entry.direction ?? null)) : null;

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
        {status(
          owing,
          overall ? (
            <Text mt="sm" fw={600}>
              Direction of travel{compared ? ` against ${quarterLabel(compared)}` : ''}:{' '}
              {overall.summary}
              {overall.counts.new > 0
                ? `; ${formatFigure(overall.counts.new)} new this quarter`
                : ''}
              .
            </Text>
          ) : null,
        )}

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
          <ScrollingTable label="Returns by body">
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
                        bodyList.find((b) => b.id === r.bodyId) ?? {
                          name: r.bodyId,
                          kind: 'board',
                        },
                      )}
                    </Table.Th>
                    <Table.Td ta="right">{formatFigure(r.total)}</Table.Td>
                    <Table.Td ta="right">{formatFigure(r.done)}</Table.Td>
                    <Table.Td ta="right">{formatFigure(r.draft)}</Table.Td>
                    <Table.Td ta="right">{formatFigure(r.missing)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollingTable>
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
          // Each body's lines after the status and the returns have painted, in slices: a round
          // of up to 300 lines starts open, and drawing them all at once held the page for over
          // 100 ms (issue 20).
          <InSlices>
            {bodyList.map((body) => (
              <BodyRound
                key={body.id}
                body={body}
                entries={round.filter((e) => e.action.bodyId === body.id)}
                quarterKey={key}
                closed={Boolean(live)}
                readOnly={readOnly}
                startOpen={round.length <= ROUND_OPEN_LIMIT}
              />
            ))}
          </InSlices>
        )}
      </Stack>
    </>
  );
}
