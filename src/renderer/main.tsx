import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/global.css';
import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import { App, AppProviders } from './App.tsx';
import { LocalDataLockedError, openFieldbookData } from './data/index.ts';
import { createI18n } from './i18n/createI18n.ts';
import { clientAppOf } from './platform/clientAppOf.ts';
import { platform } from './platform/platform.ts';
import { appRoutes } from './routes.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

const root = createRoot(container);
const i18n = createI18n();

function OpeningScreen() {
  const { t } = useTranslation();
  return (
    <Center h="100dvh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

function OpenErrorScreen() {
  const { t } = useTranslation();
  return (
    <Center h="100dvh" p="xl">
      <Stack maw={420} align="center" ta="center" gap="sm">
        <Title order={2}>{t('app.openError.title')}</Title>
        <Text c="dimmed">{t('app.openError.description')}</Text>
        <Button onClick={() => window.location.reload()}>{t('app.openError.reload')}</Button>
      </Stack>
    </Center>
  );
}

/**
 * A browser withholds WebCrypto from pages on plain http (except localhost), and the local data
 * is encrypted with it: opening it would fail. Say why and what to do instead of a generic error.
 */
function InsecureAddressScreen({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <Center h="100dvh" p="xl">
      <Stack maw={520} align="center" ta="center" gap="sm">
        <Title order={2}>{t('app.insecureAddress.title')}</Title>
        <Text c="dimmed">{t('app.insecureAddress.description', { address })}</Text>
        <Text c="dimmed">{t('app.insecureAddress.action')}</Text>
      </Stack>
    </Center>
  );
}

/**
 * The local data was encrypted with a key this device no longer has (a reset or locked OS
 * keychain). Nothing was changed: unlocking the keychain and trying again may be enough;
 * starting over is the person's choice because it loses what this device had not synced.
 */
function LockedScreen({ onStartOver }: { onStartOver: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100dvh" p="xl">
      <Stack maw={460} align="center" ta="center" gap="sm">
        <Title order={2}>{t('app.locked.title')}</Title>
        <Text c="dimmed">{t('app.locked.description')}</Text>
        <Button onClick={() => window.location.reload()}>{t('app.locked.retry')}</Button>
        <Button variant="subtle" color="red" onClick={onStartOver}>
          {t('app.locked.startOver')}
        </Button>
      </Stack>
    </Center>
  );
}

function renderScreen(screen: ReactNode) {
  root.render(
    <StrictMode>
      <AppProviders i18n={i18n}>{screen}</AppProviders>
    </StrictMode>,
  );
}

renderScreen(<OpeningScreen />);

// The database is opened once, outside React: components only ever reach it through providers.
async function start(onWrongKey: 'refuse' | 'startOver') {
  // Personal fields are encrypted at rest; the desktop keeps the key in the OS keychain.
  const databaseKey = await platform.loadDatabaseKey();
  const data = await openFieldbookData({
    onWrongKey,
    ...(databaseKey ? { databaseKey } : {}),
    // Electron has one window per database (single-instance lock); browser tabs must coordinate.
    multiInstance: platform.kind !== 'electron',
    // The desktop keeps the sync token in the OS keychain; a browser in sessionStorage.
    sync: { tokens: platform.tokens, app: await clientAppOf(platform) },
  });
  const router = createHashRouter(appRoutes);
  root.render(
    <StrictMode>
      <App i18n={i18n} data={data}>
        <RouterProvider router={router} />
      </App>
    </StrictMode>,
  );
}

function handleOpenError(error: unknown) {
  console.error('Could not open the local database', error);
  if (error instanceof LocalDataLockedError) {
    renderScreen(
      <LockedScreen
        onStartOver={() => {
          renderScreen(<OpeningScreen />);
          start('startOver').catch(handleOpenError);
        }}
      />,
    );
    return;
  }
  renderScreen(<OpenErrorScreen />);
}

if (platform.kind === 'web' && !window.isSecureContext) {
  renderScreen(<InsecureAddressScreen address={window.location.origin} />);
} else {
  await start('refuse').catch(handleOpenError);
}
