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

/** Every element `screens` screens' heights below the top of the page's visible part. */
function placeBelowTheScreen(screens: number) {
  const top = screens * window.innerHeight;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: top, width: 600, height: 300 }),
  );
}

describe('a chart near the screen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('draws at once when it appears on the screen, or within a quarter of a screen of it', () => {
    const scroll = stubObserver();
    placeBelowTheScreen(1.2);
    render(<Chart />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
    scroll(false);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('waits when it appears just over a quarter of a screen below it', () => {
    stubObserver();
    placeBelowTheScreen(1.3);
    render(<Chart />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
  });

  it('waits until the chart comes near the screen, then stays drawn', () => {
    const scroll = stubObserver();
    placeBelowTheScreen(2);
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
