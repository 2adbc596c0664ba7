import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { App } from '../App.tsx';
import {
  DataProvider,
  type FieldbookData,
  type LeadCommands,
  useLeadCommands,
} from '../data/index.ts';
import { openTestData } from '../data/testing/openTestData.ts';
import { createI18n } from '../i18n/createI18n.ts';
import type { SupportedLanguage } from '../i18n/languages.ts';
import { appRoutes } from '../routes.tsx';

/** A real Fieldbook database on fake-indexeddb with a name no other test uses. */
export function openUiTestData(): Promise<FieldbookData> {
  // RxDB allows 13 open collections per process; the screens under test need these two.
  return openTestData({ collections: ['leads', 'events'] });
}

/** The whole app at `path`, on real data, in test mode (no transitions, no portals). */
export function renderApp(
  data: FieldbookData,
  options: { path?: string; language?: SupportedLanguage } = {},
) {
  const i18n = createI18n(options.language ?? 'en');
  const router = createMemoryRouter(appRoutes, { initialEntries: [options.path ?? '/leads'] });
  const user = userEvent.setup();
  const view = render(
    <App data={data} i18n={i18n} env="test">
      <RouterProvider router={router} />
    </App>,
  );
  return { ...view, user, router, i18n };
}

function CommandsProbe({
  onCommands,
}: {
  onCommands: (commands: LeadCommands) => void;
}): ReactNode {
  onCommands(useLeadCommands());
  return null;
}

/** The lead commands the app itself uses, for seeding a test through the public data API. */
export function leadCommandsFor(data: FieldbookData): LeadCommands {
  let commands: LeadCommands | undefined;
  const probe = render(
    <DataProvider data={data}>
      <CommandsProbe
        onCommands={(value) => {
          commands = value;
        }}
      />
    </DataProvider>,
  );
  probe.unmount();
  if (!commands) throw new Error('DataProvider gave no lead commands');
  return commands;
}
