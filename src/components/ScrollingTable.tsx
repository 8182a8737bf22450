import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollingTableProps {
  /** What the table holds, in a few words: the name a screen reader gives the scrolling region. */
  readonly label: string;
  /**
   * The table's width below which it scrolls sideways rather than squeeze its columns, with a cue
   * in words on a phone. Without one, a table that fits a phone scrolls only if it cannot fit at
   * all (zoomed to 400%, WCAG 1.4.10), and shows no cue.
   */
  readonly minWidth?: number;
  readonly children: ReactNode;
}

/**
 * A table that scrolls sideways on a narrow screen. Its scrolling region takes the keyboard's
 * focus, so the columns past the screen's edge can be reached with the arrow keys (WCAG 2.1.1),
 * and is named for a screen reader: the pattern of a focusable, labelled region around a table.
 */
export function ScrollingTable({ label, minWidth, children }: ScrollingTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{
        viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label },
      }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
