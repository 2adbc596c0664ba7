import type { Account } from '../../../shared/domain/account.ts';
import type { Address } from '../../../shared/domain/addressSchema.ts';
import type { Contact } from '../../../shared/domain/contact.ts';
import type { Product } from '../../../shared/domain/product.ts';
import type {
  ContractTerms,
  ExchangeRateSnapshot,
  Quote,
  QuoteAcceptance,
  QuoteStatus,
} from '../../../shared/domain/quote.ts';
import { formatPersonName } from '../../../shared/text/formatPersonName.ts';

/** The seller block at the top of the document. */
export type CompanyProfile = {
  name: string;
  address?: string;
  /** Printed instead of `name` and `address` on English documents, where given. */
  nameEn?: string;
  addressEn?: string;
  phone?: string;
  email?: string;
  website?: string;
  taxId?: string;
  /** ISO 3166 alpha-2: documents to customers elsewhere say why their 0 % lines carry no VAT. */
  country?: string;
  /** A `data:image/...` URL, so the document prints offline. */
  logoDataUrl?: string;
};

/** Used until settings hold a company profile: the printed header then shows only the name. */
export const defaultCompanyProfile: CompanyProfile = { name: 'Fieldbook' };

export type QuoteDocumentLine = {
  id: string;
  position: number;
  sku?: string;
  /** The product's name in the quote's language (the line text for free lines). */
  description: string;
  unit?: string;
  quantityMilli: number;
  unitPrice: number;
  discountBps: number;
  taxRateBps: number;
};

/** Everything the print template needs, resolved: the template does no lookups. */
export type QuoteDocumentModel = {
  language: 'zh-CN' | 'en';
  company: CompanyProfile;
  quote: {
    id: string;
    number: string;
    version: number;
    status: QuoteStatus;
    issuedOn: string;
    validUntil: string;
    currency: string;
    exchangeRate?: ExchangeRateSnapshot;
    orderDiscountBps: number;
    terms: string;
    paymentTermsDays?: number;
  };
  customer: {
    name: string;
    address?: Address;
    /** ISO 3166 alpha-2, the account's country (else its address's). */
    country?: string;
    taxId?: string;
    phone?: string;
    email?: string;
    contact?: { name: string; title: string; email: string; phone: string };
  };
  lines: QuoteDocumentLine[];
  acceptance?: QuoteAcceptance;
  contract?: ContractTerms;
};

function productName(product: Product | undefined, language: 'zh-CN' | 'en'): string | undefined {
  if (!product) return undefined;
  const [first, second] =
    language === 'en' ? [product.name.en, product.name.zh] : [product.name.zh, product.name.en];
  return first || second || undefined;
}

/** Builds the print model of a quote from its records; `language` is used when the quote has none. */
export function buildQuoteDocumentModel(params: {
  quote: Quote;
  account?: Account;
  contact?: Contact;
  products: ReadonlyMap<string, Product>;
  company?: CompanyProfile;
  language: 'zh-CN' | 'en';
}): QuoteDocumentModel {
  const { quote, account, contact } = params;
  const language = quote.language ?? params.language;
  const customerCountry = account?.country ?? account?.address?.country;
  const name = contact
    ? formatPersonName({ firstName: contact.firstName, lastName: contact.lastName })
    : '';
  return {
    language,
    company: params.company ?? defaultCompanyProfile,
    quote: {
      id: quote.id,
      number: quote.number,
      version: quote.version,
      status: quote.status,
      issuedOn: (quote.sentAt ?? quote.updatedAt).slice(0, 10),
      validUntil: quote.validUntil,
      currency: quote.currency,
      ...(quote.exchangeRate ? { exchangeRate: quote.exchangeRate } : {}),
      orderDiscountBps: quote.orderDiscountBps,
      terms: quote.terms,
      ...(quote.paymentTermsDays === undefined ? {} : { paymentTermsDays: quote.paymentTermsDays }),
    },
    customer: {
      name: account?.name ?? '',
      ...(account?.address ? { address: account.address } : {}),
      ...(customerCountry ? { country: customerCountry } : {}),
      ...(account?.taxId ? { taxId: account.taxId } : {}),
      ...(account?.phone ? { phone: account.phone } : {}),
      ...(account?.email ? { email: account.email } : {}),
      ...(contact
        ? {
            contact: {
              name,
              title: contact.title,
              email: contact.email,
              phone: contact.phone || contact.mobile || '',
            },
          }
        : {}),
    },
    lines: quote.lines.map((line, index) => ({
      id: line.id,
      position: index + 1,
      ...(line.sku ? { sku: line.sku } : {}),
      description:
        productName(line.productId ? params.products.get(line.productId) : undefined, language) ??
        line.description,
      ...(line.unit ? { unit: line.unit } : {}),
      quantityMilli: line.quantityMilli,
      unitPrice: line.unitPrice,
      discountBps: line.discountBps,
      taxRateBps: line.taxRateBps,
    })),
    ...(quote.acceptance ? { acceptance: quote.acceptance } : {}),
    ...(quote.contract ? { contract: quote.contract } : {}),
  };
}
