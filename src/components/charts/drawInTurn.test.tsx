import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useTurnToDraw } from './drawInTurn';

const log: string[] = [];

/** A stand-in chart: says whether it may draw, and reports itself drawn when told to. */
function Chart({ name, drawNow = true }: { readonly name: string; readonly drawNow?: boolean }) {
  const { mayDraw, drawn } = useTurnToDraw();
  useEffect(() => {
    if (!mayDraw) return;
    log.push(`${name} may draw`);
    if (drawNow) {
      log.push(`${name} drawn`);
      drawn();
    }
  }, [name, mayDraw, drawNow, drawn]);
  return <p>{`${name}: ${mayDraw ? 'drawn' : 'waiting'}`}</p>;
}

/** Lets the message-channel task that hands on the turn run. */
const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const states = () => screen.getAllByText(/: (drawn|waiting)$/).map((p) => p.textContent);

describe('charts draw in turn', () => {
  it('draws one chart at a time, each after the one before it is drawn', async () => {
    log.length = 0;
    render(
      <>
        <Chart name="first" />
        <Chart name="second" />
        <Chart name="third" />
      </>,
    );
    await act(async () => {});
    // The second waits for a later task, even though the first is drawn already.
    expect(states()).toEqual(['first: drawn', 'second: waiting', 'third: waiting']);
    // The log is written by each chart's effect, which React may run after the screen shows it
    // drawn: wait for the log, not only for the text.
    await waitFor(() =>
      expect(log).toEqual([
        'first may draw',
        'first drawn',
        'second may draw',
        'second drawn',
        'third may draw',
        'third drawn',
      ]),
    );
    expect(states()).toEqual(['first: drawn', 'second: drawn', 'third: drawn']);
  });

  it('waits for a chart that is not drawn yet, and hands on its turn when it leaves the page', async () => {
    function Page() {
      const [slowShown, setSlowShown] = useState(true);
      return (
        <>
          {slowShown ? <Chart name="slow" drawNow={false} /> : null}
          <Chart name="next" />
          <button type="button" onClick={() => setSlowShown(false)}>
            Leave
          </button>
        </>
      );
    }
    render(<Page />);
    await waitFor(() => expect(states()).toEqual(['slow: drawn', 'next: waiting']));
    await nextTask();
    expect(states()).toEqual(['slow: drawn', 'next: waiting']);
    await act(async () => screen.getByRole('button', { name: 'Leave' }).click());
    await waitFor(() => expect(states()).toEqual(['next: drawn']));
  });

  it('gives up a waiting turn when its chart leaves, without holding up the rest', async () => {
    function Page() {
      const [middleShown, setMiddleShown] = useState(true);
      return (
        <>
          <Chart name="first" drawNow={false} />
          {middleShown ? <Chart name="middle" /> : null}
          <Chart name="last" />
          <button type="button" onClick={() => setMiddleShown(false)}>
            Hide
          </button>
        </>
      );
    }
    const { unmount } = render(<Page />);
    await act(async () => {});
    await act(async () => screen.getByRole('button', { name: 'Hide' }).click());
    await waitFor(() => expect(states()).toEqual(['first: drawn', 'last: waiting']));
    unmount();
    // The first chart left during its turn: a chart on the next page is not kept waiting.
    render(<Chart name="later" />);
    await waitFor(() => expect(states()).toEqual(['later: drawn']));
  });

  it('does not queue a chart that is not wanted yet (far down the page)', async () => {
    function Far() {
      const { mayDraw } = useTurnToDraw(false);
      return <p>{`far: ${mayDraw ? 'drawn' : 'waiting'}`}</p>;
    }
    render(
      <>
        <Far />
        <Chart name="near" />
      </>,
    );
    await waitFor(() => expect(states()).toEqual(['far: waiting', 'near: drawn']));
    await nextTask();
    expect(states()).toEqual(['far: waiting', 'near: drawn']);
  });

  it('keeps turning under StrictMode, whose effects run twice', async () => {
    render(
      <StrictMode>
        <Chart name="first" />
        <Chart name="second" />
      </StrictMode>,
    );
    await waitFor(() => expect(states()).toEqual(['first: drawn', 'second: drawn']));
  });
});
