import { dateOf } from '../../../shared/billing/calendarDate.ts';
import { voidInvoice, writeOffInvoice } from '../../../shared/billing/closeInvoice.ts';
import { recordDunningNotice } from '../../../shared/billing/dunning.ts';
import {
  invoiceMilestone,
  invoiceShippedQuantities,
  issueInvoice,
} from '../../../shared/billing/invoiceOrder.ts';
import {
  type PaymentApplication,
  recordPayment as recordPaymentRule,
} from '../../../shared/billing/recordPayment.ts';
import type { Activity } from '../../../shared/domain/activity.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import {
  dunningLevels,
  type Invoice,
  invoiceSchema,
  type PaymentMethod,
} from '../../../shared/domain/invoice.ts';
import type { Order } from '../../../shared/domain/order.ts';
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
import { addDunningTask, type DunningTaskSubject } from './dunningTask.ts';
import { allocateProvisionalInvoiceNumber } from './provisionalInvoiceNumber.ts';

export type InvoiceIssueParams = {
  /** Issue at once (finance and admins); otherwise the invoice stays a draft for finance. */
  issue?: boolean;
  /** The issue date; today by the clock when absent. */
  issuedOn?: string;
};

export type MilestoneParams = InvoiceIssueParams & { percentBps: number; label: string };

export type RecordPaymentParams = {
  accountId: string;
  /** In minor units of `currency`. */
  amount: number;
  currency: string;
  method: PaymentMethod;
  receivedOn: string;
  reference?: string;
  /** Only these invoices take the payment, oldest due first (all open ones when absent). */
  invoiceIds?: readonly string[];
  /** Exact amounts per invoice, as the payer said. */
  requested?: readonly PaymentApplication[];
};

export type InvoiceCommands = {
  /** Bills what has shipped and is not yet invoiced, at the order's prices. */
  invoiceShipped(orderId: string, params?: InvoiceIssueParams): Promise<Invoice>;
  /** Bills a share of the order (milestone %). */
  invoiceMilestone(orderId: string, params: MilestoneParams): Promise<Invoice>;
  /** Issues a draft (finance, admin): issue date, due date from the payment terms. */
  issue(invoiceId: string, params?: { issuedOn?: string }): Promise<Invoice>;
  /** One customer payment over one or more invoices; what is left over is the customer's credit. */
  recordPayment(params: RecordPaymentParams): Promise<{ invoices: Invoice[]; credit: number }>;
  voidInvoice(invoiceId: string, reason: string): Promise<Invoice>;
  writeOff(invoiceId: string, reason: string): Promise<Invoice>;
  /** Records the next reminder level as sent and adds the next collections step as a task. */
  sendReminder(
    invoiceId: string,
    params: { taskSubject: DunningTaskSubject },
  ): Promise<{ invoice: Invoice; task?: Activity }>;
};

