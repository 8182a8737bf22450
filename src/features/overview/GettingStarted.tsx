import { useSession } from '../../api/sessionState';
import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { messageOf, problemsOf } from '../../api/errors';
import { useUpdateSettings } from '../../api/mutations';
import { useLoadDemoPlanWithNotice } from '../../components/useLoadDemoPlanWithNotice';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { focusPageTitle } from '../../components/PageHeader';
import {
  DEFAULT_WORKSPACE,
  ROLE_LABEL,
  USER_ROLES,
  type WorkspaceSettings,
} from '../../domain/workspace';
import { BusyButton } from '../../components/BusyButton';

const FIELD_IDS = { userName: 'first-user-name', userRole: 'first-user-role' };

/**
 * What a first visit sees instead of empty charts: who you are (recorded against every change in
 * the audit trail), then the two ways to begin: the demo plan drawn from the report, or the first
 * action of your own.
 */
export function GettingStarted({ settings }: { readonly settings: WorkspaceSettings }) {
  const [userName, setUserName] = useState(
    settings.userName === DEFAULT_WORKSPACE.userName ? '' : settings.userName,
  );
  const [userRole, setUserRole] = useState<string>(settings.userRole);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useUpdateSettings();
  // Once the plan is loaded this guide, and the button, give way to the charts: the focus starts
  // again at the page's title.
  const demo = useLoadDemoPlanWithNotice(focusPageTitle);
  // Signed in to a shared plan, the sign-in names the person: no name to type.
  const member = useSession((session) => session.member);
  const named = member !== null || settings.userName !== DEFAULT_WORKSPACE.userName;

  const saveName = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save.mutateAsync({ ...settings, userName, userRole });
      setProblems([]);
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found.length > 0 ? found : [{ field: 'userName', message: messageOf(error) }]);
    }
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="getting-started-heading">
      <Title order={2} id="getting-started-heading" mb="xs">
        Getting started
      </Title>
      <Text mb="md">
        The workspace holds the report’s 24 recommendations, its SWOT analysis and the strategic
        tool, but no actions yet, so there is no progress to show.
      </Text>
      <List type="ordered" spacing="lg">
        <List.Item>
          {member ? (
            <Text>
              Changes are recorded in the audit trail under your sign-in:{' '}
              <strong>{member.name}</strong> ({ROLE_LABEL[member.role]}).
            </Text>
          ) : named ? (
            <Text>
              Changes are recorded in the audit trail as <strong>{settings.userName}</strong> (
              {ROLE_LABEL[settings.userRole]}).{' '}
              <Anchor component={Link} to="/settings">
                Change this in Settings
              </Anchor>
              .
            </Text>
          ) : (
            <form onSubmit={(event) => void saveName(event)} noValidate>
              <Text fw={600} mb="xs">
                Tell us who you are: every change you make is recorded against your name.
              </Text>
              <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
              <Group align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  id={FIELD_IDS.userName}
                  label="Your name"
                  value={userName}
                  onChange={(event) => setUserName(event.currentTarget.value)}
                  error={fieldError(problems, 'userName')}
                  autoComplete="name"
                />
                <NativeSelect
                  id={FIELD_IDS.userRole}
                  label="Your role"
                  value={userRole}
                  onChange={(event) => setUserRole(event.currentTarget.value)}
                  data={USER_ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role] }))}
                />
                <BusyButton type="submit" loading={save.isPending}>
                  Save
                </BusyButton>
              </Group>
            </form>
          )}
        </List.Item>
        <List.Item>
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>Then begin the plan:</Text>
            {named ? (
              <Group gap="sm">
                <BusyButton onClick={() => void demo.load()} loading={demo.loading}>
                  Load the demo plan
                </BusyButton>
                <Button component={Link} to="/actions/new" variant="default">
                  Create the first action
                </Button>
              </Group>
            ) : (
              <Text>
                Once your name is saved, load the demo plan or create the first action here.
              </Text>
            )}
            <Text size="sm">
              The demo plan holds example actions for every body, drawn from the report and labelled
              “Demo”; remove them in one step from Settings.
            </Text>
          </Stack>
        </List.Item>
      </List>
    </Card>
  );
}
