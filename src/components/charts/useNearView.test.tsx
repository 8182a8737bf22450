import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearView } from './useNearView';

function Chart() {
  const { ref, near } = useNearView<HTMLParagraphElement>();
  return <p ref={ref}>{near ? 'drawn' : 'waiting'}</p>;
}

/** An IntersectionObserver the test moves by hand. */
function stubObserver() {
  const observers: { callback: IntersectionObserverCallback; disconnected: boolean }[] = [];
  class Observer {
    readonly record: { callback: IntersectionObserverCallback; disconnected: boolean };
    constructor(callback: IntersectionObserverCallback) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe() {}
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return (isIntersecting: boolean) =>
    act(() => {
      for (const { callback, disconnected } of observers)
        if (!disconnected)
          callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
    });
}

describe('a chart near the screen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('waits until the chart comes near the screen, then stays drawn', () => {
    const scroll = stubObserver();
    render(<Chart />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    scroll(false);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    scroll(true);
    expect(screen.getByText('drawn')).toBeInTheDocument();
    scroll(false);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('draws at once where the browser cannot tell what is on screen', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Chart />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
