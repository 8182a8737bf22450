import { Alert, Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../api/errors';
import { useRecordExport } from '../../api/mutations';
import {
  actionsQuery,
  bodiesQuery,
  quarterUpdatesQuery,
  settingsQuery,
  liveRecordsQuery,
} from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { isOpen, type Action } from '../../domain/actions';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import { previousQuarter, quarterKey, quarterLabel, type Quarter } from '../../domain/quarters';
import { returnRows, type ReturnContext } from '../../domain/returns';
import type { QuarterlyUpdate } from '../../domain/updates';
import { downloadFile } from '../../lib/download';
import { useQuarterParam } from './useQuarterParam';
import { XLSX, ImportReturns } from './ImportReturns';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';

/**
 * Returns from subgroup leads who do not use the app: a workbook per body to fill in, and the
 * import of completed ones, shown change by change before anything is accepted.
 */
export function ReturnsPage() {
  const { quarter, key } = useQuarterParam();
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const settings = useQuery(settingsQuery());
  // Whether the quarter is closed, from the indexes: its record (15 MB at 20,000 actions) is not read.
  const live = useQuery(liveRecordsQuery());
  const previousKey = quarter ? quarterKey(previousQuarter(quarter)) : '';
  const current = useQuery({ ...quarterUpdatesQuery(key ?? ''), enabled: Boolean(key) });
  const previous = useQuery({ ...quarterUpdatesQuery(previousKey), enabled: Boolean(key) });
  // Each look-up is built again only when its own list is read again: after a command the three
  // lists (20,000 rows each at 100x) arrive one at a time, and the page is drawn as each does, in
  // a background render that React splits into short tasks (one drawn at once held the page's
  // thread for 70-170 ms after a return's 2,000 rows were accepted).
  const actionsRead = useDeferredValue(actions.data);
  const currentRead = useDeferredValue(current.data);
  const previousRead = useDeferredValue(previous.data);
  const actionsByRef = useMemo(
    () => actionsRead && new Map(actionsRead.map((action) => [action.ref, action])),
    [actionsRead],
  );
  const currentByAction = useMemo(() => currentRead && byAction(currentRead), [currentRead]);
  const previousByAction = useMemo(() => previousRead && byAction(previousRead), [previousRead]);
  const context: ReturnContext | null =
    quarter && actionsByRef && currentByAction && previousByAction
      ? { quarter, actionsByRef, current: currentByAction, previous: previousByAction }
      : null;

  if (!quarter || !key) {
    return (
      <>
        <PageHeader title="Quarter not found" />
        <Anchor component={Link} to="/updates">
          Go to the current round
        </Anchor>
      </>
    );
  }
  const label = quarterLabel(quarter);
  const closed = (live.data ?? []).some((record) => record.quarter === key);

  return (
    <>
      <PageHeader
        title={`Update returns, ${label}`}
        lead="For subgroup leads who do not use the app: send each body its workbook, then import the completed ones and accept the updates."
      >
        <Anchor component={Link} to={`/updates/${key}`}>
          ← Back to the {label} round
        </Anchor>
      </PageHeader>
      {closed ? (
        <Alert color="orange" title={`${label} is closed`}>
          Its updates are frozen as reported, so returns cannot be taken. Reopen the quarter, giving
          a reason, to take late returns.
        </Alert>
      ) : !context || !bodies.data || !actionsRead || settings.data === undefined ? (
        <Text role="status">Loading…</Text>
      ) : (
        <Stack gap="lg">
          <CreateReturns
            quarter={quarter}
            bodies={bodies.data}
            actions={actionsRead}
            context={context}
            workspace={settings.data?.name ?? 'SafetyNet'}
          />
          <ImportReturns quarter={quarter} context={context} />
        </Stack>
      )}
    </>
  );
}

const byAction = (updates: readonly QuarterlyUpdate[]) =>
  new Map(updates.map((update) => [update.actionId, update]));

/** How many open actions each body has, in one pass over the plan. */
function openActionsByBody(actions: readonly Action[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const action of actions)
    if (isOpen(action)) counts.set(action.bodyId, (counts.get(action.bodyId) ?? 0) + 1);
  return counts;
}

function CreateReturns({
  quarter,
  bodies,
  actions,
  context,
  workspace,
}: {
  readonly quarter: Quarter;
  readonly bodies: readonly Body[];
  readonly actions: readonly Action[];
  readonly context: ReturnContext;
  readonly workspace: string;
}) {
  const [making, setMaking] = useState<string | null>(null);
  const recordExport = useRecordExport();
  const label = quarterLabel(quarter);
  const openCounts = useMemo(() => openActionsByBody(actions), [actions]);
  const make = async (body: Body) => {
    setMaking(body.id);
    try {
      const rows = returnRows(
        actions.filter((action) => action.bodyId === body.id),
        quarter,
        context.current,
        context.previous,
      );
      const { buildReturnWorkbook } = await import('../../lib/returnWorkbook');
      const bytes = await buildReturnWorkbook({
        workspace,
        bodyName: bodyDisplayName(body),
        quarterLabel: label,
        createdAt: new Date().toISOString(),
        rows,
      });
      const fileName = `Update return ${body.id} ${label.replace('/', '-')}.xlsx`;
      downloadFile(fileName, bytes, XLSX);
      recordExport.mutate({
        what: `update return for ${body.id}, ${label}`,
        details: { fileName, actions: rows.map((row) => row.ref) },
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'No return made', message: messageOf(error) });
    } finally {
      setMaking(null);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="create-heading">
      <Title order={2} size="h3" id="create-heading" mb="xs">
        Create update returns
      </Title>
      <Text mb="sm">
        One Excel workbook per body, with a row for each open action. The shaded columns are for the
        lead to fill in; the rest are locked and checked when the return comes back.
      </Text>
      <ScrollingTable label="Update returns by body" minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Body</Table.Th>
              <Table.Th scope="col" ta="right">
                Open actions
              </Table.Th>
              <Table.Th scope="col">Return</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bodies.map((body) => {
              const open = openCounts.get(body.id) ?? 0;
              return (
                <Table.Tr key={body.id}>
                  <Table.Th scope="row" fw={400}>
                    {bodyDisplayName(body)}
                  </Table.Th>
                  <Table.Td ta="right">{open}</Table.Td>
                  <Table.Td>
                    {open === 0 ? (
                      <Text size="sm">No open actions</Text>
                    ) : (
                      <BusyButton
                        size="xs"
                        variant="default"
                        loading={making === body.id}
                        onClick={() => void make(body)}
                        aria-label={`Download the return for ${bodyDisplayName(body)}`}
                      >
                        Download return
                      </BusyButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollingTable>
    </Card>
  );
}
