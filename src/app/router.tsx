/**
 * Client-side routes. Each screen family but the overview is loaded on demand, so the first screen
 * stays light.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { Layout } from './Layout';
import { PAGES, type Page } from './pages';
import { RouteError } from './RouteError';
import { OpeningScreen } from './WorkspaceGate';

/** Each page's module, loaded on demand (one file and what it alone needs, per module). */
export const pageModules = import.meta.glob<Record<string, ComponentType | undefined>>([
  '../features/*/*Page.tsx',
  '../features/*/*Pages.tsx',
  '!../features/overview/OverviewPage.tsx',
]);

const loadPage =
  ({ module, component }: Page) =>
  async () => {
    const load = pageModules[`../features/${module}.tsx`];
    const Component = (await load?.())?.[component];
    if (!Component) throw new Error(`The page ${module} (${component}) is not in the app.`);
    return { Component };
  };

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    // A first visit straight to a page loaded on demand waits for its code here, not on a blank page.
    hydrateFallbackElement: <OpeningScreen />,
    children: [
      // The overview is where most visits start: it loads with the app, in the same first round
      // of requests, rather than one round later.
      { index: true, Component: OverviewPage },
      ...PAGES.map((page) => ({ path: page.path, lazy: loadPage(page) })),
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
