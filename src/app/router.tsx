/**
 * Client-side routes. Each screen family but the overview is loaded on demand, so the first screen
 * stays light.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { Layout } from './Layout';
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
      {
        path: 'plans',
        lazy: () => import('../features/plans/PlansPage').then((m) => ({ Component: m.PlansPage })),
      },
      {
        path: 'plans/:body',
        lazy: () => import('../features/plans/PlansPage').then((m) => ({ Component: m.PlansPage })),
      },
      {
        path: 'actions/new',
        lazy: () =>
          import('../features/plans/NewActionPage').then((m) => ({ Component: m.NewActionPage })),
      },
      {
        path: 'actions/import',
        lazy: () =>
          import('../features/plans/ImportActionsPage').then((m) => ({
            Component: m.ImportActionsPage,
          })),
      },
      {
        path: 'actions/:ref',
        lazy: () =>
          import('../features/plans/ActionPage').then((m) => ({ Component: m.ActionPage })),
      },
      {
        path: 'updates',
        lazy: () =>
          import('../features/updates/UpdatesRoundPage').then((m) => ({
            Component: m.UpdatesRoundPage,
          })),
      },
      {
        path: 'updates/:quarter',
        lazy: () =>
          import('../features/updates/UpdatesRoundPage').then((m) => ({
            Component: m.UpdatesRoundPage,
          })),
      },
      {
        path: 'updates/:quarter/returns',
        lazy: () =>
          import('../features/updates/ReturnsPage').then((m) => ({ Component: m.ReturnsPage })),
      },
      {
        path: 'updates/:quarter/:ref',
        lazy: () =>
          import('../features/updates/UpdateFormPage').then((m) => ({
            Component: m.UpdateFormPage,
          })),
      },
      {
        path: 'recommendations',
        lazy: () =>
          import('../features/recommendations/RecommendationsPage').then((m) => ({
            Component: m.RecommendationsPage,
          })),
      },
      {
        path: 'recommendations/:number',
        lazy: () =>
          import('../features/recommendations/RecommendationPage').then((m) => ({
            Component: m.RecommendationPage,
          })),
      },
      {
        path: 'swot',
        lazy: () => import('../features/swot/SwotPage').then((m) => ({ Component: m.SwotPage })),
      },
      {
        path: 'strategic-tool',
        lazy: () =>
          import('../features/strategic-tool/StrategicToolPage').then((m) => ({
            Component: m.StrategicToolPage,
          })),
      },
      {
        path: 'scrutiny',
        lazy: () =>
          import('../features/scrutiny/ScrutinyPage').then((m) => ({ Component: m.ScrutinyPage })),
      },
      {
        path: 'scrutiny/:quarter',
        lazy: () =>
          import('../features/scrutiny/ScrutinyPage').then((m) => ({ Component: m.ScrutinyPage })),
      },
      {
        path: 'indicators',
        lazy: () =>
          import('../features/indicators/IndicatorsPage').then((m) => ({
            Component: m.IndicatorsPage,
          })),
      },
      {
        path: 'indicators/new',
        lazy: () =>
          import('../features/indicators/IndicatorEditorPages').then((m) => ({
            Component: m.NewIndicatorPage,
          })),
      },
      {
        path: 'indicators/:id',
        lazy: () =>
          import('../features/indicators/IndicatorPage').then((m) => ({
            Component: m.IndicatorPage,
          })),
      },
      {
        path: 'indicators/:id/edit',
        lazy: () =>
          import('../features/indicators/IndicatorEditorPages').then((m) => ({
            Component: m.EditIndicatorPage,
          })),
      },
      {
        path: 'reports',
        lazy: () =>
          import('../features/reports/ReportsPage').then((m) => ({ Component: m.ReportsPage })),
      },
      {
        path: 'audit',
        lazy: () => import('../features/audit/AuditPage').then((m) => ({ Component: m.AuditPage })),
      },
      {
        path: 'accessibility',
        lazy: () =>
          import('../features/accessibility/AccessibilityStatementPage').then((m) => ({
            Component: m.AccessibilityStatementPage,
          })),
      },
      {
        path: 'shared-plan',
        lazy: () =>
          import('../features/sync/SharedPlanPage').then((m) => ({
            Component: m.SharedPlanPage,
          })),
      },
      {
        path: 'members',
        lazy: () =>
          import('../features/members/MembersPage').then((m) => ({ Component: m.MembersPage })),
      },
      {
        path: 'settings',
        lazy: () =>
          import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })),
      },
      {
        path: '*',
        lazy: () =>
          import('../features/not-found/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
