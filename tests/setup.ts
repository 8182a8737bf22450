/**
 * Vitest set-up: an in-memory IndexedDB, DOM matchers, the browser APIs Mantine and Recharts need
 * under jsdom, MSW refusing any unexpected request, and console.error failing the test.
 */
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '../mocks/server';
import { elementError, installQuickLabels } from './quickQueries';

// Shared machines are slow at times: give screens 5 s to appear, not 1 s.
configure({ asyncUtilTimeout: 5000, getElementError: elementError });

if (typeof window !== 'undefined') {
  // jsdom's Blob lacks the promise readers every browser has; FileReader does the same job.
  const read = <T>(blob: Blob, how: 'readAsText' | 'readAsArrayBuffer') =>
    new Promise<T>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as T);
      reader.onerror = () => reject(reader.error ?? new Error('could not read the blob'));
      reader[how](blob);
    });
  Blob.prototype.text ??= function (this: Blob) {
    return read<string>(this, 'readAsText');
  };
  Blob.prototype.arrayBuffer ??= function (this: Blob) {
    return read<ArrayBuffer>(this, 'readAsArrayBuffer');
  };
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserverStub;
  window.HTMLElement.prototype.scrollIntoView = () => {};
  // Mantine's autosizing textarea listens for web fonts loading; jsdom has no FontFaceSet.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: {
        addEventListener: () => {},
        removeEventListener: () => {},
        ready: Promise.resolve(),
      },
    });
  }
  window.scrollTo = () => {};
  installQuickLabels();
}

// Any request no handler answers fails the test, but for a real server the test itself started on
// this machine's loopback address (the shared plan's server tests).
beforeAll(() =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  }),
);
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// Any console.error fails the test it happened in.
const consoleErrors: string[] = [];
const originalError = console.error.bind(console);
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    originalError(...args);
  });
});
afterEach(() => {
  const errors = consoleErrors.splice(0);
  if (errors.length > 0) throw new Error(`console.error was called:\n${errors.join('\n')}`);
});
