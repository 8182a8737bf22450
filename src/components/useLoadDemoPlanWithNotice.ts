import { messageOf } from '../api/errors';
import { useLoadDemoPlan } from '../api/mutations';
import { notifications } from '../lib/notifications';

/**
 * Loading the demo plan from any of the places that offer it (the overview's getting started, an
 * empty plan, the settings), said the same way in each: how many demo actions came, or why none
 * did. `afterLoaded` runs first, once the plan is written: where the button goes with the empty
 * plan it stood in, it puts the focus somewhere (`focusPageTitle`). Answered by the mutation's
 * promise, not `mutate`'s callbacks: those are dropped when the button's screen goes, which
 * loading the plan can make it do before they would run.
 */
export function useLoadDemoPlanWithNotice(afterLoaded: () => void = () => undefined) {
  const mutation = useLoadDemoPlan();
  const load = () =>
    mutation.mutateAsync().then(
      (count) => {
        afterLoaded();
        notifications.show({
          color: 'green',
          title: 'Demo plan loaded',
          message: `${count} demo actions, each labelled “Demo”.`,
        });
      },
      (error: unknown) =>
        notifications.show({
          color: 'red',
          title: 'Demo plan not loaded',
          message: messageOf(error),
        }),
    );
  return { load, loading: mutation.isPending };
}
