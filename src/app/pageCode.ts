/**
 * Each page's module, loaded on demand (one file and what it alone needs, per module): by the
 * router as the page opens, and a moment before by a link someone heads for (`askForPageCode`).
 */
import type { ComponentType } from 'react';
import { pageAt, type Page } from './pages';

export const pageModules = import.meta.glob<Record<string, ComponentType | undefined>>([
  '../features/*/*Page.tsx',
  '../features/*/*Pages.tsx',
  '!../features/overview/OverviewPage.tsx',
]);

const loaderOf = ({ module }: Page) => pageModules[`../features/${module}.tsx`];

/** The router's `lazy` for a page: its module's component. */
export const loadPage = (page: Page) => async () => {
  const Component = (await loaderOf(page)?.())?.[page.component];
  if (!Component) throw new Error(`The page ${page.module} (${page.component}) is not in the app.`);
  return { Component };
};

/**
 * For a link someone heads for (the pointer over it, or focus): the page's code is fetched and run
 * now, so that pressing the link finds it there, and the page's first reads do not queue behind it
 * (the closed quarter's scrutiny view at 100x: its code took 35-55 ms from the click, issue 20).
 * The overview comes with the app. A failure is the router's to report when the page opens.
 */
export function askForPageCode(path: string): void {
  const page = pageAt(path);
  const load = page && loaderOf(page);
  load?.().catch(() => undefined);
}
