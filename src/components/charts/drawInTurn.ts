import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { yieldToPage } from '../../lib/yieldToPage';

/**
 * Charts on a page draw one at a time, each in a task of its own (issue 20). A Recharts chart draws
 * twice: once, then again straight away (synchronously) when it has measured its box and its
 * labels. When every chart of a page arrived in one commit, that second drawing of all of them was
 * one task of about 300 ms on a phone, during which the page could not answer. Drawn in turn, each
 * chart is a short task, and the page answers between them.
 */
interface Turn {
  readonly grant: () => void;
  granted: boolean;
  done: boolean;
}

const waiting: Turn[] = [];
let drawing = false;

function next() {
  const turn = waiting.shift();
  drawing = turn !== undefined;
  if (turn) {
    turn.granted = true;
    turn.grant();
  }
}

/** This turn is over: the next chart draws in a later task, once the page has had its say. */
function finish(turn: Turn) {
  if (turn.done) return;
  turn.done = true;
  const place = waiting.indexOf(turn);
  if (place >= 0) waiting.splice(place, 1);
  else if (turn.granted) void yieldToPage().then(next);
}

/**
 * Whether this chart may draw yet; call `drawn` once it is on the page (from an effect). It joins
 * the queue only once `wanted` (a chart far down the page waits until it comes near the screen). A
 * chart that leaves the page before or during its turn gives the turn up.
 */
export function useTurnToDraw(wanted = true): {
  readonly mayDraw: boolean;
  readonly drawn: () => void;
} {
  const [mayDraw, setMayDraw] = useState(false);
  const current = useRef<Turn | null>(null);
  useEffect(() => {
    if (!wanted) return undefined;
    const turn: Turn = {
      grant: () => startTransition(() => setMayDraw(true)),
      granted: false,
      done: false,
    };
    current.current = turn;
    waiting.push(turn);
    if (!drawing) next();
    return () => finish(turn);
  }, [wanted]);
  const drawn = useCallback(() => {
    if (current.current) finish(current.current);
  }, []);
  return { mayDraw, drawn };
}
