import { Alert, Anchor, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import {
  IconAdjustments,
  IconBulb,
  IconChartLine,
  IconFileText,
  IconCalendarStats,
  IconGridDots,
  IconHistory,
  IconHome,
  IconLayoutGrid,
  IconListCheck,
  IconPresentation,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { BackupReminderBanner } from './BackupReminderBanner';
import { SyncIndicator } from './SyncIndicator';
import { useSyncStatus } from '../api/syncStatus';
import { settingsQuery } from '../api/queries';
import { useRole } from '../api/role';
import { pictureAhead } from '../api/scrutiny';
import { useSession } from '../api/sessionState';
import { askForChartCode } from '../components/charts/chartCode';
import { LeavingGuard } from '../components/LeavingGuard';
import { todayIso } from '../domain/dates';
import { quarterLabel } from '../domain/quarters';
import { reportingQuarterOf } from '../domain/workspace';
import { askForPageCode } from './pageCode';
import { useUiStore } from './store';

/**
 * Only routes that work appear here. Heading for a page starts its code on its way
 * (`askForPageCode`), and for a page with charts theirs (`askForChartCode`); pressing the link of
 * one with charts starts the quarter's picture (`pictureAhead`), before the page's own code runs.
 */
const NAVIGATION = [
  { to: '/', label: 'Overview', icon: IconHome, charts: 'overview' },
  { to: '/plans', label: 'Action plans', icon: IconListCheck },
  { to: '/updates', label: 'Quarterly updates', icon: IconCalendarStats },
  { to: '/recommendations', label: 'Recommendations', icon: IconBulb },
  { to: '/swot', label: 'SWOT analysis', icon: IconLayoutGrid },
  { to: '/strategic-tool', label: 'Strategic tool', icon: IconGridDots },
  { to: '/indicators', label: 'Outcome indicators', icon: IconChartLine },
  { to: '/scrutiny', label: 'Scrutiny', icon: IconPresentation, charts: 'scrutiny' },
  { to: '/reports', label: 'Reports', icon: IconFileText },
  { to: '/audit', label: 'Audit trail', icon: IconHistory },
  { to: '/settings', label: 'Settings', icon: IconAdjustments },
] as const;

/** The membership page, offered to the shared plan's manager. */
const MEMBERS_LINK = { to: '/members', label: 'Members', icon: IconUsers } as const;

/** Only for someone signed in to a shared plan: its code is not the first screen's. */
const SignedInAs = lazy(async () => ({ default: (await import('./SignedInAs')).SignedInAs }));

/** What a signed-in councillor is offered: the scrutiny view and the reports of closed quarters. */
const COUNCILLOR_PATHS = ['/scrutiny', '/reports', '/accessibility'];

function isActive(pathname: string, to: string) {
  if (to === '/') return pathname === '/';
  // An action's page belongs to the plans.
  if (to === '/plans' && pathname.startsWith('/actions/')) return true;
  return pathname === to || pathname.startsWith(`${to}/`);
}

let openedOnce = false;

export function Layout() {
  const { pathname } = useLocation();
  const { navigationOpen, toggleNavigation, closeNavigation, connectionStale } = useUiStore();
  const settings = useQuery(settingsQuery()).data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const role = useRole();
  const member = useSession((session) => session.member);
  // A signed-in councillor sees the scrutiny picture and closed quarters' reports, nothing else.
  const councillorOnly = member?.role === 'councillor';
  useEffect(() => {
    if (councillorOnly && !COUNCILLOR_PATHS.some((path) => isActive(pathname, path)))
      void navigate('/scrutiny', { replace: true });
  }, [councillorOnly, pathname, navigate]);
  // A councillor's app opens on the scrutiny view (once, when the app opens at the overview).
  useEffect(() => {
    if (!openedOnce && settings) {
      openedOnce = true;
      if (role === 'councillor' && pathname === '/') void navigate('/scrutiny', { replace: true });
    }
  }, [settings, role, pathname, navigate]);
  const quarter = quarterLabel(reportingQuarterOf(settings, todayIso()));
  // With the shared plan's status under the quarter, a phone's header needs two more lines.
  const sharedPlan = useSyncStatus((status) => status.available || status.connected);

  // The frame is the app's own (`.shell-*` in global.css): Mantine's AppShell brought its
  // scroll area and scroll lock to the first screen, 14 KB gzip for a fixed header and a sidebar.
  return (
    <div className="shell" data-tall-header={sharedPlan || undefined}>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="shell-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpen}
              onClick={toggleNavigation}
              hiddenFrom="sm"
              size="sm"
              aria-label={navigationOpen ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navigationOpen}
              aria-controls="main-navigation"
            />
            <Link to="/" className="brand-link">
              <Stack gap={0}>
                <Title order={2} size="h3" component="p">
                  {settings?.name ?? 'SafetyNet'}
                </Title>
                <Text size="sm" c="dimmed" visibleFrom="xs">
                  {settings?.fullName ?? 'Waltham Forest Community Safety Partnership'}
                </Text>
              </Stack>
            </Link>
          </Group>
          <Stack gap={0} align="flex-end" style={{ minWidth: 0 }}>
            <Text size="sm" ta="right" lh={1.3}>
              Reporting quarter: <strong style={{ whiteSpace: 'nowrap' }}>{quarter}</strong>
            </Text>
            <SyncIndicator />
          </Stack>
        </Group>
      </header>
      <nav
        className="shell-nav"
        id="main-navigation"
        aria-label="Main"
        data-open={navigationOpen || undefined}
      >
        {[...NAVIGATION, ...(member?.role === 'manager' ? [MEMBERS_LINK] : [])]
          .filter(({ to }) => !councillorOnly || COUNCILLOR_PATHS.includes(to))
          .map((item) => {
            const { to, label, icon: Icon } = item;
            const active = isActive(pathname, to);
            // The page's code and its charts' are asked for as soon as someone heads for the page
            // (each once); the picture, which may mean working a large draft out, only once the
            // link is pressed.
            const headingThere = () => {
              askForPageCode(to);
              if ('charts' in item) askForChartCode();
            };
            const pressed =
              'charts' in item
                ? () => void pictureAhead(queryClient, item.charts).catch(() => undefined)
                : undefined;
            return (
              <NavLink
                key={to}
                component={Link}
                to={to}
                label={label}
                active={active}
                variant="filled"
                aria-current={active ? 'page' : undefined}
                leftSection={<Icon size={18} aria-hidden="true" />}
                onPointerEnter={headingThere}
                onFocus={headingThere}
                onPointerDown={pressed}
                onClick={() => {
                  headingThere();
                  pressed?.();
                  closeNavigation();
                }}
              />
            );
          })}
        <Stack gap={4} mt="auto">
          {member && (
            <Suspense fallback={null}>
              <SignedInAs />
            </Suspense>
          )}
          <Anchor component={Link} to="/accessibility" size="sm" p="xs" onClick={closeNavigation}>
            Accessibility statement
          </Anchor>
        </Stack>
      </nav>
      <main className="shell-main" id="main-content">
        {connectionStale ? (
          <Alert color="orange" title="This tab is out of date" role="alert" mb="lg">
            <Stack gap="xs" align="flex-start">
              <Text>
                Another tab updated the app or restored a backup. Reload this page to carry on; this
                tab will not save anything until you do.
              </Text>
              <Button onClick={() => window.location.reload()}>Reload now</Button>
            </Stack>
          </Alert>
        ) : null}
        <BackupReminderBanner />
        <LeavingGuard />
        <Outlet />
      </main>
    </div>
  );
}
