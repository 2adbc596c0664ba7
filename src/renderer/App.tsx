import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DataProvider, type FieldbookData } from './data/index.ts';
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
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}

export type AppProps = Omit<AppProvidersProps, 'children'> & {
  data: FieldbookData;
  clock?: () => Date;
  children: ReactNode;
};

/** The whole app around a router: providers, then the local data the screens read. */
export function App({ data, clock, children, ...providers }: AppProps) {
  return (
    <AppProviders {...providers}>
      <DataProvider data={data} clock={clock}>
        {children}
      </DataProvider>
    </AppProviders>
  );
}
