import type { Account } from '../../../shared/domain/account.ts';
import type { Contact } from '../../../shared/domain/contact.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import type { Order } from '../../../shared/domain/order.ts';
import {
  type Ticket,
  type TicketPriority,
  type TicketStatus,
  ticketSchema,
} from '../../../shared/domain/ticket.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { applyServiceLevels } from '../../../shared/service/serviceLevels.ts';
import {
  changeTicketStatus,
  openTicket,
  recordFirstResponse,
  type TicketInput,
} from '../../../shared/service/ticketCommands.ts';
import { createActivityCommands } from '../activities/activityCommands.ts';
import { allocateDeviceNumber } from '../records/deviceDocumentNumber.ts';
import { parseRecord, RecordValidationError } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  findDocument,
  hasCollection,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';
import { readSetting } from '../settings/settingsStore.ts';

export type { TicketInput };

export type TicketStatusChange = {
  to: TicketStatus;
  /** Required to reopen a closed ticket; kept on the ticket's timeline as a note. */
  reason?: string;
  /** What fixed it, when resolving. */
  resolution?: string;
};

/** What a ticket is about, as corrected after it was opened (empty links are removed). */
export type TicketDetailsInput = {
  subject: string;
  description: string;
  contactId?: string;
  productId?: string;
};

export type TicketCommands = {
  /** Corrects the subject, description, contact and product (the customer stays the same). */
  editDetails(id: string, input: TicketDetailsInput): Promise<Ticket>;
  /** Opens a ticket (status new) numbered from this device's series, with SLA deadlines. */
  openTicket(input: TicketInput): Promise<Ticket>;
  /** Gives the ticket to someone (or to nobody with `undefined`). */
  assign(id: string, assigneeId: string | undefined): Promise<Ticket>;
  /** Changes the priority and moves the SLA deadlines with it. */
  setPriority(id: string, priority: TicketPriority): Promise<Ticket>;
  /** Stamps the first response once (a reply, a call back). */
  recordFirstResponse(id: string): Promise<Ticket>;
  /** Moves the ticket through its workflow (resolve, close, reopen…). */
  changeStatus(id: string, change: TicketStatusChange): Promise<Ticket>;
};

async function serviceLevelsOf(context: CommandContext) {
  if (!hasCollection(context.data, 'settings')) return undefined;
  return (await readSetting(context.data, 'serviceLevels'))?.value;
}

// The linked records must exist, and a contact or an order must belong to the ticket's account.
async function assertLinks(context: CommandContext, input: TicketInput): Promise<void> {
  const { data } = context;
  plainRecord<Account>((await findDocument(data, 'accounts', input.accountId))._data);
  if (input.contactId && hasCollection(data, 'contacts')) {
    const contact = plainRecord<Contact>(
      (await findDocument(data, 'contacts', input.contactId))._data,
    );
    if (contact.accountId !== input.accountId) {
      throw new RecordValidationError('ticket', [{ field: 'contactId', code: 'accountMismatch' }]);
    }
  }
  if (input.orderId && hasCollection(data, 'orders')) {
    const order = plainRecord<Order>((await findDocument(data, 'orders', input.orderId))._data);
    if (order.accountId !== input.accountId) {
      throw new RecordValidationError('ticket', [{ field: 'orderId', code: 'accountMismatch' }]);
    }
  }
  if (input.productId && hasCollection(data, 'products')) {
    await findDocument(data, 'products', input.productId);
  }
}

/** Ticket commands: each runs one shared service rule, validates the result and writes it. */
export function createTicketCommands(context: CommandContext): TicketCommands {
  const { data, clock, user } = context;

  async function change(
    id: string,
    apply: (ticket: Ticket, now: string) => Promise<Ticket> | Ticket,
  ) {
    const doc = await findDocument(data, 'tickets', id);
    const current = plainRecord<Ticket>(doc._data);
    const now = clock().toISOString();
    const next = await apply(current, now);
    if (next === current) return current;
    const record = withoutUndefined(
      parseRecord<Ticket>('ticket', ticketSchema, {
        ...next,
        id,
        ownerId: current.ownerId,
        createdAt: current.createdAt,
        updatedAt: now,
      }),
    );
    return replaceDocument(doc, record);
  }

  return {
    async openTicket(input) {
      const cleaned = withoutUndefined({
        ...input,
        contactId: input.contactId || undefined,
        orderId: input.orderId || undefined,
        productId: input.productId || undefined,
        assigneeId: input.assigneeId || undefined,
        category: input.category?.trim() || undefined,
        description: input.description?.trim() ?? '',
      });
      await assertLinks(context, cleaned);
      const now = clock();
      const ticket = withoutUndefined(
        parseRecord<Ticket>(
          'ticket',
          ticketSchema,
          openTicket({
            id: newId(now.getTime()),
            number: await allocateDeviceNumber(data, now, 'ticket'),
            input: cleaned,
            actor: user,
            now: now.toISOString(),
            serviceLevels: await serviceLevelsOf(context),
          }),
        ),
      );
      await collectionOf(data, 'tickets').insert(ticket);
      return ticket;
    },

    editDetails: (id, input) =>
      change(id, async (ticket) => {
        const subject = input.subject.trim();
        if (!subject) throw new DomainError('subjectRequired', { number: ticket.number });
        const {
          contactId: _contact,
          productId: _product,
          subject: _subject,
          description: _description,
          ...rest
        } = ticket;
        const next: Ticket = {
          ...rest,
          subject,
          description: input.description.trim(),
          ...(input.contactId ? { contactId: input.contactId } : {}),
          ...(input.productId ? { productId: input.productId } : {}),
        };
        await assertLinks(context, next);
        return next;
      }),

    assign: (id, assigneeId) =>
      change(id, (ticket) => {
        const { assigneeId: _previous, ...rest } = ticket;
        return assigneeId ? { ...rest, assigneeId } : rest;
      }),

    setPriority: (id, priority) =>
      change(id, async (ticket) =>
        ticket.priority === priority
          ? ticket
          : applyServiceLevels({
              ticket: { ...ticket, priority },
              serviceLevels: await serviceLevelsOf(context),
            }),
      ),

    recordFirstResponse: (id) => change(id, (ticket, now) => recordFirstResponse({ ticket, now })),

    async changeStatus(id, { to, reason, resolution }) {
      const updated = await change(id, (ticket, now) =>
        changeTicketStatus({
          ticket,
          to,
          actor: user,
          now,
          ...(reason?.trim() ? { reason: reason.trim() } : {}),
          ...(resolution !== undefined ? { resolution } : {}),
        }),
      );
      // The ticket has no field for why it was reopened: the reason goes on its timeline.
      if (reason?.trim() && hasCollection(data, 'activities')) {
        await createActivityCommands(context).logActivity({
          type: 'note',
          subject: reason.trim().slice(0, 200),
          // The body repeats only what a long reason lost in the subject.
          body: reason.trim().length > 200 ? reason.trim() : '',
          related: { collection: 'tickets', id },
        });
      }
      return updated;
    },
  };
}
