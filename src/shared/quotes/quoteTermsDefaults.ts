import type { Account } from '../domain/account.ts';
import type { PaymentTermsValue, QuoteTermsTemplatesValue } from '../domain/companySettings.ts';

export type QuoteLanguage = 'zh-CN' | 'en';
export type QuoteTermsTemplate = QuoteTermsTemplatesValue['templates'][number];
export type PaymentTerm = PaymentTermsValue['terms'][number];

/**
 * The terms template a new quote in `language` starts from: that language's default, else its
 * first template; undefined when the settings hold none for the language.
 */
export function defaultTermsTemplate({
  templates,
  language,
}: {
  templates: readonly QuoteTermsTemplate[];
  language: QuoteLanguage;
}): QuoteTermsTemplate | undefined {
  const own = templates.filter((template) => template.language === language);
  return own.find((template) => template.isDefault) ?? own[0];
}

/** Templates for a quote's language first, then the others (a rep may still pick one). */
export function templatesForLanguage({
  templates,
  language,
}: {
  templates: readonly QuoteTermsTemplate[];
  language: QuoteLanguage;
}): QuoteTermsTemplate[] {
  return [
    ...templates.filter((template) => template.language === language),
    ...templates.filter((template) => template.language !== language),
  ];
}

/**
 * The payment terms (days) a new quote for `account` starts with: what the account negotiated,
 * else the default of the company's payment terms; undefined when neither exists.
 */
export function defaultPaymentTermsDaysFor({
  account,
  terms,
}: {
  account?: Pick<Account, 'paymentTermsDays'>;
  terms: readonly PaymentTerm[];
}): number | undefined {
  if (account?.paymentTermsDays !== undefined) return account.paymentTermsDays;
  return terms.find((term) => term.isDefault)?.days;
}
