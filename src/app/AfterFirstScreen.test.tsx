import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterFirstScreen } from './AfterFirstScreen';

describe('what the first paint does not need', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is drawn once the browser has a quiet moment, not before', () => {
    const waiting: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    render(<AfterFirstScreen>messages</AfterFirstScreen>);
    expect(screen.queryByText('messages')).toBeNull();
    expect(waiting).toHaveLength(1);
    act(() => waiting[0]?.({ didTimeout: false, timeRemaining: () => 10 }));
    expect(screen.getByText('messages')).toBeInTheDocument();
  });

  it('asks for the quiet moment with a limit, so a busy page does not wait for ever', () => {
    const asked: (IdleRequestOptions | undefined)[] = [];
    vi.stubGlobal('requestIdleCallback', (_: IdleRequestCallback, options?: IdleRequestOptions) =>
      asked.push(options),
    );
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    render(<AfterFirstScreen>messages</AfterFirstScreen>);
    expect(asked[0]?.timeout).toBeGreaterThan(0);
  });

  it('is drawn after the first screen where the browser cannot say when it is idle', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    render(<AfterFirstScreen>messages</AfterFirstScreen>);
    expect(screen.queryByText('messages')).toBeNull();
    act(() => vi.runAllTimers());
    expect(screen.getByText('messages')).toBeInTheDocument();
  });

  it('stops waiting when it leaves the page first', () => {
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const { unmount } = render(<AfterFirstScreen>messages</AfterFirstScreen>);
    unmount();
    expect(cancelled).toEqual([7]);
  });
});
