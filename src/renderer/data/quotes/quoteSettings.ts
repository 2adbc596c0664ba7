import type { SettingValue } from '../../../shared/domain/setting.ts';
import { quoteNeedsApproval } from '../../../shared/workflow/quoteNeedsApproval.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { hasCollection } from '../records/recordStore.ts';
import { readSetting } from '../settings/settingsStore.ts';

export type ApprovalThresholds = Extract<SettingValue, { kind: 'approvalThresholds' }>;
export type CurrenciesSetting = Extract<SettingValue, { kind: 'currencies' }>;

/** No thresholds stored: no quote needs approval. */
export const noApprovalThresholds: ApprovalThresholds = { kind: 'approvalThresholds', rules: [] };

/** The approval thresholds in settings, or none. */
export async function readApprovalThresholds(data: FieldbookData): Promise<ApprovalThresholds> {
  if (!hasCollection(data, 'settings')) return noApprovalThresholds;
  return (await readSetting(data, 'approvalThresholds'))?.value ?? noApprovalThresholds;
}

/** The company profile setting, when one is stored. */
export async function readCompanyProfile(
  data: FieldbookData,
): Promise<Extract<SettingValue, { kind: 'companyProfile' }> | undefined> {
  if (!hasCollection(data, 'settings')) return undefined;
  return (await readSetting(data, 'companyProfile'))?.value;
}

/** The currencies setting, when one is stored. */
export async function readCurrencies(data: FieldbookData): Promise<CurrenciesSetting | undefined> {
  if (!hasCollection(data, 'settings')) return undefined;
  return (await readSetting(data, 'currencies'))?.value;
}

/** Whether a quote's discounts or total break a threshold, so a manager must approve it first. */
export function needsApprovalWith(
  thresholds: ApprovalThresholds,
  quote: Parameters<typeof quoteNeedsApproval>[0]['quote'],
): boolean {
  return quoteNeedsApproval({ quote, thresholds }).required;
}

export type QuoteTermsTemplatesSetting = Extract<SettingValue, { kind: 'quoteTermsTemplates' }>;
export type PaymentTermsSetting = Extract<SettingValue, { kind: 'paymentTerms' }>;

/** The terms-and-conditions templates in settings (none stored: an empty list). */
export async function readQuoteTermsTemplates(
  data: FieldbookData,
): Promise<QuoteTermsTemplatesSetting['templates']> {
  if (!hasCollection(data, 'settings')) return [];
  return (await readSetting(data, 'quoteTermsTemplates'))?.value.templates ?? [];
}

/** The payment terms sales may offer, from settings (none stored: an empty list). */
export async function readPaymentTerms(data: FieldbookData): Promise<PaymentTermsSetting['terms']> {
  if (!hasCollection(data, 'settings')) return [];
  return (await readSetting(data, 'paymentTerms'))?.value.terms ?? [];
}
