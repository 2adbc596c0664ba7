import {
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAddressBook, IconNotebook, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterNavLink } from 'react-router';
import { useOpportunityWarmUp } from '../data/index.ts';
import { DueReminderNotifier } from '../modules/activities/components/DueReminderNotifier.tsx';
import { AdminNavLinks } from '../modules/admin/components/AdminNavLinks.tsx';
import { AnalyticsNavLinks } from '../modules/analytics/components/AnalyticsNavLinks.tsx';
import { DesktopShell } from '../modules/desktop/components/DesktopShell.tsx';
import { EventsNavLinks } from '../modules/events/components/EventsNavLinks.tsx';
import { ImportNavLinks } from '../modules/import/components/ImportNavLinks.tsx';
import { IntakeNavLinks } from '../modules/intake/components/IntakeNavLinks.tsx';
import { InvoicesNavLinks } from '../modules/invoices/components/InvoicesNavLinks.tsx';
import { QuickCaptureProvider } from '../modules/leads/components/QuickCaptureProvider.tsx';
import { useQuickCapture } from '../modules/leads/hooks/useQuickCapture.ts';
import { OrdersNavLinks } from '../modules/orders/components/OrdersNavLinks.tsx';
import { PipelineNavLinks } from '../modules/pipeline/components/PipelineNavLinks.tsx';
import { ColorSchemeToggle } from '../modules/preferences/components/ColorSchemeToggle.tsx';
import { LanguageSwitch } from '../modules/preferences/components/LanguageSwitch.tsx';
import { QuotesNavLinks } from '../modules/quotes/components/QuotesNavLinks.tsx';
import { SyncBanners } from '../modules/sync/components/SyncBanners.tsx';
import { SyncNavLinks } from '../modules/sync/components/SyncNavLinks.tsx';
import { TicketsNavLinks } from '../modules/tickets/components/TicketsNavLinks.tsx';
import { paths } from '../routes.tsx';
import { QuietBoundary } from '../ui/QuietBoundary.tsx';
import { SyncStatusSlot } from './SyncStatusSlot.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The frame around every page: header with global actions, navigation, and the page itself. */
export function AppLayout() {
  return (
    <QuickCaptureProvider>
      <AppFrame />
    </QuickCaptureProvider>
  );
}

function AppFrame() {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const quickCapture = useQuickCapture();
  useOpportunityWarmUp();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 208, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={0}
    >
      <a className="fb-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.nav.toggle')}
            />
            <ThemeIcon size={32} radius="md" variant="filled" aria-hidden>
              <IconNotebook size={19} stroke={1.8} />
            </ThemeIcon>
            <Text fw={700} fz="lg" lh={1} style={{ letterSpacing: '-0.01em' }}>
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SyncStatusSlot />
            <Button
              leftSection={<IconPlus size={16} stroke={2} />}
              rightSection={
                <Kbd size="xs" visibleFrom="md" aria-hidden>
                  {isMac ? t('app.shortcuts.newLeadMac') : t('app.shortcuts.newLead')}
                </Kbd>
              }
              onClick={quickCapture.open}
            >
              {t('leads.newLead')}
            </Button>
            <LanguageSwitch />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('app.nav.label')} style={{ overflowY: 'auto' }}>
        {/* Many links: the list scrolls on its own so every one stays reachable on a small screen. */}
        <AppShell.Section grow component={ScrollArea} type="auto" offsetScrollbars>
          <Stack gap={4}>
            <NavLink
              component={RouterNavLink}
              to={paths.leads}
              label={t('app.nav.leads')}
              leftSection={<IconAddressBook size={18} stroke={1.75} />}
              onClick={closeNav}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
              fw={500}
            />
            <PipelineNavLinks onNavigate={closeNav} />
            <AnalyticsNavLinks onNavigate={closeNav} />
            <IntakeNavLinks onNavigate={closeNav} />
            <EventsNavLinks onNavigate={closeNav} />
            <ImportNavLinks onNavigate={closeNav} />
            <QuotesNavLinks onNavigate={closeNav} />
            <OrdersNavLinks onNavigate={closeNav} />
            <InvoicesNavLinks onNavigate={closeNav} />
            <TicketsNavLinks onNavigate={closeNav} />
            <SyncNavLinks onNavigate={closeNav} />
            <AdminNavLinks onNavigate={closeNav} />
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main
        id="main"
        bg="var(--fb-canvas)"
        style={{ display: 'flex', flexDirection: 'column', height: '100dvh' }}
      >
        <QuietBoundary>
          <DueReminderNotifier />
        </QuietBoundary>
        <DesktopShell />
        <SyncBanners />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
