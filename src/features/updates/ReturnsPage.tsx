import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../api/errors';
import { useAcceptReturnUpdates, useRecordExport } from '../../api/mutations';
import {
  actionsQuery,
  bodiesQuery,
  quarterUpdatesQuery,
  settingsQuery,
  snapshotsQuery,
} from '../../api/queries';
import { FileField } from '../../components/FileField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemTable } from '../../components/ProblemTable';
import { isOpen, type Action } from '../../domain/actions';
import { bodyDisplayName, type Body } from '../../domain/bodies';
import type { Problem } from '../../domain/problems';
import { previousQuarter, quarterKey, quarterLabel, type Quarter } from '../../domain/quarters';
import {
  describeUpdate,
  readReturn,
  RETURN_MAX_ROWS,
  RETURN_SHEET,
  returnRows,
  type ReturnChange,
  type ReturnContext,
} from '../../domain/returns';
import type { QuarterlyUpdate } from '../../domain/updates';
import { downloadFile } from '../../lib/download';
import { useQuarterParam } from './useQuarterParam';

interface ReadReturn {
  readonly fileName: string;
  readonly problems: readonly Problem[];
  readonly changes: readonly ReturnChange[];
  readonly blank: readonly string[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Returns from subgroup leads who do not use the app: a workbook per body to fill in, and the
 * import of completed ones, shown change by change before anything is accepted.
 */
export function ReturnsPage() {
  const { quarter, key } = useQuarterParam();
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const settings = useQuery(settingsQuery());
  const snapshots = useQuery(snapshotsQuery());
  const previousKey = quarter ? quarterKey(previousQuarter(quarter)) : '';
  const current = useQuery({ ...quarterUpdatesQuery(key ?? ''), enabled: Boolean(key) });
  const previous = useQuery({ ...quarterUpdatesQuery(previousKey), enabled: Boolean(key) });

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
  const closed = (snapshots.data ?? []).some((s) => s.quarter === key && s.supersededAt === null);
  const loaded =
    actions.data && bodies.data && current.data && previous.data && settings.data !== undefined;
  const byAction = (updates: readonly QuarterlyUpdate[]) =>
    new Map(updates.map((update) => [update.actionId, update]));
  const context: ReturnContext | null = loaded
    ? {
        quarter,
        actionsByRef: new Map(actions.data.map((action) => [action.ref, action])),
        current: byAction(current.data),
        previous: byAction(previous.data),
      }
    : null;

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
      ) : !context || !bodies.data || !actions.data ? (
        <Text role="status">Loading…</Text>
      ) : (
        <Stack gap="lg">
          <CreateReturns
            quarter={quarter}
            bodies={bodies.data}
            actions={actions.data}
            context={context}
            workspace={settings.data?.name ?? 'SafetyNet'}
          />
          <ImportReturns quarter={quarter} context={context} />
        </Stack>
      )}
    </>
  );
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
      <Table.ScrollContainer minWidth={520}>
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
              const open = actions.filter((a) => a.bodyId === body.id && isOpen(a)).length;
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
                      <Button
                        size="xs"
                        variant="default"
                        loading={making === body.id}
                        onClick={() => void make(body)}
                        aria-label={`Download the return for ${bodyDisplayName(body)}`}
                      >
                        Download return
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function ImportReturns({
  quarter,
  context,
}: {
  readonly quarter: Quarter;
  readonly context: ReturnContext;
}) {
  const [files, setFiles] = useState<ReadReturn[]>([]);
  const [reading, setReading] = useState(false);
  const accept = useAcceptReturnUpdates();

  const choose = async (chosen: File[]) => {
    setFiles([]);
    if (chosen.length === 0) return;
    setReading(true);
    const results: ReadReturn[] = [];
    const failed = (fileName: string, error: unknown): ReadReturn => ({
      fileName,
      problems: [{ field: 'file', message: messageOf(error) }],
      changes: [],
      blank: [],
    });
    try {
      // The spreadsheet reader loads on first use; a failed load is reported, never left reading.
      const { readSpreadsheet } = await import('../../lib/spreadsheet');
      for (const file of chosen) {
        try {
          const sheet = await readSpreadsheet(file, {
            sheetName: RETURN_SHEET,
            maxRows: RETURN_MAX_ROWS,
          });
          results.push(
            sheet.ok
              ? { fileName: file.name, ...readReturn(sheet.table, context) }
              : { fileName: file.name, problems: sheet.problems, changes: [], blank: [] },
          );
        } catch (error) {
          results.push(failed(file.name, error));
        }
      }
    } catch (error) {
      for (const file of chosen.slice(results.length)) results.push(failed(file.name, error));
    } finally {
      setFiles(results);
      setReading(false);
    }
  };

  const acceptChanges = (fileName: string, changes: readonly ReturnChange[]) =>
    accept.mutate(
      {
        quarter: quarterKey(quarter),
        fileName,
        updates: changes.map((change) => ({ actionId: change.action.id, input: change.proposed })),
      },
      {
        onSuccess: (count) => {
          const done = new Set(changes.map((change) => change.action.id));
          setFiles((current) =>
            current.map((file) =>
              file.fileName === fileName
                ? { ...file, changes: file.changes.filter((c) => !done.has(c.action.id)) }
                : file,
            ),
          );
          notifications.show({
            color: 'green',
            title: count === 1 ? 'Update accepted' : `${count} updates accepted`,
            message: `From ${fileName}. The audit trail records each one.`,
          });
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'Nothing accepted',
            message: messageOf(error),
          }),
      },
    );

  return (
    <Card withBorder component="section" aria-labelledby="import-heading">
      <Title order={2} size="h3" id="import-heading" mb="xs">
        Import completed returns
      </Title>
      <FileField
        id="returns-file"
        label="Completed returns"
        description="One or more workbooks made on this page and filled in"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        onChoose={(chosen) => void choose(chosen)}
      />
      {reading ? (
        <Text role="status" mt="xs">
          Reading the returns…
        </Text>
      ) : null}
      <Stack gap="xl" mt="md">
        {files.map((file) => (
          <Stack key={file.fileName} gap="sm" component="section" aria-label={file.fileName}>
            <Title order={3} size="h4">
              {file.fileName}
            </Title>
            {file.problems.length > 0 ? (
              <>
                <Alert color="red" variant="outline" title="Rows not taken" role="alert">
                  Nothing is written for these rows. Ask the lead to correct them, or enter the
                  updates in the app.
                </Alert>
                <ProblemTable problems={file.problems} caption={`Problems in ${file.fileName}`} />
              </>
            ) : null}
            {file.blank.length > 0 ? (
              <Text>No update given for: {file.blank.join(', ')}. They still owe an update.</Text>
            ) : null}
            {file.changes.length > 0 ? (
              <>
                <Group>
                  <Text>
                    {file.changes.length} {file.changes.length === 1 ? 'update' : 'updates'} to
                    review.
                  </Text>
                  <Button
                    onClick={() => acceptChanges(file.fileName, file.changes)}
                    loading={accept.isPending}
                  >
                    Accept all {file.changes.length}
                  </Button>
                </Group>
                {file.changes.map((change) => (
                  <ChangeCard
                    key={change.action.id}
                    change={change}
                    onAccept={() => acceptChanges(file.fileName, [change])}
                    saving={accept.isPending}
                  />
                ))}
              </>
            ) : file.problems.length === 0 ? (
              <Text>Nothing left to accept from this return.</Text>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

function ChangeCard({
  change,
  onAccept,
  saving,
}: {
  readonly change: ReturnChange;
  readonly onAccept: () => void;
  readonly saving: boolean;
}) {
  const now = new Map(describeUpdate(change.current));
  const proposed = describeUpdate(change.proposed);
  const name = `${change.action.ref} ${change.action.title}`;
  return (
    <Card withBorder padding="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700 }}>
            {name} (row {change.row})
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="20%">
                Field
              </Table.Th>
              <Table.Th scope="col" w="40%">
                Now in the app
              </Table.Th>
              <Table.Th scope="col" w="40%">
                In the return
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposed.map(([field, value]) => {
              const before = change.current ? (now.get(field) ?? '') : '';
              return (
                <Table.Tr key={field}>
                  <Table.Th scope="row" fw={400}>
                    {field}
                  </Table.Th>
                  <Table.Td>{change.current ? before || '—' : 'No update yet'}</Table.Td>
                  <Table.Td fw={before !== value ? 700 : 400}>{value || '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt="xs">
        <Button
          size="xs"
          variant="outline"
          onClick={onAccept}
          loading={saving}
          aria-label={`Accept the update for ${change.action.ref}`}
        >
          Accept
        </Button>
      </Group>
    </Card>
  );
}
