/** Small pieces of English every screen and document uses. */
import { formatFigure } from './figures';

/** "1 action", "3 actions", "2,000 actions"; `many` for irregular plurals. */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatFigure(n)} ${n === 1 ? one : many}`;

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "Note", "Title and Note", "Title, Status and Note". */
export const listed = (items: readonly string[]) => LIST.format(items);
