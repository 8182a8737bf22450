import { Anchor, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRole } from '../../api/role';
import { useDeferredValue, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { actionsQuery, bodiesQuery, settingsQuery, strategicToolQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { LoadingOrFailed, QueryState } from '../../components/QueryState';
import { formatFigure } from '../../domain/figures';
import { type ActionStatus } from '../../domain/actions';
import { bodyDisplayName } from '../../domain/bodies';
import { todayIso } from '../../domain/dates';
import { filterActions, searchText, sortActions, type PlanSortKey } from '../../domain/planFilter';
import { type RagStatus } from '../../domain/rag';
import { type FourPRowId } from '../../domain/strategicTool';
import { reportingQuarterOf } from '../../domain/workspace';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { COLUMNS, PlanTable } from './PlanTable';
import { NoActionsYet } from './NoActionsYet';
import { PLAN_FILTERS, PlanFilters } from './PlanFilters';
import { usePageTurn } from '../../lib/usePageTurn';
import { Pager } from '../../components/Pages';

const PAGE_SIZE = 50;

export function PlansPage() {
  const bodyParam = useParams().body?.toUpperCase();
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const tool = useQuery(strategicToolQuery());
  const settings = useQuery(settingsQuery());
  const { values, setFilter, setFilters, clear, active } = useUrlFilters(PLAN_FILTERS);
  const search = useDeferredValue(values.q);
  const { shownLine, turned } = usePageTurn<HTMLParagraphElement>(Number(values.page) || 1);

  const body = bodies.data?.find((candidate) => candidate.id === bodyParam);
  const role = useRole();
  const mayAdd = role !== 'councillor' && role !== 'board-member';
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

  const header = (
    <PageHeader
      title={title}
      lead={
        body
          ? body.description
          : 'Every body’s actions, mapped onto the strategic tool. Choose a body to see its plan.'
      }
    />
  );
  // The bodies' links wrap to several lines on a phone: drawn after the loading line, they pushed
  // it down (layout shift 0.014), so the loading line waits for them and is then drawn below them.
  // A body's plan is named only once the bodies are read.
  if (!bodies.data) {
    return (
      <>
        {bodyParam ? null : header}
        <LoadingOrFailed what="the action plans" error={bodies.error} />
      </>
    );
  }

  return (
    <>
      {header}
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
        {bodies.data.map((b) => (
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
            <NoActionsYet bodyId={body?.id} />
          ) : (
            <>
              <PlanFilters
                values={values}
                setFilter={setFilter}
                active={active}
                onClear={clear}
                themes={tool.data?.themes ?? []}
                quarter={quarter}
              />
              <Group justify="space-between" mb="sm">
                <Text role="status" ref={shownLine} tabIndex={-1}>
                  {shown.length === 0
                    ? 'No actions match'
                    : `Showing ${formatFigure((page - 1) * PAGE_SIZE + 1)}–${formatFigure((page - 1) * PAGE_SIZE + pageRows.length)} of ${formatFigure(shown.length)} actions`}
                </Text>
                <Group gap="sm" hidden={!mayAdd}>
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
              <Pager
                pages={pages}
                current={page}
                onTurn={(next) => {
                  turned();
                  setFilter('page', next === 1 ? '' : String(next));
                }}
              />
            </>
          )
        }
      </QueryState>
    </>
  );
}
