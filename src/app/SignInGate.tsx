import { Alert, Button, Center, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { claimFirstManager, restoreSession, signIn, signOut, useSession } from '../api/session';
import { useSyncStatus } from '../api/sync';

/**
 * When the page came from a shared plan's server, the plan opens only for a signed-in member:
 * sign-in first, then (on a server with no members) the set-up code, else the app. A page served
 * without a server (local-only mode) opens as it always has, with no sign-in.
 */
export function SignInGate({ children }: { readonly children: ReactNode }) {
  const available = useSyncStatus((status) => status.available);
  const session = useSession();
  useEffect(() => {
    if (available) void restoreSession();
  }, [available]);
  if (!available || (session.state === 'in' && session.member)) return <>{children}</>;
  if (session.state === 'checking') {
    return (
      <Center h="100vh">
        <Stack align="center" role="status">
          <Loader aria-hidden="true" />
          <Text>Checking your sign-in…</Text>
        </Stack>
      </Center>
    );
  }
  return (
    <Center mih="100vh" p="md" component="main" id="main-content">
      <Paper withBorder p="xl" maw={560} w="100%">
        {session.state === 'out' ? (
          <SignInScreen message={session.message} development={session.development} />
        ) : session.firstManagerNeeded ? (
          <SetupCodeScreen email={session.email ?? ''} />
        ) : (
          <NotMemberScreen email={session.email ?? ''} />
        )}
      </Paper>
    </Center>
  );
}

function SignInScreen({ message, development }: { message: string | null; development: boolean }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Stack>
      <Title order={1}>Sign in to the shared plan</Title>
      <Text>
        This SafetyNet plan is shared by the partnership through the council’s server. Sign in with
        your council account to see the plan as your role allows.
      </Text>
      {development && (
        <Alert color="orange" title="Development sign-in">
          This server uses its built-in sign-in for development and testing, with demo accounts. A
          council’s server uses its own identity provider.
        </Alert>
      )}
      {(problem ?? message) && (
        <Alert color="red" role="alert" title="You are not signed in">
          {problem ?? message}
        </Alert>
      )}
      <Button
        loading={busy}
        onClick={() => {
          setBusy(true);
          signIn().catch((error: unknown) => {
            setBusy(false);
            setProblem(error instanceof Error ? error.message : String(error));
          });
        }}
      >
        Sign in
      </Button>
    </Stack>
  );
}

function SetupCodeScreen({ email }: { email: string }) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') {
      setProblem('Enter the set-up code shown on the server’s console.');
      return;
    }
    claimFirstManager(code).catch((error: unknown) =>
      setProblem(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={1}>Set up the shared plan’s first manager</Title>
        <Text>
          You are signed in as <strong>{email}</strong>. This server has no members yet. Whoever
          started it sees a one-time set-up code on its console; entering it here makes you the
          plan’s community safety manager, who then adds everyone else.
        </Text>
        <TextInput
          label="Set-up code"
          description="Twelve digits, as the server’s console shows them"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={problem}
          autoComplete="off"
          inputMode="numeric"
        />
        <Button type="submit">Become the manager</Button>
        <Button variant="subtle" onClick={() => void signOut()}>
          Sign out
        </Button>
      </Stack>
    </form>
  );
}

function NotMemberScreen({ email }: { email: string }) {
  return (
    <Stack>
      <Title order={1}>You are not a member of this shared plan</Title>
      <Text>
        You are signed in as <strong>{email}</strong>, but the plan’s community safety manager has
        not added this address. Ask them to add you on the Members page, then sign in again.
      </Text>
      <Button variant="default" onClick={() => void signOut()}>
        Sign out
      </Button>
    </Stack>
  );
}
