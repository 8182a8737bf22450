/** The screens before the shared plan opens: sign in, the set-up code, not a member. */
import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { claimFirstManager, signIn, signOut } from '../api/session';
import { BusyButton } from '../components/BusyButton';

export function SignInScreen({
  message,
  development,
}: {
  message: string | null;
  development: boolean;
}) {
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
      <BusyButton
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
      </BusyButton>
    </Stack>
  );
}

export function SetupCodeScreen({ email }: { email: string }) {
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

export function NotMemberScreen({ email }: { email: string }) {
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
