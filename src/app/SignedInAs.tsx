import { Button, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { signIn, signOut, useSession } from '../api/session';
import { ROLE_LABEL } from '../domain/workspace';

/** The membership page, offered to the shared plan's manager. */
export const MEMBERS_LINK = { to: '/members', label: 'Members', icon: IconUsers } as const;

/** Who is signed in to the shared plan, as what; sign out, or sign in again when asked to. */
export function SignedInAs() {
  const { name, email, member, message } = useSession();
  if (!member) return null;
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
      ) : (
        <Button size="xs" variant="default" onClick={() => void signOut()}>
          Sign out
        </Button>
      )}
    </Stack>
  );
}
