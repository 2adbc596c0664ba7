import type { BaseRecord } from '../../../shared/domain/baseRecord.ts';
import { type Contact, contactSchema } from '../../../shared/domain/contact.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';

/** What a user enters for a contact; defaults fill the rest. */
export type ContactInput = Pick<Contact, 'accountId'> &
  Partial<Omit<Contact, keyof BaseRecord | 'accountId'>>;

export type ContactCommands = {
  createContact(input: ContactInput): Promise<Contact>;
  updateContact(id: string, patch: Partial<ContactInput>): Promise<Contact>;
};

/** Contact commands; at most one primary contact per account is kept. */
export function createContactCommands(context: CommandContext): ContactCommands {
  const { data, clock, user } = context;
  const contacts = () => collectionOf(data, 'contacts');

  async function demoteOtherPrimaries(contact: Contact, at: string) {
    if (!contact.isPrimary) return;
    const others = await contacts()
      .find({
        selector: { accountId: contact.accountId },
        index: ['accountId', 'lastName'],
      })
      .exec();
    for (const doc of others) {
      if (doc.primary === contact.id || !doc.get('isPrimary')) continue;
      await doc.incrementalModify((stored) => ({ ...stored, isPrimary: false, updatedAt: at }));
    }
  }

  return {
    async createContact(input) {
      await findDocument(data, 'accounts', input.accountId);
      const now = clock();
      const at = now.toISOString();
      const contact = withoutUndefined(
        parseRecord<Contact>('contact', contactSchema, {
          ...input,
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
        }),
      );
      await contacts().insert(contact);
      await demoteOtherPrimaries(contact, at);
      return contact;
    },

    async updateContact(id, patch) {
      const doc = await findDocument(data, 'contacts', id);
      const current = plainRecord<Contact>(doc._data);
      if (patch.accountId && patch.accountId !== current.accountId)
        await findDocument(data, 'accounts', patch.accountId);
      const at = clock().toISOString();
      const next = withoutUndefined(
        parseRecord<Contact>('contact', contactSchema, {
          ...current,
          ...patch,
          id,
          ownerId: current.ownerId,
          createdAt: current.createdAt,
          updatedAt: at,
        }),
      );
      await replaceDocument(doc, next);
      await demoteOtherPrimaries(next, at);
      return next;
    },
  };
}
