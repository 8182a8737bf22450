import { useMayChange } from '../../api/role';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { messageOf } from '../../api/errors';
import { useArchiveAction, useRestoreAction } from '../../api/mutations';
import { actionQuery } from '../../api/queries';
import { History } from '../../components/History';
import { BodyName, FourPRowBadge } from '../../components/names';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RagBadge } from '../../components/RagBadge';
import { ACTION_STATUS_LABEL, isOverdue, type Action } from '../../domain/actions';
import { statusInWords } from '../../domain/lifecycle';
import { formatUkDate, todayIso } from '../../domain/dates';
import { EditAction } from './EditAction';
import { useActionFormData } from './useActionFormData';
import { ActionUpdates, Detail } from './ActionUpdates';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';
import { useFocusFollows } from '../../components/useFocusFollows';

export function ActionPage() {
  const ref = (useParams().ref ?? '').toUpperCase();
  const action = useQuery(actionQuery(ref));
  return (
    <QueryState query={action} what={`action ${ref}`}>
      {(found) =>
        found ? (
          <ActionDetail key={found.id} action={found} />
        ) : (
          <>
            <PageHeader title="Action not found" />
            <Text>
              There is no action with the reference {ref}. It may have been renamed.{' '}
              <Anchor component={Link} to="/plans">
                See all plans
              </Anchor>
              .
            </Text>
          </>
        )
      }
    </QueryState>
  );
}

