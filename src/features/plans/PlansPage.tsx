import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Pagination,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { messageOf } from '../../api/errors';
import { useLoadDemoPlan } from '../../api/mutations';
import { actionsQuery, bodiesQuery, settingsQuery, strategicToolQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar, SearchFilter, SelectFilter } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RagBadge } from '../../components/RagBadge';
import {
  ACTION_STATUS_LABEL,
  ACTION_STATUSES,
  isOverdue,
  type Action,
  type ActionStatus,
} from '../../domain/actions';
import { bodyDisplayName } from '../../domain/bodies';
import { formatUkDate, todayIso } from '../../domain/dates';
import { filterActions, searchText, sortActions, type PlanSortKey } from '../../domain/planFilter';
import { quarterLabel } from '../../domain/quarters';
import { RAG, RAG_STATUSES, type RagStatus } from '../../domain/rag';
import { FOUR_P_ROWS, fourPRowName, type FourPRowId } from '../../domain/strategicTool';
import { reportingQuarterOf } from '../../domain/workspace';
import { useUrlFilters } from '../../lib/useUrlFilters';

const FILTERS = [
  'q',
  'row',
  'theme',
  'status',
  'rag',
  'rec',
  'overdue',
  'due',
  'archived',
  'sort',
  'dir',
  'page',
] as const;
const PAGE_SIZE = 50;

const COLUMNS: { key: PlanSortKey; label: string }[] = [
  { key: 'ref', label: 'Reference' },
  { key: 'title', label: 'Action' },
  { key: 'body', label: 'Owning body' },
  { key: 'status', label: 'Status' },
  { key: 'rag', label: 'Latest RAG' },
  { key: 'dueDate', label: 'Due' },
];

