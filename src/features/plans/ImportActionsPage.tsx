import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { messageOf, problemsOf } from '../../api/errors';
import { useImportActions } from '../../api/mutations';
import { ErrorSummary, type FieldProblem } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { PageHeader } from '../../components/PageHeader';
import { formatFigure } from '../../domain/figures';
import { readImportRows } from '../../domain/actionImport';
import { guessMapping, IMPORT_FIELDS, type ColumnMapping } from '../../domain/actionImportColumns';
import { IMPORT_MAX_ROWS } from '../../domain/actionImport';
import { todayIso } from '../../domain/dates';
import type { SheetTable } from '../../domain/sheet';
import { ProblemTable } from '../../components/ProblemTable';
import { actionContextOf } from '../../domain/actionRules';
import { useActionFormData } from './useActionFormData';
import { formatUkDate } from '../../domain/dates';
import { ScrollingTable } from '../../components/ScrollingTable';
import { BusyButton } from '../../components/BusyButton';

/**
 * Import actions from an existing tracker: choose the file, confirm which column holds which
 * field, see every row checked, then add them all in one step (or none, if any row has a problem).
 */
export function ImportActionsPage() {
  const { data, error } = useActionFormData();
  const [table, setTable] = useState<SheetTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [fileProblems, setFileProblems] = useState<FieldProblem[]>([]);
  const [reading, setReading] = useState(false);
  const importActions = useImportActions();
  const navigate = useNavigate();

  const choose = async (file: File | undefined) => {
    setTable(null);
    setMapping(null);
    setFileProblems([]);
    if (!file) return;
    setReading(true);
    try {
      const { readSpreadsheetOffPage } = await import('../../api/spreadsheets');
      const result = await readSpreadsheetOffPage(file, { maxRows: IMPORT_MAX_ROWS });
      if (result.ok) {
        setTable(result.table);
        setMapping(guessMapping(result.table.headers));
      } else setFileProblems(result.problems);
    } catch (failure) {
      setFileProblems([{ field: 'file', message: messageOf(failure) }]);
    } finally {
      setReading(false);
    }
  };

  // The rows are checked against the plan as it was before they were imported: the plan read
  // again as the import ends holds them, and checked against it every row would clash with itself
  // (2,000 problems drawn, for a moment, before the plans page opened).
  const importing = importActions.isPending || importActions.isSuccess;
  const [plan, setPlan] = useState(data);
  if (!importing && plan !== data) setPlan(data);

  const checked = useMemo(() => {
    if (!table || !mapping || !plan) return null;
    return readImportRows(table, mapping, {
      bodies: plan.bodies,
      today: todayIso(),
      action: actionContextOf(plan),
    });
  }, [table, mapping, plan]);

  const mappingProblems = checked?.problems.filter((p) => p.field.startsWith('map-')) ?? [];
  const rowProblems = checked?.problems.filter((p) => p.row !== undefined) ?? [];

  const submit = () => {
    if (!checked || !table) return;
    importActions.mutate(
      { rows: checked.rows, fileName: table.fileName },
      {
        onSuccess: (count) => {
          notifications.show({
            color: 'green',
            title: 'Actions imported',
            message: `${formatFigure(count)} actions added from ${table.fileName}. The audit trail records each one.`,
          });
          void navigate('/plans');
        },
        onError: (failure) => {
          const found = problemsOf(failure);
          setFileProblems(
            found.length > 0 ? found : [{ field: 'file', message: messageOf(failure) }],
          );
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title="Import actions from a spreadsheet"
        lead="Bring in an existing action tracker. Nothing is added until every row is right, and then all rows are added together."
      />
      {error ? (
        <Alert color="red" title="The page could not be loaded">
          Reload the page to try again.
        </Alert>
      ) : !data ? (
        <Text role="status">Loading…</Text>
      ) : (
        <Stack gap="lg" maw={1000}>
          <ErrorSummary
            problems={fileProblems.filter((p) => p.row === undefined)}
            fieldIds={{ file: 'import-file' }}
          />
          <section aria-labelledby="file-heading">
            <Title order={2} size="h3" id="file-heading" mb="xs">
              1. Choose the file
            </Title>
            <FileField
              id="import-file"
              label="Spreadsheet"
              description={`An Excel workbook (.xlsx) or a CSV file, with column headings in row 1 and up to ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} actions`}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              onChoose={(files) => void choose(files[0])}
            />
            {reading ? (
              <Text role="status" mt="xs">
                Reading the file…
              </Text>
            ) : null}
            {fileProblems.some((p) => p.row !== undefined) ? (
              <ProblemTable
                problems={fileProblems.filter((p) => p.row !== undefined)}
                caption="Problems found when saving"
              />
            ) : null}
          </section>

          {table && mapping ? (
            <section aria-labelledby="map-heading">
              <Title order={2} size="h3" id="map-heading" mb="xs">
                2. Match the columns
              </Title>
              <Text mb="sm">
                {table.fileName} ({table.sheetName}): {formatFigure(table.rows.length)} rows. Check
                which column holds each field; fields marked required must have a column.
              </Text>
              <ErrorSummary
                problems={mappingProblems}
                fieldIds={Object.fromEntries(
                  IMPORT_FIELDS.map((f) => [`map-${f.key}`, `map-${f.key}`]),
                )}
              />
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {IMPORT_FIELDS.map((field) => (
                  <NativeSelect
                    key={field.key}
                    id={`map-${field.key}`}
                    label={`${field.label}${field.required ? ' (required)' : ''}`}
                    value={mapping[field.key] === null ? '' : String(mapping[field.key])}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setMapping({
                        ...mapping,
                        [field.key]: value === '' ? null : Number(value),
                      });
                    }}
                    data={[
                      {
                        value: '',
                        label:
                          field.key === 'startDate'
                            ? 'Not in the file: use today'
                            : 'Not in the file',
                      },
                      ...table.headers.map((heading, index) => ({
                        value: String(index),
                        label: heading,
                      })),
                    ]}
                  />
                ))}
              </SimpleGrid>
            </section>
          ) : null}

          {checked && mappingProblems.length === 0 ? (
            <section aria-labelledby="check-heading">
              <Title order={2} size="h3" id="check-heading" mb="xs">
                3. Check and import
              </Title>
              {rowProblems.length > 0 ? (
                <>
                  <Alert
                    color="red"
                    variant="outline"
                    title="Some rows need fixing"
                    mb="sm"
                    role="alert"
                  >
                    {formatFigure(rowProblems.length)}{' '}
                    {rowProblems.length === 1 ? 'problem' : 'problems'} in{' '}
                    {formatFigure(new Set(rowProblems.map((p) => p.row)).size)} of{' '}
                    {formatFigure(table?.rows.length)} rows. Fix them in the spreadsheet and choose
                    it again: nothing has been imported.
                  </Alert>
                  <ProblemTable problems={rowProblems} caption="Problems by row and column" />
                </>
              ) : (
                <Stack gap="sm">
                  <Text>
                    All {formatFigure(checked.rows.length)} rows are ready. The first ones:
                  </Text>
                  <ScrollingTable label="Actions to import" minWidth={640}>
                    <Table withTableBorder>
                      <Table.Caption>Actions to import (first 10)</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">Row</Table.Th>
                          <Table.Th scope="col">Reference</Table.Th>
                          <Table.Th scope="col">Title</Table.Th>
                          <Table.Th scope="col">Body</Table.Th>
                          <Table.Th scope="col">4P row</Table.Th>
                          <Table.Th scope="col">Due</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {checked.rows.slice(0, 10).map(({ row, input }) => (
                          <Table.Tr key={row}>
                            <Table.Td>{row}</Table.Td>
                            <Table.Td>{input.ref}</Table.Td>
                            <Table.Td>{input.title}</Table.Td>
                            <Table.Td>{input.bodyId}</Table.Td>
                            <Table.Td tt="capitalize">{input.primaryRow}</Table.Td>
                            <Table.Td>{formatUkDate(input.dueDate)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollingTable>
                  <Group>
                    <BusyButton onClick={submit} loading={importActions.isPending}>
                      Import {formatFigure(checked.rows.length)} actions
                    </BusyButton>
                    <Button component={Link} to="/plans" variant="default">
                      Cancel
                    </Button>
                  </Group>
                </Stack>
              )}
            </section>
          ) : null}
        </Stack>
      )}
    </>
  );
}
