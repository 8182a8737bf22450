import { Table } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';

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
 * Whether the box scrolls sideways (its table is wider than it), followed as either resizes. The
 * box is given once it is in the page (a callback ref: Mantine's scroll area sets it after its own
 * first render).
 */
function useScrollsSideways(): readonly [boolean, (box: HTMLDivElement | null) => void] {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!box) return;
    // An observer reports each element once when first observed, then on every resize.
    const observer = new ResizeObserver(() => setScrolls(box.scrollWidth > box.clientWidth + 1));
    observer.observe(box);
    // The table itself: the boxes between it and the region keep the region's width as it grows.
    const table = box.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, [box]);
  return [scrolls, setBox];
}

/**
 * A table that scrolls sideways when it cannot fit: on a phone, or zoomed in. While it scrolls,
 * its scrolling region takes the keyboard's focus, so the columns past the edge can be reached with
 * the arrow keys (WCAG 2.1.1), and is named for a screen reader: the pattern of a focusable,
 * labelled region around a table. A table that fits is no stop for the keyboard; one that comes to
 * fit while the region has the focus (a phone turned on its side) stays one until the focus moves
 * on, rather than the browser dropping the focus to the top of the page.
 */
export function ScrollingTable({ label, minWidth, children }: ScrollingTableProps) {
  const [scrolls, viewport] = useScrollsSideways();
  const [focused, setFocused] = useState(false);
  const stop = scrolls || focused;
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{
        viewportRef: viewport,
        viewportProps: {
          // The region's own focus, not that of a link or button in the table.
          onFocus: (event) => setFocused(event.target === event.currentTarget),
          onBlur: (event) => {
            if (event.target === event.currentTarget) setFocused(false);
          },
          ...(stop ? { tabIndex: 0, role: 'region', 'aria-label': label } : {}),
        },
      }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
