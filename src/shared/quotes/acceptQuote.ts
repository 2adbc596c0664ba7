import { addDays, addMonths, daysBetween } from '../billing/calendarDate.ts';
import { DomainError } from '../domain/DomainError.ts';
import { type Quote, quoteAcceptanceSchema } from '../domain/quote.ts';
import type { Actor } from '../domain/roles.ts';
import { assertQuoteTransition } from '../workflow/quoteWorkflow.ts';
import { isQuoteExpired } from './quoteExpiry.ts';

/** Payment terms when neither the quote nor the caller names any: net 30. */
export const defaultPaymentTermsDays = 30;
/** How long before the contract ends its renewal is raised, unless said otherwise. */
export const defaultRenewalNoticeDays = 60;

export type AcceptanceInput = {
  /** The customer's name as they typed it. */
  signedBy: string;
  signerTitle?: string;
  /** The drawn signature as a `data:image/png;base64,…` URL. */
  signatureDataUrl: string;
};

export type ContractInput = {
  /** From the device's `contract` number series. */
  contractNumber: string;
  startsOn: string;
  /** Either an end date or a term in months from the start. */
  endsOn?: string;
  termMonths?: number;
  paymentTermsDays?: number;
  renewalNoticeDays?: number;
};

function contractEnd(contract: ContractInput): string {
  if (contract.endsOn !== undefined) return contract.endsOn;
  if (contract.termMonths === undefined || contract.termMonths < 1) {
    throw new DomainError('contractEndRequired', { contractNumber: contract.contractNumber });
  }
  return addDays(addMonths(contract.startsOn, contract.termMonths), -1);
}

/**
 * Records the customer's signed acceptance of a sent, unexpired quote and turns it into the
 * contract: number, term, payment terms (the quote's, else net 30) and a renewal date
 * `renewalNoticeDays` before the end (never before the start).
 */
export function acceptQuote({
  quote,
  actor,
  acceptance,
  contract,
  now,
}: {
  quote: Quote;
  actor: Actor;
  acceptance: AcceptanceInput;
  contract: ContractInput;
  now: string;
}): Quote {
  assertQuoteTransition({ from: quote.status, to: 'accepted', role: actor.role });
  if (isQuoteExpired({ quote, now })) {
    throw new DomainError('quoteExpired', { number: quote.number, validUntil: quote.validUntil });
  }
  const signedBy = acceptance.signedBy.trim();
  if (signedBy === '') throw new DomainError('signerNameRequired', { number: quote.number });
  const record = {
    signedBy,
    signedAt: now,
    contractNumber: contract.contractNumber,
    ...(acceptance.signerTitle?.trim() ? { signerTitle: acceptance.signerTitle.trim() } : {}),
    signatureDataUrl: acceptance.signatureDataUrl,
    recordedBy: actor.id,
  };
  if (!quoteAcceptanceSchema.safeParse(record).success) {
    throw new DomainError('invalidSignature', { number: quote.number });
  }
  const endsOn = contractEnd(contract);
  if (daysBetween(contract.startsOn, endsOn) < 0) {
    throw new DomainError('invalidDateRange', { from: contract.startsOn, to: endsOn });
  }
  const notice = contract.renewalNoticeDays ?? defaultRenewalNoticeDays;
  const renewalOn = [addDays(endsOn, -notice), contract.startsOn].sort().at(-1) ?? endsOn;
  return {
    ...quote,
    status: 'accepted',
    acceptance: record,
    contract: {
      startsOn: contract.startsOn,
      endsOn,
      paymentTermsDays:
        contract.paymentTermsDays ?? quote.paymentTermsDays ?? defaultPaymentTermsDays,
      renewalOn,
    },
    updatedAt: now,
  };
}
