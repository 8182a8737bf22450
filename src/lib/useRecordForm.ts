import { useCallback, useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface FormState<T> {
  /** The record as it was when the person started editing (or last chose what to keep). */
  readonly base: T;
  readonly values: T;
  readonly saving: boolean;
  /** How many saves were held back for the person's choice (the notice takes focus on each). */
  readonly heldBack: number;
}

/**
 * The values of a form over a saved record that may change while the form is open: a partner's
 * change arriving through the shared plan, or a save in another tab. Until the person edits, the
 * form follows the record. Once they have, their edits stay, and `changedElsewhere` names what
 * changed beneath them until they choose: keep their edits (saving then replaces that change,
 * knowingly) or take the saved version. A save while that is unanswered is not made; the notice
 * (`ChangedElsewhere`) takes focus instead.
 */
export function useRecordForm<T extends object>(saved: T) {
  const [state, setState] = useState<FormState<T>>({
    base: saved,
    values: saved,
    saving: false,
    heldBack: 0,
  });
  let current = state;
  if (!same(saved, state.base) && same(state.values, state.base)) {
    // Untouched: follow the record. Set while rendering, React's way of adjusting state to props.
    current = { ...state, base: saved, values: saved };
    setState(current);
  }
  const { base, values, saving, heldBack } = current;
  // The same functions at every render, so a long form's sections that are memoised (re-drawn
  // only when their own fields change) are not re-drawn for a key typed in another field.
  const edit = useCallback(
    (change: (values: T) => T) => setState((now) => ({ ...now, values: change(now.values) })),
    [],
  );
  const set = useCallback(
    <K extends keyof T>(field: K, value: T[K]) =>
      setState((now) => ({ ...now, values: { ...now.values, [field]: value } })),
    [],
  );
  // While a save runs, the record changing is that save's own doing: it is told apart afterwards
  // (the form then matches what was saved, and follows the record as stored).
  const changedElsewhere =
    saving || same(saved, base)
      ? null
      : (Object.keys(saved) as (keyof T)[]).filter((key) => !same(saved[key], base[key]));

  return {
    values,
    /** Changes what the form shows. The same function at every render. */
    edit,
    /** Changes one field. The same function at every render. */
    set,
    /** Whether the form differs from the record as saved now. */
    unsaved: !same(values, saved),
    /** Whether the person has changed anything since the form last matched the record. */
    edited: !same(values, base),
    /** What of the record changed beneath the person's edits, or null. */
    changedElsewhere,
    heldBack,
    /** The person keeps their edits over the change made elsewhere. */
    keepMine: () => setState((now) => ({ ...now, base: saved })),
    /** The person drops their edits and takes the record as saved now. */
    takeSaved: () => setState((now) => ({ ...now, base: saved, values: saved })),
    /**
     * Saves the values with `write`; resolves to its answer, or to null when not saved because a
     * change made elsewhere waits for the person's choice. A refusal from `write` is thrown on.
     */
    save: async <R>(write: (values: T) => Promise<R>): Promise<{ readonly answer: R } | null> => {
      if (changedElsewhere) {
        setState((now) => ({ ...now, heldBack: now.heldBack + 1 }));
        return null;
      }
      setState((now) => ({ ...now, saving: true }));
      try {
        const answer = await write(values);
        // Saved: what was written is the form's starting point again, so the form follows the
        // record as stored (which may differ from what was typed, e.g. trimmed). Anything typed
        // while the save ran stays an edit.
        setState((now) => ({ ...now, base: values, saving: false }));
        return { answer };
      } catch (failure) {
        setState((now) => ({ ...now, saving: false }));
        throw failure;
      }
    },
  };
}

export type RecordForm<T extends object> = ReturnType<typeof useRecordForm<T>>;
