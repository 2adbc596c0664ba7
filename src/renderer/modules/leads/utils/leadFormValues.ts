import type {
  Consent,
  Lead,
  LeadRating,
  LeadSource,
  PurchaseTimeline,
} from '../../../../shared/domain/lead.ts';
import type { LeadDraftInput, LeadDraftIssue } from '../../../../shared/domain/leadDraft.ts';
import { parseDecimal } from '../../../../shared/money/parseDecimal.ts';
import { moneyInputText, parseMoneyInput } from '../../quotes/utils/decimalText.ts';

/** What the lead form edits: plain strings and nulls, the way inputs hold them. */
export type LeadFormValues = {
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  source: LeadSource;
  rating: LeadRating | null;
  eventId: string | null;
  notes: string;
  consent: boolean;
  // Qualification (the edit form): what the rep found out, which the score reads.
  industry: string;
  /** Employees, as typed. */
  companySize: string;
  /** In major units, as typed ("200000"), in `budgetCurrency`. */
  budget: string;
  budgetCurrency: string;
  purchaseTimeline: PurchaseTimeline | null;
  productInterest: string;
  country: string;
  region: string;
  postalCode: string;
};

export type LeadFormField = keyof LeadFormValues;

/** Fields that survive "save and next": at a trade show most leads share source and event. */
export type StickyLeadFields = Pick<LeadFormValues, 'source' | 'eventId'>;

const emptyQualification = {
  industry: '',
  companySize: '',
  budget: '',
  budgetCurrency: 'CNY',
  purchaseTimeline: null,
  productInterest: '',
  country: '',
  region: '',
  postalCode: '',
} satisfies Partial<LeadFormValues>;

export function emptyLeadFormValues(sticky?: StickyLeadFields): LeadFormValues {
  return {
    firstName: '',
    lastName: '',
    company: '',
    title: '',
    email: '',
    phone: '',
    source: sticky?.source ?? 'other',
    rating: null,
    eventId: sticky?.eventId ?? null,
    notes: '',
    consent: false,
    ...emptyQualification,
  };
}

/** The lead as the edit form holds it; a budget not yet known is entered in `baseCurrency`. */
export function leadToFormValues(lead: Lead, baseCurrency = 'CNY'): LeadFormValues {
  return {
    firstName: lead.firstName,
    lastName: lead.lastName,
    company: lead.company,
    title: lead.title,
    email: lead.email,
    phone: lead.phone,
    source: lead.source,
    rating: lead.rating ?? null,
    eventId: lead.eventId ?? null,
    notes: lead.notes,
    consent: lead.consent.given,
    industry: lead.industry ?? '',
    companySize: lead.companySize === undefined ? '' : String(lead.companySize),
    budget: lead.budget ? moneyInputText(lead.budget.amount, lead.budget.currency) : '',
    budgetCurrency: lead.budget?.currency ?? baseCurrency,
    purchaseTimeline: lead.purchaseTimeline ?? null,
    productInterest: lead.productInterest ?? '',
    country: lead.country ?? '',
    region: lead.region ?? '',
    postalCode: lead.postalCode ?? '',
  };
}

const text = (value: string) => value.trim() || undefined;

function companySizeOf(value: string): number | undefined {
  const size = parseDecimal(value, 0);
  return size === undefined || size < 0 ? undefined : size;
}

function budgetOf(values: LeadFormValues): { amount: number; currency: string } | undefined {
  const amount = values.budget.trim()
    ? parseMoneyInput(values.budget, values.budgetCurrency)
    : undefined;
  return amount === undefined ? undefined : { amount, currency: values.budgetCurrency };
}

/**
 * What the form itself cannot turn into a draft: a budget or a company size that is not a
 * number. The draft would otherwise drop them silently.
 */
export function formValueIssues(values: LeadFormValues): LeadDraftIssue[] {
  const issues: LeadDraftIssue[] = [];
  if (values.budget.trim() && parseMoneyInput(values.budget, values.budgetCurrency) === undefined)
    issues.push({ field: 'budget', code: 'invalidAmount' });
  if (values.companySize.trim() && companySizeOf(values.companySize) === undefined)
    issues.push({ field: 'companySize', code: 'invalidCount' });
  return issues;
}

/**
 * Turns form values into a draft. An unchanged consent keeps its original record (when and
 * what was agreed) instead of being replaced by a bare flag.
 */
export function formValuesToDraft(
  values: LeadFormValues,
  previousConsent?: Consent,
): LeadDraftInput {
  const consent =
    previousConsent && previousConsent.given === values.consent
      ? previousConsent
      : { given: values.consent };
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    company: values.company,
    title: values.title,
    email: values.email,
    phone: values.phone,
    source: values.source,
    rating: values.rating ?? undefined,
    eventId: values.eventId ?? undefined,
    notes: values.notes,
    consent,
    industry: text(values.industry),
    companySize: companySizeOf(values.companySize),
    budget: budgetOf(values),
    purchaseTimeline: values.purchaseTimeline ?? undefined,
    productInterest: text(values.productInterest),
    country: text(values.country),
    region: text(values.region),
    postalCode: text(values.postalCode),
  };
}
