import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeaderProps {
  readonly title: string;
  readonly lead?: ReactNode;
  readonly children?: ReactNode;
}

/** The page's one h1 carries it (styled in `global.css`). */
const PAGE_TITLE_CLASS = 'page-title';

/** The first page of a visit is announced by the browser itself, as any page load is. */
let firstPageOfVisit = true;

/**
 * Puts the focus on the page's title: for when what had the focus is taken away by what it did
 * (the empty plan's "Load the demo action plan" button, gone once the plan is loaded), so that the
 * keyboard and a screen reader start again from the top of the page, not from nowhere.
 */
export function focusPageTitle(): void {
  // Brought into view too: the focus is never left off the screen (WCAG 2.4.11).
  document.querySelector<HTMLHeadingElement>(`h1.${PAGE_TITLE_CLASS}`)?.focus();
}

/**
 * The page's one h1. It names the browser tab and takes focus when a page opens after client-side
 * navigation, so a screen reader announces the new page. The first page of a visit leaves focus at
 * the top of the document, as a page load does (and skips the style calculation focusing forces
 * while the app is still starting).
 */
export function PageHeader({ title, lead, children }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – SafetyNet planner`;
    if (firstPageOfVisit) firstPageOfVisit = false;
    else heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1} ref={heading} tabIndex={-1} className={PAGE_TITLE_CLASS}>
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
