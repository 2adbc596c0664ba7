/** Parameters the UI interpolates into the translated message. */
export type DomainErrorParams = Record<string, string | number>;

/**
 * A broken business rule. `code` is stable and machine-readable; the UI translates
 * `errors.<code>` with `params`, so the English message here is for logs and tests only.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly params: DomainErrorParams;

  constructor(code: string, params: DomainErrorParams = {}, message?: string) {
    super(message ?? `${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
}

/** Tells whether an unknown thrown value is a DomainError (optionally with the given code). */
export function isDomainError(value: unknown, code?: string): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}

/**
 * Every code src/shared throws, so the UI can check it has an `errors.<code>` translation for
 * each. Codes thrown elsewhere (the data layer's `notFound`, the server's) are listed there.
 */
export const sharedDomainErrorCodes = [
  // workflows (params: workflow, from, to, role; roleNotAllowed also allowedRoles)
  'forbiddenTransition',
  'roleNotAllowed',
  'reasonRequired',
  'approvalRequired',
  'tooManyVersions',
  // settings (params: key, kind)
  'settingKeyMismatch',
  // money (params: currency | what, value | left, right | line, field, value | ratio)
  'unknownCurrency',
  'amountOutOfRange',
  'amountNotInteger',
  'currencyMismatch',
  'invalidRatio',
  'invalidLine',
  'invalidDiscount',
  // scoring (params: ruleId, problem)
  'invalidScoringRule',
  // duplicates and merge (params: leadId)
  'cannotMergeSameLead',
  'cannotMergeConvertedLead',
  // conversion (params: leadId)
  'accountNameRequired',
  'opportunityAmountRequired',
  // forecast (params: from, to)
  'invalidDateRange',
  // pipeline settings (params: targetId | stage, problem)
  'invalidSalesTargets',
  'invalidOpportunityStages',
  // number series (params: problem, document, other, prefix)
  'invalidNumberSeries',
] as const;
export type SharedDomainErrorCode = (typeof sharedDomainErrorCodes)[number];

/**
 * Codes the quote-to-cash rules (src/shared/{quotes,orders,billing,service,numbering}) throw,
 * besides the shared ones above they reuse. Kept apart until the UI has `errors.<code>`
 * translations for them; then they join `sharedDomainErrorCodes`.
 */
export const orderToCashErrorCodes = [
  // dates and numbering (params: value | id, number)
  'invalidDate',
  'invalidDeviceIndex',
  'invalidDeviceCode',
  'invalidSequence',
  'notProvisionalNumber',
  'duplicateInvoice',
  // quotes (params: number, status, sku, currency, lineId, version, userId, validUntil)
  'noPriceInCurrency',
  'productInactive',
  'quoteNotEditable',
  'tooManyLines',
  'lineNotFound',
  'currencyNotEnabled',
  'noExchangeRate',
  'approvalNotPending',
  'cannotApproveOwnQuote',
  'quoteExpired',
  'versionNotFound',
  'contractEndRequired',
  'signerNameRequired',
  'invalidSignature',
  'notAContract',
  // orders and stock (params: number, problems, lineId, quantity, remaining, shipmentId, id, kind)
  'quoteNotAccepted',
  'orderNotConfirmable',
  'orderNotShippable',
  'duplicateShipment',
  'unknownOrderLine',
  'overShipment',
  'shipmentNotFound',
  'orderHasShipments',
  'invalidStockMovement',
  'serviceHasNoStock',
  'orderNotEditable',
  'shipToRequired',
  // invoices, payments, collections (params: number, invoiceId, amount, balance, left, level, expected)
  'mixedInvoicingModes',
  'nothingToInvoice',
  'milestoneOverHundred',
  'invalidPaymentAmount',
  'invoiceNotOpen',
  'invalidAllocation',
  'noOpenInvoice',
  'invoiceHasPayments',
  'nothingToWriteOff',
  'dunningOutOfOrder',
  // credit terms (params: role)
  'creditTermsFinanceOnly',
  // service (params: number)
  'subjectRequired',
] as const;
export type OrderToCashErrorCode = (typeof orderToCashErrorCodes)[number];
