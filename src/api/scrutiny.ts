/** The quarter's picture as a query, for the scrutiny view, the overview and the reports. */
import { queryOptions } from '@tanstack/react-query';
import type { QuarterKey } from '../domain/quarters';
import { loadQuarterPicture } from './quarterPicture';
import { keys } from './queries';

export const quarterPictureQuery = (quarter: QuarterKey | 'latest', reporting: QuarterKey) =>
  queryOptions({
    queryKey: [...keys.picture(), quarter, reporting],
    queryFn: () => loadQuarterPicture(quarter, reporting),
  });
