import {
  Anchor,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { auditCsv, type AuditFilter } from '../../api/audit';
import { messageOf } from '../../api/errors';
import { useRecordExport } from '../../api/mutations';
import { auditActorsQuery, auditPageQuery } from '../../api/queries';
import { FilterBar, SearchFilter, SelectFilter } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import {
  AUDIT_KIND_LABEL,
  AUDIT_KINDS,
  ENTITY_LABEL,
  entriesShown,
  type AuditEntry,
  type AuditKind,
  type EntityType,
} from '../../domain/audit';
import { formatUkDateTime, todayIso } from '../../domain/dates';
import { downloadFile } from '../../lib/download';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { EntryChanges } from './EntryChanges';
import { VerifyPanel } from './VerifyPanel';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';

const ENTITY_TYPES = (Object.keys(ENTITY_LABEL) as EntityType[]).map((value) => ({
  value,
  label: ENTITY_LABEL[value],
}));

const FILTERS = ['kind', 'type', 'entity', 'actor', 'from', 'to', 'q', 'before', 'after'] as const;

/** Where an entry's entity lives in the app, when it has a page. */
function entityLink(entry: AuditEntry): string | null {
  const record = (entry.after ?? entry.before) as Record<string, unknown> | null;
  switch (entry.entityType) {
    case 'action':
      return typeof record?.ref === 'string' ? `/actions/${record.ref}` : null;
    case 'recommendation':
      return `/recommendations/${entry.entityId}`;
    case 'update':
      return `/updates/${entry.entityId.split('@')[1] ?? ''}`;
    case 'snapshot':
      return `/updates/${entry.entityId.split('-v')[0] ?? ''}`;
    case 'settings':
      return '/settings';
    default:
      return null;
  }
}

export function AuditPage() {
  const { values, setFilters, clear, active } = useUrlFilters(FILTERS);
  /** A new filter starts again from the newest entry. */
  const setFilter = (name: (typeof FILTERS)[number], value: string) =>
    setFilters({ [name]: value, before: '', after: '' });
  const search = useDeferredValue(values.q);
  const filter: AuditFilter = {
    kind: values.kind as AuditKind | '',
    entityType: values.type as EntityType | '',
    entityId: values.entity,
    actor: values.actor,
    from: values.from,
    to: values.to,
    search,
  };
  const cursor = values.before
    ? { before: Number(values.before) }
    : values.after
      ? { after: Number(values.after) }
      : {};
  const page = useQuery(auditPageQuery(filter, cursor));
  const actors = useQuery(auditActorsQuery());
  const [open, setOpen] = useState<Set<number>>(new Set());
  const record = useRecordExport();
  const toggle = (seq: number) =>
    setOpen(
      (current) =>
        new Set(current.has(seq) ? [...current].filter((s) => s !== seq) : [...current, seq]),
    );

  const exportCsv = async () => {
    try {
      const { file, rows } = await auditCsv(filter);
      await record.mutateAsync({ what: 'audit log CSV', details: { rows, filter } });
      downloadFile(`safetynet-audit-log-${todayIso()}.csv`, file, file.type);
      notifications.show({
        color: 'green',
        title: 'Audit log exported',
        message: `${rows} entries. The export is itself recorded in the log.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not exported', message: messageOf(error) });
    }
  };

  return (
    <>
      <PageHeader
        title="Audit trail"
        lead="Every change, import, export and quarter closure, newest first: who, when, and what it was before and after."
      />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="verify-heading">
          <Title order={2} size="h3" id="verify-heading" mb="xs">
            Integrity
          </Title>
          <VerifyPanel />
        </Card>
        <FilterBar label="Filter the audit trail" active={active} onClear={clear}>
          <SearchFilter
            description="Words in the summary or the person"
            value={values.q}
            onChange={(v) => setFilter('q', v)}
          />
          <SelectFilter
            label="Kind of change"
            all="Any change"
            value={values.kind}
            onChange={(v) => setFilter('kind', v)}
            options={AUDIT_KINDS.map((k) => ({ value: k, label: AUDIT_KIND_LABEL[k] }))}
          />
          <SelectFilter
            label="Kind of entity"
            all="Any entity"
            value={values.type}
            onChange={(v) => setFilters({ type: v, entity: '', before: '', after: '' })}
            options={ENTITY_TYPES}
          />
          <SelectFilter
            label="Who"
            all="Anyone"
            value={values.actor}
            onChange={(v) => setFilter('actor', v)}
            options={(actors.data ?? []).map((a) => ({ value: a, label: a }))}
          />
          <TextInput
            type="date"
            label="From"
            value={values.from}
            onChange={(e) => setFilter('from', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="To"
            value={values.to}
            onChange={(e) => setFilter('to', e.currentTarget.value)}
          />
        </FilterBar>
        {values.entity ? (
          <Text>
            Showing the history of one {values.type || 'entity'} ({values.entity}).{' '}
            <Anchor component="button" type="button" onClick={() => setFilter('entity', '')}>
              Show every {values.type || 'entity'}
            </Anchor>
          </Text>
        ) : null}
        <QueryState query={page} what="the audit trail">
          {(result) => (
            <>
              <Group justify="space-between">
                <Text role="status">{entriesShown(result.entries)}</Text>
                <BusyButton
                  variant="default"
                  onClick={() => void exportCsv()}
                  loading={record.isPending}
                >
                  Export these entries as CSV
                </BusyButton>
              </Group>
              {result.entries.length > 0 ? (
                <ScrollingTable label="Audit entries" minWidth={860}>
                  <Table verticalSpacing="xs">
                    <Table.Caption>Audit entries, newest first</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">No.</Table.Th>
                        <Table.Th scope="col">When</Table.Th>
                        <Table.Th scope="col">Who</Table.Th>
                        <Table.Th scope="col">Change</Table.Th>
                        <Table.Th scope="col">Entity</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {result.entries.map((entry) => {
                        const seq = entry.seq ?? 0;
                        const expanded = open.has(seq);
                        const link = entityLink(entry);
                        return (
                          <Fragment key={seq}>
                            <Table.Tr>
                              <Table.Td>{seq}</Table.Td>
                              <Table.Td>{formatUkDateTime(entry.at)}</Table.Td>
                              <Table.Td>{entry.actor}</Table.Td>
                              <Table.Td>
                                <UnstyledButton
                                  onClick={() => toggle(seq)}
                                  aria-expanded={expanded}
                                  aria-controls={`entry-${seq}`}
                                  style={{
                                    display: 'inline-flex',
                                    gap: 4,
                                    alignItems: 'flex-start',
                                    minHeight: 24,
                                  }}
                                >
                                  {expanded ? (
                                    <IconChevronDown size={16} aria-hidden="true" />
                                  ) : (
                                    <IconChevronRight size={16} aria-hidden="true" />
                                  )}
                                  <span>
                                    <strong>{AUDIT_KIND_LABEL[entry.kind]}</strong>: {entry.summary}
                                  </span>
                                </UnstyledButton>
                              </Table.Td>
                              <Table.Td>
                                {link ? (
                                  <Anchor component={Link} to={link}>
                                    {ENTITY_LABEL[entry.entityType]}
                                  </Anchor>
                                ) : (
                                  ENTITY_LABEL[entry.entityType]
                                )}{' '}
                                <Anchor
                                  component={Link}
                                  to={`/audit?type=${entry.entityType}&entity=${encodeURIComponent(entry.entityId)}`}
                                  size="sm"
                                >
                                  history
                                </Anchor>
                              </Table.Td>
                            </Table.Tr>
                            {expanded ? (
                              <Table.Tr id={`entry-${seq}`}>
                                <Table.Td colSpan={5}>
                                  <EntryChanges entry={entry} />
                                </Table.Td>
                              </Table.Tr>
                            ) : null}
                          </Fragment>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </ScrollingTable>
              ) : null}
              <Group>
                {result.newer !== null ? (
                  <Button
                    variant="default"
                    onClick={() => setFilters({ after: String(result.newer), before: '' })}
                  >
                    ← Newer entries
                  </Button>
                ) : null}
                {result.older !== null ? (
                  <Button
                    variant="default"
                    onClick={() => setFilters({ before: String(result.older), after: '' })}
                  >
                    Older entries →
                  </Button>
                ) : null}
              </Group>
            </>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
