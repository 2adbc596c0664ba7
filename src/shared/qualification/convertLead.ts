import type { Account } from '../domain/account.ts';
import type { Activity } from '../domain/activity.ts';
import type { Contact } from '../domain/contact.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Lead, PurchaseTimeline } from '../domain/lead.ts';
import type { Opportunity, OpportunityStage } from '../domain/opportunity.ts';
import type { Role } from '../domain/roles.ts';
import type { OpportunityStagesValue } from '../domain/setting.ts';
import { type Money, money } from '../money/money.ts';
import { stageProbability } from '../pipeline/stageProbabilities.ts';
import { formatPersonName } from '../text/formatPersonName.ts';
import { assertLeadTransition } from '../workflow/leadWorkflow.ts';
import { isFreeMailDomain } from './freeMailDomains.ts';
import { emailDomain } from './normalizeContact.ts';
import { repointActivities } from './repointActivities.ts';

export type ConvertLeadOptions = {
  createOpportunity: boolean;
  /** Defaults to the account name. */
  opportunityName?: string;
  /** Needed when an opportunity is created (zero is fine; the currency matters). */
  amount?: Money;
  /** Defaults to when the lead said it would buy (see closeDaysByTimeline), else 90 days after `now`. */
  expectedCloseDate?: string;
  /** Defaults to qualification: the lead is qualified. */
  stage?: Extract<OpportunityStage, 'prospecting' | 'qualification' | 'proposal' | 'negotiation'>;
};

export type ConvertLeadResult = {
  account: Account;
  /** False when the lead was attached to an existing account, which is returned unchanged. */
  accountCreated: boolean;
  contact: Contact;
  opportunity?: Opportunity;
  updatedLead: Lead;
  repointedActivities: Activity[];
};

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** Days from conversion to a deal's expected close, by when the lead said it would buy. */
export const closeDaysByTimeline: Record<PurchaseTimeline, number> = {
  immediate: 30,
  within_3_months: 90,
  within_6_months: 180,
  within_12_months: 365,
  over_12_months: 540,
  unknown: 90,
};

function newAccount(lead: Lead, id: string, now: string): Account {
  const name = lead.company.trim() || formatPersonName(lead);
  if (name === '') {
    throw new DomainError(
      'accountNameRequired',
      { leadId: lead.id },
      'The lead has no company or name to name an account after',
    );
  }
  const domain = emailDomain(lead.email);
  const country = (lead.country ?? '').trim().toUpperCase();
  return {
    id,
    ownerId: lead.ownerId,
    createdAt: now,
    updatedAt: now,
    name,
    ...(lead.industry ? { industry: lead.industry } : {}),
    // A work email's domain is almost always the company website; it lets findAccountMatches find it later.
    ...(domain !== '' && !isFreeMailDomain(domain) ? { website: `https://${domain}` } : {}),
    ...(/^[A-Z]{2}$/u.test(country) ? { country } : {}),
    tags: [],
    leadId: lead.id,
    notes: '',
  };
}

/**
 * Converts a qualified lead in one step (lead workflow qualified → converted): a new account
 * (or `existingAccount`), a contact, optionally an opportunity; the lead links to all three and
 * its activities move to the contact's timeline. Ids come from `newId`.
 */
export function convertLead({
  lead,
  existingAccount,
  options,
  actor,
  now,
  newId,
  activities = [],
  stages,
}: {
  lead: Lead;
  existingAccount?: Account;
  options: ConvertLeadOptions;
  actor: { id: string; role: Role };
  now: string;
  newId: () => string;
  activities?: readonly Activity[];
  /** The `opportunityStages` setting, for the new opportunity's default probability. */
  stages?: OpportunityStagesValue;
}): ConvertLeadResult {
  assertLeadTransition({ from: lead.status, to: 'converted', role: actor.role });
  if (options.createOpportunity && options.amount === undefined) {
    throw new DomainError(
      'opportunityAmountRequired',
      { leadId: lead.id },
      'An opportunity needs an amount and currency',
    );
  }
  const account = existingAccount ?? newAccount(lead, newId(), now);
  const contact: Contact = {
    id: newId(),
    ownerId: lead.ownerId,
    createdAt: now,
    updatedAt: now,
    accountId: account.id,
    firstName: lead.firstName,
    lastName: lead.lastName,
    title: lead.title,
    email: lead.email,
    phone: lead.phone,
    isPrimary: existingAccount === undefined,
    consent: lead.consent,
    leadId: lead.id,
    notes: lead.notes,
  };
  let opportunity: Opportunity | undefined;
  if (options.createOpportunity && options.amount !== undefined) {
    const stage = options.stage ?? 'qualification';
    opportunity = {
      id: newId(),
      ownerId: lead.ownerId,
      createdAt: now,
      updatedAt: now,
      accountId: account.id,
      contactIds: [contact.id],
      name: options.opportunityName?.trim() || account.name,
      stage,
      amount: money(options.amount.amount, options.amount.currency),
      probability: stageProbability(stage, stages),
      expectedCloseDate:
        options.expectedCloseDate ??
        addDays(now, closeDaysByTimeline[lead.purchaseTimeline ?? 'unknown']),
      leadId: lead.id,
      ...(lead.eventId !== undefined ? { eventId: lead.eventId } : {}),
      description: '',
      stageHistory: [],
    };
  }
  const updatedLead: Lead = {
    ...lead,
    status: 'converted',
    convertedAt: now,
    convertedAccountId: account.id,
    convertedContactId: contact.id,
    ...(opportunity !== undefined ? { convertedOpportunityId: opportunity.id } : {}),
    updatedAt: now,
  };
  const repointedActivities = repointActivities({
    activities,
    from: { collection: 'leads', id: lead.id },
    to: { collection: 'contacts', id: contact.id },
    now,
    contactId: contact.id,
  });
  return {
    account,
    accountCreated: existingAccount === undefined,
    contact,
    ...(opportunity !== undefined ? { opportunity } : {}),
    updatedLead,
    repointedActivities,
  };
}
