import { addDays, dateOf } from '../../../shared/billing/calendarDate.ts';
import type { Account } from '../../../shared/domain/account.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import type { Opportunity } from '../../../shared/domain/opportunity.ts';
import type { Product } from '../../../shared/domain/product.ts';
import { type Quote, quoteSchema } from '../../../shared/domain/quote.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { computeQuoteTotals } from '../../../shared/money/computeQuoteTotals.ts';
import { acceptQuote } from '../../../shared/quotes/acceptQuote.ts';
import {
  addCatalogLine,
  addFreeLine,
  removeQuoteLine,
  setOrderDiscount,
  updateQuoteLine,
} from '../../../shared/quotes/editQuote.ts';
import { snapshotExchangeRate } from '../../../shared/quotes/exchangeRateSnapshot.ts';
import {
  decideApproval,
  requestApproval,
  sendQuote,
} from '../../../shared/quotes/quoteApproval.ts';
import {
  defaultPaymentTermsDaysFor,
  defaultTermsTemplate,
} from '../../../shared/quotes/quoteTermsDefaults.ts';
import { assertQuoteTransition } from '../../../shared/workflow/quoteWorkflow.ts';
import { reviseQuote } from '../../../shared/workflow/reviseQuote.ts';
import { parseRecord, RecordValidationError } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';
import { allocateNumber } from './deviceNumbering.ts';
import {
  readApprovalThresholds,
  readCompanyProfile,
  readCurrencies,
  readPaymentTerms,
  readQuoteTermsTemplates,
} from './quoteSettings.ts';
import { addRenewalTask, type RenewalSubject } from './renewalTask.ts';

/** How long a new quote is valid unless the rep sets a date. */
export const defaultValidityDays = 30;

export type CreateQuoteParams = {
  opportunityId?: string;
  accountId: string;
  currency: string;
  language?: 'zh-CN' | 'en';
};

export type LinePatch = {
  /** In units (2.5 hours = 2.5); stored as thousandths. */
  quantity?: number;
  unitPrice?: number;
  discountBps?: number;
  taxRateBps?: number;
  description?: string;
};

export type AcceptParams = {
  signedBy: string;
  signerTitle?: string;
  signatureDataUrl: string;
  contract: { startsOn: string; endsOn?: string; termMonths?: number; paymentTermsDays?: number };
  /** When given, a renewal reminder task with this subject is added on the account. */
  renewalTaskSubject?: RenewalSubject;
};

export type QuoteCommands = {
  createQuote(params: CreateQuoteParams): Promise<Quote>;
  addCatalogLine(quoteId: string, params: { productId: string; quantity: number }): Promise<Quote>;
  addFreeLine(
    quoteId: string,
    params: { description: string; quantity: number; unitPrice: number; taxRateBps: number },
  ): Promise<Quote>;
  updateLine(quoteId: string, lineId: string, patch: LinePatch): Promise<Quote>;
  removeLine(quoteId: string, lineId: string): Promise<Quote>;
  setOrderDiscount(quoteId: string, bps: number): Promise<Quote>;
  setTerms(
    quoteId: string,
    params: { terms?: string; validUntil?: string; paymentTermsDays?: number },
  ): Promise<Quote>;
  requestApproval(quoteId: string, params?: { reason?: string }): Promise<Quote>;
  decideApproval(
    quoteId: string,
    params: { decision: 'approved' | 'rejected'; comment?: string },
  ): Promise<Quote>;
  send(quoteId: string): Promise<Quote>;
  /** Back to draft for changes; a quote the customer has seen becomes version N+1. */
  revise(quoteId: string, reason?: string): Promise<Quote>;
  accept(quoteId: string, params: AcceptParams): Promise<Quote>;
  reject(quoteId: string, reason: string): Promise<Quote>;
};

function toMilli(quantity: number, line: number): number {
  const milli = Math.round(quantity * 1000);
  if (!Number.isFinite(quantity) || milli < 0) {
    throw new DomainError('invalidLine', { line, field: 'quantity', value: String(quantity) });
  }
  return milli;
}