export function PlansPage() {
  const bodyParam = useParams().body?.toUpperCase();
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const tool = useQuery(strategicToolQuery());
  const settings = useQuery(settingsQuery());
  const { values, setFilter, setFilters, clear, active } = useUrlFilters(FILTERS);
  const search = useDeferredValue(values.q);
  const loadDemo = useLoadDemoPlan();

  const body = bodies.data?.find((candidate) => candidate.id === bodyParam);
  const today = todayIso();
  const quarter = reportingQuarterOf(settings.data, today);
  const bodyOrder = useMemo(
    () => new Map((bodies.data ?? []).map((b) => [b.id, b.order])),
    [bodies.data],
  );
  const searchIndex = useMemo(
    () => new Map((actions.data ?? []).map((a) => [a.id, searchText(a)])),
    [actions.data],
  );
  const sortKey = (COLUMNS.find((column) => column.key === values.sort)?.key ??
    'ref') as PlanSortKey;
  const direction = values.dir === 'descending' ? 'descending' : 'ascending';

  const shown = useMemo(() => {
    const filtered = filterActions(
      actions.data ?? [],
      {
        search,
        bodyId: body?.id,
        row: values.row as FourPRowId | '',
        themeId: values.theme,
        status: values.status as ActionStatus | '',
        rag: values.rag as RagStatus | 'none' | '',
        recommendation: values.rec ? Number(values.rec) : null,
        overdue: values.overdue === '1',
        dueThisQuarter: values.due === '1',
        archived: values.archived === '1',
      },
      { today, quarter, searchIndex },
    );
    return sortActions(filtered, { key: sortKey, direction }, bodyOrder);
  }, [
    actions.data,
    search,
    body?.id,
    values,
    today,
    quarter,
    searchIndex,
    sortKey,
    direction,
    bodyOrder,
  ]);

  if (bodyParam && bodies.data && !body) {
    return (
      <>
        <PageHeader title="Plan not found" />
        <Text>
          There is no body with the code {bodyParam}.{' '}
          <Anchor component={Link} to="/plans">
            See every plan
          </Anchor>
          .
        </Text>
      </>
    );
  }

  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Number(values.page) || 1), pages);
  const pageRows = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const title = body ? `${bodyDisplayName(body)} action plan` : 'Action plans';
  const setSort = (key: PlanSortKey) => {
    setFilters({
      sort: key === 'ref' ? '' : key,
      dir: sortKey === key && direction === 'ascending' ? 'descending' : '',
    });
  };

  return (
    <>
      <PageHeader
        title={title}
        lead={
          body
            ? body.description
            : 'Every body’s actions, mapped onto the strategic tool. Choose a body to see its plan.'
        }
      />
      <Group component="nav" aria-label="Plans by body" gap="xs" mb="md">
        <Anchor
          component={Link}
          to="/plans"
          className="link-chip"
          aria-current={body ? undefined : 'page'}
          fw={body ? 400 : 700}
        >
          All bodies
        </Anchor>
        {(bodies.data ?? []).map((b) => (
          <Anchor
            key={b.id}
            component={Link}
            to={`/plans/${b.id}`}
            className="link-chip"
            aria-current={b.id === body?.id ? 'page' : undefined}
            fw={b.id === body?.id ? 700 : 400}
          >
            {bodyDisplayName(b)}
          </Anchor>
        ))}
      </Group>
      <QueryState query={actions} what="the action plans">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No actions yet">
              <Stack gap="sm" align="flex-start" component="span">
                <span>
                  Create the first action, or load a demo plan of example actions drawn from the
                  report (you can remove it in one step).
                </span>
                <Group component="span">
                  <Button component={Link} to={`/actions/new${body ? `?body=${body.id}` : ''}`}>
                    Create an action
                  </Button>
                  <Button component={Link} to="/actions/import" variant="default">
                    Import from a spreadsheet
                  </Button>
                  <Button
                    variant="default"
                    loading={loadDemo.isPending}
                    onClick={() =>
                      loadDemo.mutate(undefined, {
                        onSuccess: (count) =>
                          notifications.show({
                            color: 'green',
                            title: 'Demo plan loaded',
                            message: `${count} example actions added, labelled as demo data.`,
                          }),
                        onError: (error) =>
                          notifications.show({
                            color: 'red',
                            title: 'Demo plan not loaded',
                            message: messageOf(error),
                          }),
                      })
                    }
                  >
                    Load the demo action plan
                  </Button>
                </Group>
              </Stack>
            </EmptyState>
          ) : (
            <>
              <FilterBar label="Filter actions" active={active} onClear={clear}>
                <SearchFilter
                  description="Reference, title or lead"
                  value={values.q}
                  onChange={(v) => setFilter('q', v)}
                />
                <SelectFilter
                  label="4P row"
                  all="All rows"
                  value={values.row}
                  onChange={(v) => setFilter('row', v)}
                  options={FOUR_P_ROWS.map((r) => ({ value: r, label: fourPRowName(r) }))}
                />
                <SelectFilter
                  label="Theme"
                  all="All themes"
                  value={values.theme}
                  onChange={(v) => setFilter('theme', v)}
                  options={(tool.data?.themes ?? []).map((t) => ({ value: t.id, label: t.name }))}
                />
                <SelectFilter
                  label="Status"
                  all="Any status"
                  value={values.status}
                  onChange={(v) => setFilter('status', v)}
                  options={ACTION_STATUSES.map((s) => ({
                    value: s,
                    label: ACTION_STATUS_LABEL[s],
                  }))}
                />
                <SelectFilter
                  label="Latest RAG"
                  all="Any RAG"
                  value={values.rag}
                  onChange={(v) => setFilter('rag', v)}
                  options={[
                    ...RAG_STATUSES.map((s) => ({ value: s, label: RAG[s].label })),
                    { value: 'none', label: 'No update yet' },
                  ]}
                />
                <SelectFilter
                  label="Recommendation"
                  all="Any"
                  value={values.rec}
                  onChange={(v) => setFilter('rec', v)}
                  options={Array.from({ length: 24 }, (_, i) => ({
                    value: String(i + 1),
                    label: `Recommendation ${i + 1}`,
                  }))}
                />
                <Stack gap={4}>
                  <Checkbox
                    label="Overdue only"
                    checked={values.overdue === '1'}
                    onChange={(e) => setFilter('overdue', e.currentTarget.checked ? '1' : '')}
                  />
                  <Checkbox
                    label={`Due in ${quarterLabel(quarter)}`}
                    checked={values.due === '1'}
                    onChange={(e) => setFilter('due', e.currentTarget.checked ? '1' : '')}
                  />
                  <Checkbox
                    label="Archived actions"
                    checked={values.archived === '1'}
                    onChange={(e) => setFilter('archived', e.currentTarget.checked ? '1' : '')}
                  />
                </Stack>
              </FilterBar>
              <Group justify="space-between" mb="sm">
                <Text role="status">
                  {shown.length === 0
                    ? 'No actions match'
                    : `Showing ${(page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + pageRows.length} of ${shown.length} actions`}
                </Text>
                <Group gap="sm">
                  <Button component={Link} to="/actions/import" variant="default">
                    Import from a spreadsheet
                  </Button>
                  <Button component={Link} to={`/actions/new${body ? `?body=${body.id}` : ''}`}>
                    New action
                  </Button>
                </Group>
              </Group>
              {shown.length === 0 ? (
                <EmptyState title="No actions match these filters">
                  Change the search or filters, or clear them.
                </EmptyState>
              ) : (
                <PlanTable
                  rows={pageRows}
                  bodyName={(id) => {
                    const b = bodies.data?.find((x) => x.id === id);
                    return b ? bodyDisplayName(b) : id;
                  }}
                  sortKey={sortKey}
                  direction={direction}
                  onSort={setSort}
                  today={today}
                />
              )}
              {pages > 1 ? (
                <Pagination
                  mt="md"
                  total={pages}
                  value={page}
                  onChange={(next) => setFilter('page', next === 1 ? '' : String(next))}
                  getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                  getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
                />
              ) : null}
            </>
          )
        }
      </QueryState>
    </>
  );
}

