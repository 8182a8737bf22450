import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown when a screen fails to load or throws: says what happened and that data is safe. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>Sorry, this page could not be shown</Title>
        <Alert color="red" title="What went wrong">
          {detail}
        </Alert>
        <Text>
          Your data is stored in this browser and has not been changed. Try reloading the page, or
          go back to the <Anchor href="/">overview</Anchor>.
        </Text>
      </Stack>
    </Container>
  );
}
