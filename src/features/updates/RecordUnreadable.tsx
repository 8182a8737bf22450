import { Alert } from '@mantine/core';

/** A closed quarter's record failed its check: what the round and its update pages show instead. */
export function RecordUnreadable({ message }: { readonly message: string }) {
  return (
    <Alert color="red" title="This quarter’s record cannot be shown" role="alert">
      {message}
    </Alert>
  );
}
