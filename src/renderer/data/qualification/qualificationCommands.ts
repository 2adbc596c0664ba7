import type { RxDocument } from 'rxdb';
import type { Account } from '../../../shared/domain/account.ts';
import { accountSchema } from '../../../shared/domain/account.ts';
import { type Activity, activitySchema } from '../../../shared/domain/activity.ts';
import { contactSchema } from '../../../shared/domain/contact.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import { type Lead, leadSchema } from '../../../shared/domain/lead.ts';
import { opportunitySchema } from '../../../shared/domain/opportunity.ts';
import { newId } from '../../../shared/ids/newId.ts';
import type { Money } from '../../../shared/money/money.ts';
import { convertLead } from '../../../shared/qualification/convertLead.ts';
import { findAccountMatches } from '../../../shared/qualification/findAccountMatches.ts';
import {
  type MergeChoices,
  mergeableLeadFields,
  mergeLeads,
} from '../../../shared/qualification/mergeLeads.ts';
import { timelineQuery } from '../activities/activityQueries.ts';
import { fromLeadDoc, type LeadDocType, toLeadDoc } from '../leads/leadDocument.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  assertStillStored,
  type CommandContext,
  collectionOf,
  findDocument,
  hasCollection,
  plainRecord,
  withoutUndefined,
} from '../records/recordStore.ts';
import { readSetting } from '../settings/settingsStore.ts';

export type QualificationCommands = {
  mergeLeads(params: {
    primaryId: string;
    secondaryId: string;
    choices?: Partial<Record<keyof Lead, 'primary' | 'secondary'>>;
  }): Promise<Lead>;
  convertLead(params: {
    leadId: string;
    accountId?: string;
    createOpportunity: boolean;
    opportunityName?: string;
    amount?: Money;
    expectedCloseDate?: string;
  }): Promise<{ accountId: string; contactId: string; opportunityId?: string }>;
  findAccountMatches(leadId: string): Promise<Account[]>;
};

async function leadDoc(context: CommandContext, id: string): Promise<RxDocument<LeadDocType>> {
  const doc = await context.data.leads.findOne(id).exec();
  if (!doc) throw new DomainError('notFound', { entity: 'lead', id });
  return doc;
}

async function timelineOf(context: CommandContext, leadId: string): Promise<Activity[]> {
  if (!hasCollection(context.data, 'activities')) return [];
  const docs = await collectionOf(context.data, 'activities')
    .find(timelineQuery({ collection: 'leads', id: leadId }))
    .exec();
  return docs
    .map((doc) => plainRecord<Activity>(doc._data))
    .filter((activity) => activity.related.collection === 'leads');
}

async function saveActivities(context: CommandContext, activities: readonly Activity[]) {
  if (activities.length === 0) return;
  const checked = activities.map((activity) =>
    withoutUndefined(parseRecord<Activity>('activity', activitySchema, activity)),
  );
  await collectionOf(context.data, 'activities').bulkUpsert(checked);
}

async function writeLead(doc: RxDocument<LeadDocType>, lead: Lead): Promise<Lead> {
  const checked = withoutUndefined(leadSchema.parse(lead));
  await doc.incrementalModify((stored) => {
    assertStillStored(stored, 'lead', doc.primary);
    return toLeadDoc(checked);
  });
  return checked;
}

function mergeChoicesOf(
  choices: Partial<Record<keyof Lead, 'primary' | 'secondary'>> = {},
): MergeChoices {
  const out: MergeChoices = {};
  for (const field of mergeableLeadFields) {
    const choice = choices[field];
    if (choice) out[field] = choice;
  }
  return out;
}

/**
 * Merge, conversion and account matching: each reads what it needs, runs the shared rule and
 * writes every record it changed as an ordinary local change, so it works offline and syncs.
 */
export function createQualificationCommands(context: CommandContext): QualificationCommands {
  const { data, clock, user } = context;
  return {
    async mergeLeads({ primaryId, secondaryId, choices }) {
      const [primaryDoc, secondaryDoc] = await Promise.all([
        leadDoc(context, primaryId),
        leadDoc(context, secondaryId),
      ]);
      const now = clock().toISOString();
      const { merged, repointedActivities } = mergeLeads({
        primary: fromLeadDoc(primaryDoc._data),
        secondary: fromLeadDoc(secondaryDoc._data),
        choices: mergeChoicesOf(choices),
        activities: await timelineOf(context, secondaryId),
        now,
      });
      // Activities first: if the app stops halfway, nothing points at a deleted lead.
      await saveActivities(context, repointedActivities);
      const saved = await writeLead(primaryDoc, merged);
      const secondary = fromLeadDoc(secondaryDoc._data);
      await secondaryDoc.incrementalModify((stored) => ({
        ...stored,
        ...toLeadDoc({ ...secondary, updatedAt: now }),
        _deleted: true,
      }));
      return saved;
    },

    async convertLead({ leadId, accountId, ...options }) {
      const doc = await leadDoc(context, leadId);
      const existingAccount = accountId
        ? plainRecord<Account>((await findDocument(data, 'accounts', accountId))._data)
        : undefined;
      const stages = hasCollection(data, 'settings')
        ? (await readSetting(data, 'opportunityStages'))?.value
        : undefined;
      const now = clock();
      const at = now.toISOString();
      const result = convertLead({
        lead: fromLeadDoc(doc._data),
        ...(existingAccount ? { existingAccount } : {}),
        options: withoutUndefined(options),
        actor: user,
        now: at,
        newId: () => newId(now.getTime()),
        activities: await timelineOf(context, leadId),
        ...(stages ? { stages } : {}),
      });
      const account = parseRecord('account', accountSchema, result.account);
      const contact = parseRecord('contact', contactSchema, result.contact);
      const opportunity = result.opportunity
        ? parseRecord('opportunity', opportunitySchema, result.opportunity)
        : undefined;
      if (result.accountCreated)
        await collectionOf(data, 'accounts').insert(withoutUndefined(account));
      await collectionOf(data, 'contacts').insert(withoutUndefined(contact));
      if (opportunity)
        await collectionOf(data, 'opportunities').insert(withoutUndefined(opportunity));
      await saveActivities(context, result.repointedActivities);
      await writeLead(doc, result.updatedLead);
      return {
        accountId: account.id,
        contactId: contact.id,
        ...(opportunity ? { opportunityId: opportunity.id } : {}),
      };
    },

    async findAccountMatches(leadId) {
      const lead = fromLeadDoc((await leadDoc(context, leadId))._data);
      const docs = await collectionOf(data, 'accounts').find().exec();
      const accounts = docs.map((item) => plainRecord<Account>(item._data));
      return findAccountMatches({ lead, accounts }).map((match) => match.account);
    },
  };
}
