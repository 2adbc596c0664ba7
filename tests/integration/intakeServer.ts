import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { IntakeOptions } from '../../src/server/routes/intakeRoutes.ts';
import type { Store, StoredDocument } from '../../src/server/store/Store.ts';
import type { AssignmentRulesValue } from '../../src/shared/assignment/assignmentRulesSchema.ts';
import type { Setting, SettingValue } from '../../src/shared/domain/setting.ts';
import { newId } from '../../src/shared/ids/newId.ts';
import type { LeadForm } from '../../src/shared/webToLead/leadFormsSchema.ts';
import { openTestStore, type StoreKind, type TestStore } from '../support/testStores.ts';
import { seedTestTeam } from '../support/testTeam.ts';

/** A web form as a manager would define it, for the tests' company. */
export const contactForm: LeadForm = {
  key: 'contact-us',
  name: 'Contact us',
  active: true,
  fields: [
    { name: 'firstName', required: true },
    { name: 'lastName', required: true },
    { name: 'email', required: true },
    { name: 'company', required: false },
    { name: 'country', required: false },
    { name: 'postalCode', required: false },
    { name: 'productInterest', required: false },
    { name: 'message', required: false },
  ],
  consentText: 'You may contact me about my request.',
  consentRequired: true,
  thankYouMessage: 'Thank you, we will be in touch.',
  allowedOrigins: ['https://www.example.com'],
  source: 'website',
  campaign: 'always-on',
};

/** Rules: Germany to the West rep, everything else round-robin in team East. */
export const testRules: AssignmentRulesValue = {
  kind: 'assignmentRules',
  fallbackOwnerId: 'manager-east',
  rules: [
    {
      id: 'dach',
      name: 'DACH territory',
      active: true,
      match: { countries: ['DE', 'Germany'] },
      assignTo: { kind: 'user', userId: 'rep3-west' },
    },
    {
      id: 'east-rr',
      name: 'East round-robin',
      active: true,
      match: {},
      assignTo: { kind: 'roundRobin', teamId: 'team-east' },
    },
  ],
};

/** Writes a company setting straight into the store, as a manager's device would have pushed it. */
export async function putSetting(store: Store, value: SettingValue): Promise<void> {
  const at = new Date().toISOString();
  const setting: Setting = {
    id: newId(Date.now()),
    ownerId: 'manager-east',
    createdAt: at,
    updatedAt: at,
    key: value.kind,
    value,
  };
  await store.write(async (tx) => {
    await tx.putDocument({
      collection: 'settings',
      id: setting.id,
      ownerId: setting.ownerId,
      teamId: null,
      deleted: false,
      data: JSON.parse(JSON.stringify(setting)) as Record<string, unknown>,
    });
  });
}

/** Every lead in the store. */
export async function allLeads(store: Store): Promise<StoredDocument[]> {
  const page = await store.pull({
    collection: 'leads',
    afterSeq: 0,
    limit: 1000,
    access: { kind: 'all' },
  });
  return page.documents;
}

export type IntakeServer = TestStore & {
  app: FastifyInstance;
  people: Awaited<ReturnType<typeof seedTestTeam>>;
  close: () => Promise<void>;
};

/** The real server on a fresh store with the test team, one form and the test rules. */
export async function startIntakeServer(
  kind: StoreKind,
  intake: IntakeOptions = {},
): Promise<IntakeServer> {
  const testStore = await openTestStore(kind);
  const people = await seedTestTeam(testStore.store);
  await putSetting(testStore.store, { kind: 'leadForms', forms: [contactForm] });
  await putSetting(testStore.store, testRules);
  const app = await buildApp({ store: testStore.store, intake });
  await app.ready();
  return {
    ...testStore,
    app,
    people,
    close: async () => {
      await app.close();
      await testStore.store.close();
      await testStore.cleanup();
    },
  };
}
