import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeaderProps {
  readonly title: string;
  readonly lead?: ReactNode;
  readonly children?: ReactNode;
}

/**
 * The page's one h1. It names the browser tab and takes focus when the page opens, so a screen
 * reader announces the new page after client-side navigation.
 */
export function PageHeader({ title, lead, children }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – SafetyNet planner`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1} ref={heading} tabIndex={-1} className="page-title">
        {title}
      </Title>
      {lead ? (
        <Text size="lg" c="dimmed" maw={760}>
          {lead}
        </Text>
      ) : null}
      {children}
    </Stack>
  );
}
