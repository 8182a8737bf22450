import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../api/errors';
import { signIn, signOut } from '../api/session';
import { useSession } from '../api/sessionState';
import { ROLE_LABEL } from '../domain/workspace';

/**
 * Who is signed in to the shared plan, as what; sign out (on a shared computer, removing this
 * browser's copy of the plan too), or sign in again when asked to.
 */
export function SignedInAs() {
  const { name, email, member, message } = useSession();
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!member) return null;
  const removeAndSignOut = () => {
    setProblem(null);
    signOut({ removeCopy: true }).catch((error: unknown) => setProblem(messageOf(error)));
  };
  return (
    <Stack gap={4} p="xs">
      <Text size="sm">
        Signed in as <strong>{name ?? member.name}</strong> ({ROLE_LABEL[member.role].toLowerCase()}
        )
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {email}
      </Text>
      {message ? (
        <>
          <Text size="sm" role="alert">
            {message}
          </Text>
          <Button size="xs" onClick={() => void signIn()}>
            Sign in again
          </Button>
        </>
      ) : removing ? (
        <>
          <Text size="sm">
            This browser’s copy of the plan will be removed; the plan stays on the council’s server.
            Use this on a shared or borrowed computer.
          </Text>
          {problem ? (
            <Text size="sm" c="red.8" role="alert">
              {problem}
            </Text>
          ) : null}
          <Button size="xs" color="red" onClick={removeAndSignOut}>
            Remove and sign out
          </Button>
          <Button size="xs" variant="default" onClick={() => setRemoving(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <>
          <Button size="xs" variant="default" onClick={() => void signOut()}>
            Sign out
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setRemoving(true)}>
            Sign out and remove from this browser
          </Button>
        </>
      )}
    </Stack>
  );
}
