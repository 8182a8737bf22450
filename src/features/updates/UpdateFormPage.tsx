import { useMayChange } from '../../api/role';
import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSaveUpdate } from '../../api/mutations';
import {
  actionQuery,
  actionUpdatesQuery,
  actionsQuery,
  bodiesQuery,
  quarterUpdatesQuery,
} from '../../api/queries';
import { closedUpdateQuery } from '../../api/scrutiny';
import { PageHeader } from '../../components/PageHeader';
import { LoadingOrFailed } from '../../components/QueryState';
import type { Action } from '../../domain/actions';
import { parseQuarterKey, type Quarter, type QuarterKey } from '../../domain/quarters';
import { FrozenUpdate } from './UpdateSummary';
import { RecordUnreadable } from './RecordUnreadable';
import { useQuarterRecord } from './useQuarterRecord';
import { UpdateFields } from './UpdateFields';

export function UpdateFormPage() {
  const params = useParams();
  const quarter = parseQuarterKey(params.quarter ?? '');
  const ref = (params.ref ?? '').toUpperCase();
  const action = useQuery(actionQuery(ref));
  const { known, live } = useQuarterRecord(quarter ? (params.quarter as QuarterKey) : undefined);
  const frozen = useQuery(closedUpdateQuery(live, action.data?.id));

  if (!quarter || action.data === null) {
    return (
      <>
        <PageHeader title="Update not found" />
        <Text>
          There is no action {ref} or no quarter {params.quarter}.{' '}
          <Anchor component={Link} to="/updates">
            Go to the current round
          </Anchor>
          .
        </Text>
      </>
    );
  }
  if (!action.data || !known) return <Text role="status">Loading the update…</Text>;
  const key = params.quarter as QuarterKey;
  if (live) {
    // A closed quarter's update is its record's, checked before it is shown.
    const reading = frozen.data;
    if (!reading) return <LoadingOrFailed what="the quarter’s record" error={frozen.error} />;
    if (!reading.ok) return <RecordUnreadable message={reading.message} />;
    return (
      <FrozenUpdate
        action={action.data}
        quarter={quarter}
        update={reading.update}
        closedAt={live.closedAt}
        quarterKey={key}
      />
    );
  }
  return (
    <UpdateForm
      key={`${action.data.id}@${key}`}
      action={action.data}
      quarter={quarter}
      quarterKey={key}
    />
  );
}

function UpdateForm({
  action,
  quarter,
  quarterKey: key,
}: {
  readonly action: Action;
  readonly quarter: Quarter;
  readonly quarterKey: QuarterKey;
}) {
  const navigate = useNavigate();
  // Moving on to the next update owing keeps the reader's place in the round.
  const location = useLocation();
  const history = useQuery(actionUpdatesQuery(action.id));
  const quarterUpdates = useQuery(quarterUpdatesQuery(key));
  const actions = useQuery(actionsQuery());
  const bodies = useQuery(bodiesQuery());
  const mayChange = useMayChange(action.bodyId);
  const save = useSaveUpdate();
  if (!history.data) return <Text role="status">Loading the update…</Text>;
  return (
    <UpdateFields
      action={action}
      quarter={quarter}
      quarterKey={key}
      existing={history.data.find((u) => u.quarter === key)}
      previous={history.data.filter((u) => u.quarter < key).at(-1)}
      roundUpdates={quarterUpdates.data ?? []}
      actions={actions.data ?? []}
      bodyOrder={new Map((bodies.data ?? []).map((body) => [body.id, body.order]))}
      readOnly={!mayChange}
      navigate={(to) => void navigate(to, { state: location.state as unknown })}
      save={save}
    />
  );
}
