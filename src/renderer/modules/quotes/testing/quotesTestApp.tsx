import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Role } from '../../../../shared/domain/roles.ts';
import type { SettingValue } from '../../../../shared/domain/setting.ts';
import { App } from '../../../App.tsx';
import { createAccountCommands } from '../../../data/accounts/accountCommands.ts';
import type { FieldbookData } from '../../../data/index.ts';
import { createProductCommands } from '../../../data/products/productCommands.ts';
import { createQuoteCommands } from '../../../data/quotes/quoteCommands.ts';
import type { CommandContext } from '../../../data/records/recordStore.ts';
import { saveSetting } from '../../../data/settings/settingsStore.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import type { SupportedLanguage } from '../../../i18n/languages.ts';
import { appRoutes } from '../../../routes.tsx';

/** A clock fixed at `iso` (the app and the seeding commands share it). */
export function fixedClock(iso: string): () => Date {
  return () => new Date(iso);
}

/** The whole app at `path` on real data, with an injected clock. */
export function renderQuotesApp(
  data: FieldbookData,
  path: string,
  clock: () => Date,
  language: SupportedLanguage = 'en',
) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <App data={data} i18n={createI18n(language)} env="test" clock={clock}>
      <RouterProvider router={router} />
    </App>,
  );
  return { ...view, user, router };
}

/** Seeds through the data layer's own commands, as `user`, at the clock's time. */
export function quoteSeed(
  data: FieldbookData,
  clock: () => Date,
  user: { id: string; role: Role },
) {
  const context: CommandContext = { data, clock, user };
  return {
    accounts: createAccountCommands(context),
    products: createProductCommands(context),
    quotes: createQuoteCommands(context),
    saveSetting: (value: SettingValue) => saveSetting(context, value),
  };
}
