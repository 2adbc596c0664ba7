import {
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  Kbd,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAddressBook, IconNotebook, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useOpportunityWarmUp } from '../data/index.ts';
import { DueReminderNotifier } from '../modules/activities/components/DueReminderNotifier.tsx';
import { AdminNavLinks } from '../modules/admin/components/AdminNavLinks.tsx';
import { AnalyticsNavLinks } from '../modules/analytics/components/AnalyticsNavLinks.tsx';
import { DesktopShell } from '../modules/desktop/components/DesktopShell.tsx';
import { EventsNavLinks } from '../modules/events/components/EventsNavLinks.tsx';
import { ImportNavLinks } from '../modules/import/components/ImportNavLinks.tsx';
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
import { AppNavLink } from '../ui/AppNavLink.tsx';
import { NavSection } from '../ui/NavSection.tsx';
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
      navbar={{ width: 224, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
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
      <AppShell.Navbar px="sm" py={6} aria-label={t('app.nav.label')} style={{ overflowY: 'auto' }}>
        {/* Many links: the list scrolls on its own so every one stays reachable on a small screen. */}
        <AppShell.Section grow component={ScrollArea} type="hover" scrollbarSize={6}>
          {/* Grouped like the work: selling, marketing, fulfilment and cash, service, insight. */}
          <Stack gap={0}>
            <NavSection label={t('app.nav.sections.sales')}>
              <AppNavLink
                to={paths.leads}
                label={t('app.nav.leads')}
                icon={IconAddressBook}
                onNavigate={closeNav}
              />
              <PipelineNavLinks onNavigate={closeNav} />
              <QuotesNavLinks onNavigate={closeNav} />
            </NavSection>
            <NavSection label={t('app.nav.sections.marketing')}>
              <EventsNavLinks onNavigate={closeNav} />
              <ImportNavLinks onNavigate={closeNav} />
            </NavSection>
            <NavSection label={t('app.nav.sections.ordersFinance')}>
              <OrdersNavLinks onNavigate={closeNav} />
              <InvoicesNavLinks onNavigate={closeNav} />
            </NavSection>
            <NavSection label={t('app.nav.sections.service')}>
              <TicketsNavLinks onNavigate={closeNav} />
            </NavSection>
            <NavSection label={t('app.nav.sections.insights')}>
              <AnalyticsNavLinks onNavigate={closeNav} />
            </NavSection>
            <NavSection label={t('app.nav.sections.workspace')}>
              <SyncNavLinks onNavigate={closeNav} />
              <AdminNavLinks onNavigate={closeNav} />
            </NavSection>
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
        {/* The page below scrolls in the rest of the height; a banner keeps its own. */}
        <Box style={{ flexShrink: 0 }}>
          <SyncBanners />
        </Box>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
