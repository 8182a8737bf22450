/**
 * Client-side routes. Each screen family but the overview is loaded on demand, so the first screen
 * stays light.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { Layout } from './Layout';
import { loadPage } from './pageCode';
import { PAGES } from './pages';
import { RouteError } from './RouteError';
import { OpeningScreen } from './WorkspaceGate';

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

/** The app's router, made by `startApp` before the first render. */
export type AppRouter = ReturnType<typeof createRouter>;