/** Invoice commands: each runs one shared billing rule, validates the result and writes it. */
export function createInvoiceCommands(context: CommandContext): InvoiceCommands {
  const { data, clock, user } = context;
  const invoices = () => collectionOf(data, 'invoices');
  const actor = { id: user.id, role: user.role };

  const validate = (invoice: Invoice) =>
    withoutUndefined(parseRecord<Invoice>('invoice', invoiceSchema, invoice));

  async function change(id: string, apply: (invoice: Invoice, now: Date) => Invoice) {
    const doc = await findDocument(data, 'invoices', id);
    const current = plainRecord<Invoice>(doc._data);
    const now = clock();
    const next = apply(current, now);
    return replaceDocument(
      doc,
      validate({
        ...next,
        id,
        ownerId: current.ownerId,
        createdAt: current.createdAt,
        updatedAt: now.toISOString(),
      }),
    );
  }

  async function orderAndInvoices(orderId: string) {
    const order = plainRecord<Order>((await findDocument(data, 'orders', orderId))._data);
    // An order's invoices, found through its customer's index.
    const existing = await invoices()
      .find({
        selector: { accountId: order.accountId, orderId },
        index: ['accountId', 'updatedAt'],
      })
      .exec();
    return { order, existing: existing.map((doc) => plainRecord<Invoice>(doc._data)) };
  }

  async function create(
    build: (input: { invoiceId: string; number: string; now: string }) => Invoice,
    order: Order,
    params: InvoiceIssueParams,
  ): Promise<Invoice> {
    const now = clock();
    const at = now.toISOString();
    const number = await allocateProvisionalInvoiceNumber(data, now);
    const draft = build({ invoiceId: newId(now.getTime()), number, now: at });
    // The order's owner keeps seeing the invoices of their customer's order.
    let invoice: Invoice = { ...draft, ownerId: order.ownerId };
    if (params.issue) {
      invoice = issueInvoice({
        invoice,
        actor,
        issuedOn: params.issuedOn ?? dateOf(at),
        now: at,
      });
    }
    const record = validate(invoice);
    await invoices().insert(record);
    return record;
  }

  return {
    async invoiceShipped(orderId, params = {}) {
      const { order, existing } = await orderAndInvoices(orderId);
      return create(
        (input) => invoiceShippedQuantities({ order, invoices: existing, actor, ...input }),
        order,
        params,
      );
    },
    async invoiceMilestone(orderId, { percentBps, label, ...params }) {
      const { order, existing } = await orderAndInvoices(orderId);
      return create(
        (input) =>
          invoiceMilestone({
            order,
            invoices: existing,
            percentBps,
            label: label.trim(),
            actor,
            ...input,
          }),
        order,
        params,
      );
    },
    issue(invoiceId, params = {}) {
      return change(invoiceId, (invoice, now) =>
        issueInvoice({
          invoice,
          actor,
          issuedOn: params.issuedOn ?? dateOf(now.toISOString()),
          now: now.toISOString(),
        }),
      );
    },
    async recordPayment(params) {
      const docs = await invoices()
        .find({ selector: { accountId: params.accountId } })
        .exec();
      const wanted = params.invoiceIds ? new Set(params.invoiceIds) : undefined;
      const candidates = docs
        .map((doc) => plainRecord<Invoice>(doc._data))
        .filter((invoice) => wanted === undefined || wanted.has(invoice.id));
      const now = clock();
      const result = recordPaymentRule({
        invoices: candidates,
        payment: {
          receiptId: newId(now.getTime()),
          amount: { amount: params.amount, currency: params.currency },
          method: params.method,
          receivedOn: params.receivedOn,
          ...(params.reference?.trim() ? { reference: params.reference.trim() } : {}),
        },
        ...(params.requested ? { requested: params.requested } : {}),
        actor,
        newId: () => newId(now.getTime()),
        now: now.toISOString(),
      });
      const byId = new Map(docs.map((doc) => [doc.id, doc]));
      const written: Invoice[] = [];
      for (const invoice of result.invoices) {
        const doc = byId.get(invoice.id);
        if (!doc) throw new DomainError('notFound', { entity: 'invoices', id: invoice.id });
        written.push(await replaceDocument(doc, validate(invoice)));
      }
      return { invoices: written, credit: result.credit };
    },
    voidInvoice(invoiceId, reason) {
      return change(invoiceId, (invoice, now) =>
        voidInvoice({ invoice, actor, reason, now: now.toISOString() }),
      );
    },
    writeOff(invoiceId, reason) {
      return change(invoiceId, (invoice, now) =>
        writeOffInvoice({ invoice, actor, reason, now: now.toISOString() }),
      );
    },
    async sendReminder(invoiceId, { taskSubject }) {
      const invoice = await change(invoiceId, (current, now) => {
        const level = dunningLevels[(current.dunning ?? []).length];
        if (level === undefined) {
          throw new DomainError('dunningOutOfOrder', {
            number: current.number,
            level: 'none',
            expected: 'none',
          });
        }
        return recordDunningNotice({ invoice: current, level, actor, now: now.toISOString() });
      });
      const task = await addDunningTask(context, invoice, taskSubject);
      return task ? { invoice, task } : { invoice };
    },
  };
}