/** Quote commands: each runs one shared domain rule, validates the result and writes it. */
export function createQuoteCommands({ data, clock, user }: CommandContext): QuoteCommands {
  const quotes = () => collectionOf(data, 'quotes');

  async function change(id: string, apply: (quote: Quote, now: Date) => Promise<Quote> | Quote) {
    const doc = await findDocument(data, 'quotes', id);
    const current = plainRecord<Quote>(doc._data);
    const now = clock();
    const next = await apply(current, now);
    const record = withoutUndefined(
      parseRecord<Quote>('quote', quoteSchema, {
        ...next,
        id,
        ownerId: current.ownerId,
        createdAt: current.createdAt,
        updatedAt: now.toISOString(),
      }),
    );
    return replaceDocument(doc, record);
  }

  return {
    async createQuote(params) {
      const account = plainRecord<Account>(
        (await findDocument(data, 'accounts', params.accountId))._data,
      );
      let contactId: string | undefined;
      if (params.opportunityId) {
        const opportunity = plainRecord<Opportunity>(
          (await findDocument(data, 'opportunities', params.opportunityId))._data,
        );
        if (opportunity.accountId !== account.id) {
          throw new RecordValidationError('quote', [
            { field: 'opportunityId', code: 'accountMismatch' },
          ]);
        }
        contactId = opportunity.contactIds[0];
      }
      const currencies = await readCurrencies(data);
      const exchangeRate = currencies
        ? snapshotExchangeRate({ currency: params.currency, currencies })
        : undefined;
      // A new quote starts from the company's default terms text and payment terms.
      const template = params.language
        ? defaultTermsTemplate({
            templates: await readQuoteTermsTemplates(data),
            language: params.language,
          })
        : undefined;
      const paymentTermsDays = defaultPaymentTermsDaysFor({
        account,
        terms: await readPaymentTerms(data),
      });
      const now = clock();
      const at = now.toISOString();
      const empty = { lines: [], orderDiscountBps: 0, currency: params.currency };
      const { subtotal, discount, tax, total } = computeQuoteTotals(empty);
      const quote = withoutUndefined(
        parseRecord<Quote>('quote', quoteSchema, {
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
          opportunityId: params.opportunityId,
          accountId: account.id,
          contactId,
          number: await allocateNumber(data, 'quote', now),
          version: 1,
          status: 'draft',
          ...empty,
          exchangeRate,
          totals: { subtotal, discount, tax, total },
          validUntil: addDays(dateOf(at), defaultValidityDays),
          terms: template?.text ?? '',
          language: params.language,
          paymentTermsDays,
          previousVersions: [],
        }),
      );
      await quotes().insert(quote);
      return quote;
    },

    addCatalogLine: (quoteId, { productId, quantity }) =>
      change(quoteId, async (quote, now) => {
        const product = plainRecord<Product>(
          (await findDocument(data, 'products', productId))._data,
        );
        const accountDoc = await collectionOf(data, 'accounts').findOne(quote.accountId).exec();
        const account = accountDoc ? plainRecord<Account>(accountDoc._data) : undefined;
        const seller = await readCompanyProfile(data);
        return addCatalogLine({
          quote,
          product,
          ...(account ? { account } : {}),
          sellerCountry: seller?.country,
          lineId: newId(now.getTime()),
          quantityMilli: toMilli(quantity, quote.lines.length + 1),
          now: now.toISOString(),
        });
      }),

    addFreeLine: (quoteId, line) =>
      change(quoteId, (quote, now) =>
        addFreeLine({
          quote,
          line: {
            id: newId(now.getTime()),
            description: line.description.trim(),
            quantityMilli: toMilli(line.quantity, quote.lines.length + 1),
            unitPrice: line.unitPrice,
            discountBps: 0,
            taxRateBps: line.taxRateBps,
          },
          now: now.toISOString(),
        }),
      ),

    updateLine: (quoteId, lineId, patch) =>
      change(quoteId, (quote, now) => {
        const { quantity, ...rest } = patch;
        const index = quote.lines.findIndex((line) => line.id === lineId);
        return updateQuoteLine({
          quote,
          lineId,
          changes: withoutUndefined({
            ...rest,
            ...(quantity === undefined ? {} : { quantityMilli: toMilli(quantity, index + 1) }),
          }),
          now: now.toISOString(),
        });
      }),

    removeLine: (quoteId, lineId) =>
      change(quoteId, (quote, now) => removeQuoteLine({ quote, lineId, now: now.toISOString() })),

    setOrderDiscount: (quoteId, bps) =>
      change(quoteId, (quote, now) =>
        setOrderDiscount({ quote, orderDiscountBps: bps, now: now.toISOString() }),
      ),

    setTerms: (quoteId, params) =>
      change(quoteId, (quote) => {
        if (quote.status !== 'draft') {
          throw new DomainError('quoteNotEditable', { number: quote.number, status: quote.status });
        }
        return withoutUndefined({ ...quote, ...params });
      }),

    requestApproval: (quoteId, params = {}) =>
      change(quoteId, (quote, now) =>
        requestApproval({
          quote,
          actor: user,
          now: now.toISOString(),
          ...(params.reason ? { reason: params.reason } : {}),
        }),
      ),

    decideApproval: (quoteId, { decision, comment }) =>
      change(quoteId, async (quote, now) =>
        decideApproval({
          quote,
          actor: user,
          decision,
          ...(comment === undefined ? {} : { comment }),
          now: now.toISOString(),
          thresholds: await readApprovalThresholds(data),
        }),
      ),

    send: (quoteId) =>
      change(quoteId, async (quote, now) =>
        sendQuote({
          quote,
          actor: user,
          thresholds: await readApprovalThresholds(data),
          now: now.toISOString(),
        }),
      ),

    revise: (quoteId, reason = 'revision') =>
      change(quoteId, (quote, now) =>
        reviseQuote({ quote, role: user.role, by: user.id, at: now.toISOString(), reason }),
      ),

    accept: async (quoteId, params) => {
      const accepted = await change(quoteId, async (quote, now) =>
        acceptQuote({
          quote,
          actor: user,
          acceptance: {
            signedBy: params.signedBy,
            signatureDataUrl: params.signatureDataUrl,
            ...(params.signerTitle ? { signerTitle: params.signerTitle } : {}),
          },
          contract: {
            ...params.contract,
            contractNumber: await allocateNumber(data, 'contract', now),
          },
          now: now.toISOString(),
        }),
      );
      if (params.renewalTaskSubject) {
        await addRenewalTask({ data, clock, user }, accepted, params.renewalTaskSubject);
      }
      return accepted;
    },

    reject: (quoteId, reason) =>
      change(quoteId, (quote, now) => {
        const trimmed = reason.trim();
        assertQuoteTransition({
          from: quote.status,
          to: 'rejected',
          role: user.role,
          reason: trimmed,
        });
        return {
          ...quote,
          status: 'rejected',
          rejectionReason: trimmed,
          updatedAt: now.toISOString(),
        };
      }),
  };
}
