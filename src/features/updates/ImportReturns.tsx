/** Reading completed returns back in: each change shown beside what the plan holds, accepted per row. */
import { Alert, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { startTransition, useState } from 'react';
import { messageOf } from '../../api/errors';
import { useAcceptReturnUpdates } from '../../api/mutations';
import { FileField } from '../../components/FileField';
import { InPages } from '../../components/Pages';
import { ProblemTable } from '../../components/ProblemTable';
import { formatFigure } from '../../domain/figures';
import type { Problem } from '../../domain/problems';
import { quarterKey, type Quarter } from '../../domain/quarters';
import {
  describeUpdate,
  readReturn,
  RETURN_MAX_ROWS,
  RETURN_SHEET,
  type ReturnChange,
  type ReturnContext,
} from '../../domain/returns';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';

export interface ReadReturn {
  readonly fileName: string;
  readonly problems: readonly Problem[];
  readonly changes: readonly ReturnChange[];
  readonly blank: readonly string[];
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Changes shown at a time: a return can hold 2,000 rows, and a card for each is more than anyone
 * reads at once (and, drawn together, seconds of the page's thread).
 */
const CHANGES_PER_PAGE = 25;

export function ImportReturns({
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
      // The reader (in a worker) loads on first use; a failed load is reported, never left reading.
      const { readSpreadsheetOffPage } = await import('../../api/spreadsheets');
      for (const file of chosen) {
        try {
          const sheet = await readSpreadsheetOffPage(file, {
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
      // In a background render, which React splits into short tasks: the first page of changes
      // drawn at once held the page's thread for about 150 ms at 100x.
      startTransition(() => {
        setFiles(results);
        setReading(false);
      });
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
          // In a background render too: the page drawn again without 2,000 accepted changes
          // held the page's thread for about 100 ms in one task.
          startTransition(() =>
            setFiles((current) =>
              current.map((file) =>
                file.fileName === fileName
                  ? { ...file, changes: file.changes.filter((c) => !done.has(c.action.id)) }
                  : file,
              ),
            ),
          );
          notifications.show({
            color: 'green',
            title: count === 1 ? 'Update accepted' : `${formatFigure(count)} updates accepted`,
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
                    {formatFigure(file.changes.length)}{' '}
                    {file.changes.length === 1 ? 'update' : 'updates'} to review.
                  </Text>
                  <BusyButton
                    onClick={() => acceptChanges(file.fileName, file.changes)}
                    loading={accept.isPending}
                  >
                    Accept all {formatFigure(file.changes.length)}
                  </BusyButton>
                </Group>
                <InPages
                  items={file.changes}
                  perPage={CHANGES_PER_PAGE}
                  things="changes"
                  of={file.fileName}
                >
                  {(shown) =>
                    shown.map((change) => (
                      <ChangeCard
                        key={change.action.id}
                        change={change}
                        onAccept={() => acceptChanges(file.fileName, [change])}
                        saving={accept.isPending}
                      />
                    ))
                  }
                </InPages>
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
      <ScrollingTable label={name} minWidth={560}>
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
      </ScrollingTable>
      <Group mt="xs">
        <BusyButton
          size="xs"
          variant="outline"
          onClick={onAccept}
          loading={saving}
          aria-label={`Accept the update for ${change.action.ref}`}
        >
          Accept
        </BusyButton>
      </Group>
    </Card>
  );
}
