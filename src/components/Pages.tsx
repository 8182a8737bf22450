/** A long list shown a page at a time, with where the reader is in it. */
import { Pagination, Text } from '@mantine/core';
import { useUncontrolled } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { formatFigure } from '../domain/figures';
import { usePageTurn } from '../lib/usePageTurn';

/**
 * `items` a page of `perPage` at a time, drawn by `children`: above them "Showing things 1 to 25 of
 * 30." (where a reader lands on turning a page), below them the pager, whose buttons are named
 * "Page 2 of `of`". A list that fits one page is drawn as it is. A list that shrinks (accepted
 * changes leave it) keeps the reader on its last page rather than past its end. The page is the
 * list's own unless `page` and `onPage` hold it elsewhere (the round's address).
 */
export function InPages<T>({
  items,
  perPage,
  things,
  of,
  page: heldPage,
  onPage,
  children,
}: {
  readonly items: readonly T[];
  readonly perPage: number;
  readonly things: string;
  readonly of: string;
  readonly page?: number;
  readonly onPage?: (page: number) => void;
  readonly children: (shown: readonly T[]) => ReactNode;
}) {
  const [page, setPage] = useUncontrolled({ value: heldPage, defaultValue: 1, onChange: onPage });
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(page, pages);
  const { shownLine, turned } = usePageTurn<HTMLParagraphElement>(current);
  const first = (current - 1) * perPage;
  const shown = items.slice(first, first + perPage);
  if (pages <= 1) return children(shown);
  return (
    <>
      <Text ref={shownLine} tabIndex={-1} mb="xs">
        Showing {things} {formatFigure(first + 1)} to {formatFigure(first + shown.length)} of{' '}
        {formatFigure(items.length)}.
      </Text>
      {children(shown)}
      <Pager
        pages={pages}
        current={current}
        onTurn={(next) => {
          turned();
          setPage(next);
        }}
        of={of}
      />
    </>
  );
}

/**
 * The pager below a long list, each button named for the list it turns when the page holds more
 * than one ("Page 2 of GYV return.xlsx"), or plainly ("Page 2") when it holds one. Nothing for a
 * list that fits one page.
 */
export function Pager({
  pages,
  current,
  onTurn,
  of,
}: {
  readonly pages: number;
  readonly current: number;
  readonly onTurn: (page: number) => void;
  readonly of?: string;
}) {
  if (pages <= 1) return null;
  const named = (what: string) => (of ? `${what} of ${of}` : what);
  return (
    <Pagination
      mt="md"
      total={pages}
      value={current}
      onChange={onTurn}
      getControlProps={(control) => ({ 'aria-label': named(`${control} page`) })}
      getItemProps={(n) => ({ 'aria-label': named(`Page ${n}`) })}
    />
  );
}
