import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DataProvider, type FieldbookData } from './data/index.ts';
import { DeviceEndedGate } from './modules/admin/components/DeviceEndedGate.tsx';
import { AutomationRunner } from './modules/analytics/components/AutomationRunner.tsx';
import { ToastsFollowLanguage } from './modules/preferences/components/ToastsFollowLanguage.tsx';
import {
  type LocalDataRemoved,
  LocalDataRemovedContext,
} from './modules/sync/hooks/useLocalDataRemoved.ts';
import { theme } from './theme.ts';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'fieldbook.colorScheme' });

export type AppProvidersProps = {
  i18n: i18n;
  children: ReactNode;
  /** 'test' turns off transitions and portals so tests see dialogs synchronously. */
  env?: 'default' | 'test';
};

/** Theme, translations and notifications: everything a screen needs except data. */
export function AppProviders({ i18n, children, env = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
        env={env}
      >
        <Notifications position="bottom-right" limit={4} />
        <ToastsFollowLanguage />
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}

export type AppProps = Omit<AppProvidersProps, 'children'> & {
  data: FieldbookData;
  clock?: () => Date;
  /** After sign-out deleted the local database; by default the page reloads to open a fresh one. */
  onLocalDataRemoved?: LocalDataRemoved;
  /** Applies the automation rules while open; off by default in tests, which seed their own tasks. */
  automation?: boolean;
  children: ReactNode;
};

/** The whole app around a router: providers, then the local data the screens read. */
export function App({
  data,
  clock,
  onLocalDataRemoved,
  automation,
  children,
  ...providers
}: AppProps) {
  const runAutomation = automation ?? providers.env !== 'test';
  const content = (
    <DataProvider data={data} clock={clock}>
      {runAutomation ? <AutomationRunner /> : null}
      <DeviceEndedGate>{children}</DeviceEndedGate>
    </DataProvider>
  );
  return (
    <AppProviders {...providers}>
      {onLocalDataRemoved ? (
        <LocalDataRemovedContext value={onLocalDataRemoved}>{content}</LocalDataRemovedContext>
      ) : (
        content
      )}
    </AppProviders>
  );
}