function ActionDetail({ action }: { readonly action: Action }) {
  const [editing, setEditing] = useState(false);
  const mayChange = useMayChange(action.bodyId);
  const formData = useActionFormData().data;
  const archive = useArchiveAction();
  const restore = useRestoreAction();
  // Archiving swaps the archive button for the restore button, and restoring swaps them back: the
  // focus, on the button pressed, moves to the one in its place rather than to nowhere.
  const swapped = useRef<HTMLButtonElement>(null);
  const followFocus = useFocusFollows(action.archived, swapped);

  const doRestore = () => {
    followFocus(true);
    restore.mutate(action.id, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          title: 'Action restored',
          message: `${action.ref} is back in the plan.`,
        }),
      onError: (error) => {
        followFocus(false);
        notifications.show({ color: 'red', title: 'Not restored', message: messageOf(error) });
      },
    });
  };

  const doArchive = () => {
    followFocus(true);
    archive.mutate(action.id, {
      onSuccess: () =>
        notifications.show({
          color: 'blue',
          title: 'Action archived',
          autoClose: 10_000,
          message: (
            <Group gap="sm">
              <Text size="sm">{action.ref} has left the plan and the strategic tool.</Text>
              <Button size="xs" variant="light" onClick={doRestore}>
                Undo
              </Button>
            </Group>
          ),
        }),
      onError: (error) => {
        followFocus(false);
        notifications.show({ color: 'red', title: 'Not archived', message: messageOf(error) });
      },
    });
  };

  if (editing && formData) {
    return <EditAction action={action} formData={formData} onDone={() => setEditing(false)} />;
  }

  const overdue = isOverdue(action, todayIso());
  const recommendationTitle = (n: number) =>
    formData?.recommendations.find((r) => r.number === n)?.text ?? '';
  return (
    <>
      <PageHeader title={`${action.ref}: ${action.title}`}>
        <Group gap="xs">
          {formData ? (
            <Badge variant="outline" tt="none">
              <BodyName
                body={
                  formData.bodies.find((body) => body.id === action.bodyId) ?? {
                    name: action.bodyId,
                    kind: 'board',
                  }
                }
              />
            </Badge>
          ) : null}
          <Badge variant="light" color="gray" tt="none" c="dark">
            {ACTION_STATUS_LABEL[action.status]}
          </Badge>
          {action.latestRag ? (
            <RagBadge status={action.latestRag} />
          ) : (
            <Text size="sm">No quarterly update yet</Text>
          )}
          {overdue ? <span className="tag tag-warning">Overdue</span> : null}
          {action.demo ? <span className="tag">Demo data</span> : null}
        </Group>
      </PageHeader>
      {!mayChange ? null : action.archived ? (
        <Alert color="gray" title="This action is archived" mb="lg">
          <Stack gap="xs" align="flex-start">
            <Text>It is not in the plan or the strategic tool. Restore it to bring it back.</Text>
            <BusyButton ref={swapped} onClick={doRestore} loading={restore.isPending}>
              Restore action
            </BusyButton>
          </Stack>
        </Alert>
      ) : (
        <Group mb="lg">
          <Button onClick={() => setEditing(true)} disabled={!formData}>
            Edit action
          </Button>
          <BusyButton
            ref={swapped}
            variant="default"
            color="red"
            onClick={doArchive}
            loading={archive.isPending}
          >
            Archive action
          </BusyButton>
        </Group>
      )}
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="details-heading">
          <Title order={2} size="h3" id="details-heading" mb="sm">
            Details
          </Title>
          {action.description ? <Text mb="sm">{action.description}</Text> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Detail label="Lead agency" value={action.leadAgency} />
            <Detail label="Lead officer" value={action.leadOfficer} />
            <Detail label="Start date" value={formatUkDate(action.startDate)} />
            <Detail
              label="Due date"
              value={`${formatUkDate(action.dueDate)}${overdue ? ' (overdue)' : ''}`}
            />
            <Detail label="Status" value={statusInWords(action)} />
            <Detail label="Partner agencies" value={action.partners.join(', ')} />
            <Detail label="Success measure" value={action.successMeasure} />
          </SimpleGrid>
          <Title order={3} size="h4" mt="md" mb="xs">
            Milestones
          </Title>
          {action.milestones.length === 0 ? (
            <Text c="dimmed">No milestones.</Text>
          ) : (
            <ScrollingTable label="Milestones">
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Milestone</Table.Th>
                    <Table.Th scope="col">Due</Table.Th>
                    <Table.Th scope="col">Done</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {action.milestones.map((milestone) => (
                    <Table.Tr key={milestone.id}>
                      <Table.Td>{milestone.title}</Table.Td>
                      <Table.Td>{formatUkDate(milestone.dueDate)}</Table.Td>
                      <Table.Td>{milestone.done ? 'Yes' : 'No'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollingTable>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="tool-heading">
          <Title order={2} size="h3" id="tool-heading" mb="sm">
            On the strategic tool
          </Title>
          <Group gap="xs" mb="xs">
            <Text>Primary row:</Text>
            <FourPRowBadge row={action.primaryRow} />
          </Group>
          {action.secondaryRows.length > 0 ? (
            <Group gap="xs" mb="xs">
              <Text>Secondary rows:</Text>
              {action.secondaryRows.map((row) => (
                <FourPRowBadge key={row} row={row} />
              ))}
            </Group>
          ) : null}
          <Text>
            Themes:{' '}
            {action.themeIds.length === 0
              ? 'none chosen'
              : action.themeIds
                  .map((id) => formData?.themes.find((theme) => theme.id === id)?.name ?? id)
                  .join('; ')}
          </Text>
        </Card>
        <Card withBorder component="section" aria-labelledby="links-heading">
          <Title order={2} size="h3" id="links-heading" mb="sm">
            What it responds to
          </Title>
          <Title order={3} size="h5">
            Recommendations
          </Title>
          {action.recommendationNumbers.length === 0 ? (
            <Text c="dimmed" mb="sm">
              None linked.
            </Text>
          ) : (
            <List mb="sm">
              {action.recommendationNumbers.map((n) => (
                <List.Item key={n}>
                  <Anchor component={Link} to={`/recommendations/${n}`}>
                    Recommendation {n}
                  </Anchor>
                  : {recommendationTitle(n)}
                </List.Item>
              ))}
            </List>
          )}
          <Title order={3} size="h5">
            Objectives
          </Title>
          <Text mb="sm" c={action.objectiveIds.length ? undefined : 'dimmed'}>
            {action.objectiveIds.length === 0
              ? 'None linked.'
              : action.objectiveIds
                  .map((id) => formData?.objectives.find((o) => o.id === id)?.title ?? id)
                  .join('; ')}
          </Text>
          <Title order={3} size="h5">
            SWOT items
          </Title>
          {action.swotIds.length === 0 ? (
            <Text c="dimmed">None linked.</Text>
          ) : (
            <List>
              {action.swotIds.map((id) => (
                <List.Item key={id}>
                  <Anchor component={Link} to={`/swot#${id}`}>
                    {id}
                  </Anchor>
                  : {formData?.swotItems.find((item) => item.id === id)?.text}
                </List.Item>
              ))}
            </List>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="updates-heading">
          <Title order={2} size="h3" id="updates-heading" mb="sm">
            Quarterly updates
          </Title>
          <ActionUpdates actionId={action.id} actionRef={action.ref} />
        </Card>
        <Card withBorder component="section" aria-labelledby="history-heading">
          <Title order={2} size="h3" id="history-heading" mb="sm">
            History
          </Title>
          <History entityType="action" entityId={action.id} />
        </Card>
      </Stack>
    </>
  );
}
