import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { bodiesQuery } from '../../api/queries';
import { call } from '../../api/serverCall';
import { refreshMembership } from '../../api/session';
import { useSession } from '../../api/sessionState';
import { CheckboxPicker } from '../../components/CheckboxPicker';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { bodyDisplayName } from '../../domain/bodies';
import type { Member } from '../../domain/roles';
import { ROLE_LABEL, USER_ROLES, type UserRole } from '../../domain/workspace';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';

const membersQuery = {
  queryKey: ['shared-plan', 'members'],
  queryFn: () => call<{ members: Member[] }>('/api/members').then((answer) => answer.members),
};

const EMPTY = { email: '', name: '', role: '' as UserRole | '', bodyIds: [] as string[] };

/**
 * The shared plan's members, for its community safety manager: who may sign in, as what, and (for
 * a subgroup lead) for which bodies. Every change is made by the server and audited there.
 */
export function MembersPage() {
  const me = useSession((session) => session.member);
  const members = useQuery({ ...membersQuery, enabled: me?.role === 'manager' });
  const bodies = useQuery(bodiesQuery());
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const nameOf = (id: string) => {
    const body = bodies.data?.find((b) => b.id === id);
    return body ? bodyDisplayName(body) : id;
  };
  const done = async (member: Member, message: string) => {
    await client.invalidateQueries({ queryKey: membersQuery.queryKey });
    // The manager changed their own membership: what they may do changes with it.
    if (member.email === me?.email) await refreshMembership();
    notifications.show({ message, color: 'green' });
  };
  const save = useMutation({
    mutationFn: (member: typeof EMPTY) =>
      call<Member>('/api/members', { method: 'PUT', body: JSON.stringify(member) }),
    onSuccess: async (member) => {
      setForm(EMPTY);
      setProblem(null);
      await done(member, `${member.name} is a ${ROLE_LABEL[member.role].toLowerCase()}.`);
    },
    onError: (error) => setProblem(error.message),
  });
  const remove = useMutation({
    mutationFn: (member: Member) =>
      call(`/api/members/${encodeURIComponent(member.email)}`, { method: 'DELETE' }),
    onSuccess: (_answer, member) => done(member, `${member.name} is no longer a member.`),
    onError: (error) => notifications.show({ message: error.message, color: 'red' }),
  });

  if (me?.role !== 'manager') {
    return (
      <>
        <PageHeader title="Members" />
        <Alert color="gray" title="For the community safety manager">
          Only the shared plan’s community safety manager sees and changes its members.
        </Alert>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(form);
  };
  const editing = members.data?.some((m) => m.email === form.email.trim().toLowerCase());
  return (
    <>
      <PageHeader
        title="Members"
        lead="Who may sign in to the shared plan, and what each may see and change. Each change is recorded in the audit trail."
      />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="members-heading" padding="lg">
          <Title order={2} size="h3" id="members-heading" mb="sm">
            People
          </Title>
          <QueryState query={members} what="the members">
            {(list) => (
              <ScrollingTable label="People" minWidth={560}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Name</Table.Th>
                      <Table.Th scope="col">Email address</Table.Th>
                      <Table.Th scope="col">Role</Table.Th>
                      <Table.Th scope="col">Bodies</Table.Th>
                      <Table.Th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((member) => (
                      <Table.Tr key={member.email}>
                        <Table.Td>{member.name}</Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{member.email}</Table.Td>
                        <Table.Td>{ROLE_LABEL[member.role]}</Table.Td>
                        <Table.Td>{member.bodyIds.map(nameOf).join(', ') || '—'}</Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`Change ${member.name}`}
                              onClick={() => {
                                setProblem(null);
                                setForm({ ...member, bodyIds: [...member.bodyIds] });
                              }}
                            >
                              Change
                            </Button>
                            <BusyButton
                              size="xs"
                              variant="default"
                              color="red"
                              aria-label={`Remove ${member.name}`}
                              loading={remove.isPending && remove.variables?.email === member.email}
                              onClick={() => {
                                if (window.confirm(`Remove ${member.name} from the shared plan?`))
                                  remove.mutate(member);
                              }}
                            >
                              Remove
                            </BusyButton>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollingTable>
            )}
          </QueryState>
        </Card>
        <Card withBorder component="section" aria-labelledby="member-form-heading" padding="lg">
          <Title order={2} size="h3" id="member-form-heading" mb="sm">
            {editing ? `Change ${form.name || 'a member'}` : 'Add a person'}
          </Title>
          <form onSubmit={submit} noValidate>
            <Stack maw={560}>
              {problem && (
                <Alert color="red" role="alert" title="The change was not made">
                  {problem}
                </Alert>
              )}
              <TextInput
                label="Email address"
                description="As the council’s sign-in reports it"
                type="email"
                autoComplete="off"
                value={form.email}
                onChange={(event) => setForm({ ...form, email: event.currentTarget.value })}
              />
              <TextInput
                label="Name"
                value={form.name}
                onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
              />
              <NativeSelect
                label="Role"
                data={[
                  { value: '', label: 'Choose a role' },
                  ...USER_ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role] })),
                ]}
                value={form.role}
                onChange={(event) =>
                  setForm({ ...form, role: event.currentTarget.value as UserRole | '' })
                }
              />
              {form.role === 'subgroup-lead' && (
                <CheckboxPicker
                  legend="Bodies they lead"
                  description="They change the actions, updates, returns and indicator values of these bodies only."
                  options={(bodies.data ?? []).map((body) => ({
                    value: body.id,
                    label: bodyDisplayName(body),
                  }))}
                  value={form.bodyIds}
                  onChange={(bodyIds) => setForm({ ...form, bodyIds })}
                />
              )}
              <Text size="sm" c="dimmed">
                {form.role ? ROLE_WORDS[form.role] : 'Choose a role to see what it allows.'}
              </Text>
              <Group>
                <BusyButton type="submit" loading={save.isPending}>
                  {editing ? 'Save the change' : 'Add the person'}
                </BusyButton>
                {form !== EMPTY && (
                  <Button variant="default" onClick={() => setForm(EMPTY)}>
                    Clear
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        </Card>
      </Stack>
    </>
  );
}

const ROLE_WORDS: Record<UserRole, string> = {
  manager:
    'Everything, including members and roles, closing and reopening quarters and starting a new financial year.',
  'subgroup-lead':
    'Changes the actions, quarterly updates, returns and indicator values of their own bodies; reads the rest of the plan.',
  'board-member': 'Reads the whole plan and exports it; changes nothing.',
  councillor:
    'Sees the scrutiny view and the reports of closed quarters only: no drafts, no open quarter, no audit trail.',
};
