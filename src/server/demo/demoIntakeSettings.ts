import type { CollectionRecord } from '../../shared/domain/collections.ts';
import type { DemoPeople } from './demoData.ts';

type Stamp = { ownerId: string; createdAt: string; updatedAt: string };

/**
 * The demo company's web form ("Contact us"; no site may embed it until a manager adds one) and
 * its routing: German-speaking countries to Jonas Becker, everything else round-robin in East.
 */
export function demoIntakeSettings(params: {
  people: DemoPeople;
  newId: () => string;
  stamp: Stamp;
}): CollectionRecord<'settings'>[] {
  const { people, stamp } = params;
  return [
    {
      id: params.newId(),
      ...stamp,
      key: 'leadForms',
      value: {
        kind: 'leadForms',
        forms: [
          {
            key: 'contact-us',
            name: 'Contact us',
            active: true,
            fields: [
              { name: 'firstName', required: true },
              { name: 'lastName', required: true },
              { name: 'email', required: true },
              { name: 'company', required: false },
              { name: 'country', required: false },
              { name: 'productInterest', required: false },
              { name: 'message', required: false },
            ],
            consentText: 'Fieldbook Demo may contact me about my request.',
            consentRequired: true,
            thankYouMessage: 'Thank you! We will be in touch within one business day.',
            allowedOrigins: [],
            source: 'website',
            campaign: 'website-always-on',
          },
        ],
      },
    },
    {
      id: params.newId(),
      ...stamp,
      key: 'assignmentRules',
      value: {
        kind: 'assignmentRules',
        fallbackOwnerId: people.manager,
        rules: [
          {
            id: 'dach',
            name: 'DACH territory',
            active: true,
            match: { countries: ['DE', 'AT', 'CH', 'Germany', 'Austria', 'Switzerland'] },
            assignTo: { kind: 'user', userId: people.rep2 },
          },
          {
            id: 'east-round-robin',
            name: 'Team East round-robin',
            active: true,
            match: {},
            assignTo: { kind: 'roundRobin', teamId: people.teamId },
          },
        ],
      },
    },
  ];
}
