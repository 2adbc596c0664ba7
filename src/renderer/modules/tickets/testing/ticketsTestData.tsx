import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Role } from '../../../../shared/domain/roles.ts';
import { App } from '../../../App.tsx';
import { createAccountCommands } from '../../../data/accounts/accountCommands.ts';
import type { FieldbookData } from '../../../data/index.ts';
import type { CommandContext } from '../../../data/records/recordStore.ts';
import { openTestData } from '../../../data/testing/openTestData.ts';
import { setLocalProfile } from '../../../data/testing/setLocalProfile.ts';
import { createTicketCommands } from '../../../data/tickets/ticketCommands.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import { appRoutes } from '../../../routes.tsx';

/** A real database with what the service screens read (12 of the 13 collections allowed). */
export function openTicketsTestData(): Promise<FieldbookData> {
  return openTestData({
    collections: [
      'leads',
      'events',
      'activities',
      'accounts',
      'contacts',
      'opportunities',
      'quotes',
      'settings',
      'products',
      'orders',
      'invoices',
      'tickets',
    ],
  });
}

/** A clock a test moves by hand (the app reads it; nothing sleeps). */
export function movableClock(startIso: string) {
  let ms = Date.parse(startIso);
  return {
    clock: () => new Date(ms),
    advanceMinutes(minutes: number) {
      ms += minutes * 60_000;
    },
  };
}

export const people = {
  rep: { id: '0190a000-0000-7000-8000-0000000000a1', name: 'Liu Yang', role: 'rep' },
  manager: { id: '0190a000-0000-7000-8000-0000000000a2', name: 'Zhou Min', role: 'manager' },
} as const satisfies Record<string, { id: string; name: string; role: Role }>;

/** Makes the local profile (who the app thinks is using it) one of `people`. */
export function actAs(person: (typeof people)[keyof typeof people]): void {
  setLocalProfile(person);
}

/** The whole app at `path` on real data, with the injected clock, in test mode. */
export function renderTicketsApp(data: FieldbookData, path: string, clock: () => Date) {
  const i18n = createI18n('en');
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <App data={data} i18n={i18n} env="test" clock={clock}>
      <RouterProvider router={router} />
    </App>,
  );
  return { ...view, user, router };
}

/** Seeds through the data layer's own commands, as `person`, at the clock's time. */
export function seedCommands(
  data: FieldbookData,
  clock: () => Date,
  person: (typeof people)[keyof typeof people] = people.rep,
) {
  const context: CommandContext = { data, clock, user: { id: person.id, role: person.role } };
  return {
    accounts: createAccountCommands(context),
    tickets: createTicketCommands(context),
  };
}
