import { afterEach, describe, expect, it, vi } from 'vitest';
import { askForPageCode, pageModules } from './pageCode';

const SCRUTINY = '../features/scrutiny/ScrutinyPage.tsx';
const PLANS = '../features/plans/PlansPage.tsx';
const originals = { ...pageModules };

/** Stands in for a page's module loader, so that what is asked for can be seen. */
function watchLoader(key: string, loaded: () => Promise<Record<string, never>>) {
  const load = vi.fn(loaded);
  pageModules[key] = load;
  return load;
}

describe("heading for a page's link", () => {
  afterEach(() => Object.assign(pageModules, originals));

  it("loads that page's module, and only that one", () => {
    const scrutiny = watchLoader(SCRUTINY, async () => ({}));
    const plans = watchLoader(PLANS, async () => ({}));
    askForPageCode('/scrutiny');
    expect(scrutiny).toHaveBeenCalledTimes(1);
    expect(plans).not.toHaveBeenCalled();
  });

  it('loads nothing for the overview, which comes with the app', () => {
    const loaders = Object.keys(pageModules).map((key) => watchLoader(key, async () => ({})));
    askForPageCode('/');
    for (const load of loaders) expect(load).not.toHaveBeenCalled();
  });

  it('leaves a module that cannot be fetched for the router to report as the page opens', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      // A plain function: a spy would handle the rejection itself, to record how it settled.
      pageModules[PLANS] = () => Promise.reject(new Error('Failed to fetch'));
      askForPageCode('/plans');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
