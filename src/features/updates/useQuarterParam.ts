import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { settingsQuery } from '../../api/queries';
import { todayIso } from '../../domain/dates';
import { parseQuarterKey, quarterKey, type Quarter, type QuarterKey } from '../../domain/quarters';
import { reportingQuarterOf } from '../../domain/workspace';

/** The quarter in the address, or the reporting quarter; undefined when the address is not a quarter. */
export function useQuarterParam(): { quarter?: Quarter; key?: QuarterKey; reporting: Quarter } {
  const param = useParams().quarter;
  const settings = useQuery(settingsQuery()).data;
  const reporting = reportingQuarterOf(settings, todayIso());
  const quarter = param === undefined ? reporting : parseQuarterKey(param);
  return { quarter, key: quarter ? quarterKey(quarter) : undefined, reporting };
}