interface PlanTableProps {
  readonly rows: readonly Action[];
  readonly bodyName: (id: string) => string;
  readonly sortKey: PlanSortKey;
  readonly direction: 'ascending' | 'descending';
  readonly onSort: (key: PlanSortKey) => void;
  readonly today: string;
}

function PlanTable({ rows, bodyName, sortKey, direction, onSort, today }: PlanTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>Actions. Select a column heading to sort.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => {
              const sorted = column.key === sortKey;
              const Icon = !sorted
                ? IconSelector
                : direction === 'ascending'
                  ? IconArrowUp
                  : IconArrowDown;
              return (
                <Table.Th key={column.key} scope="col" aria-sort={sorted ? direction : undefined}>
                  <UnstyledButton
                    onClick={() => onSort(column.key)}
                    fw={700}
                    style={{ display: 'inline-flex', alignItems: 'center', gap: 4, minHeight: 24 }}
                  >
                    {column.label}
                    <Icon size={14} aria-hidden="true" />
                  </UnstyledButton>
                </Table.Th>
              );
            })}
            <Table.Th scope="col">Primary 4P row</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>
                <Anchor component={Link} to={`/actions/${action.ref}`} fw={600}>
                  {action.ref}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {action.title}
                {action.demo ? (
                  <span className="tag" style={{ marginLeft: 6 }}>
                    Demo
                  </span>
                ) : null}
              </Table.Td>
              <Table.Td>{bodyName(action.bodyId)}</Table.Td>
              <Table.Td>{ACTION_STATUS_LABEL[action.status]}</Table.Td>
              <Table.Td>
                {action.latestRag ? (
                  <RagBadge status={action.latestRag} />
                ) : (
                  <Text size="sm">No update</Text>
                )}
              </Table.Td>
              <Table.Td>
                {formatUkDate(action.dueDate)}
                {isOverdue(action, today) ? (
                  <span className="tag tag-warning" style={{ marginLeft: 6 }}>
                    Overdue
                  </span>
                ) : null}
              </Table.Td>
              <Table.Td>{fourPRowName(action.primaryRow)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
