import { z } from 'zod';
import { assignmentRulesValueSchema } from '../assignment/assignmentRulesSchema.ts';
import { automationRulesValueSchema } from '../automation/automationRules.ts';
import { predictiveModelValueSchema } from '../predictive/predictiveModelSchema.ts';
import { leadFormsValueSchema } from '../webToLead/leadFormsSchema.ts';
import { countryCodeSchema } from './addressSchema.ts';
import { baseRecordSchema, isoDateSchema, isoDateTimeSchema, userIdSchema } from './baseRecord.ts';
import {
  companyProfileValueSchema,
  consentTextsValueSchema,
  paymentTermsValueSchema,
  quoteTermsTemplatesValueSchema,
} from './companySettings.ts';
import { DomainError } from './DomainError.ts';
import { eventQuestionTemplatesValueSchema } from './eventQuestionTemplates.ts';
import { localizedTextSchema } from './localizedTextSchema.ts';
import {
  basisPointsSchema,
  currencyCodeSchema,
  minorUnitsSchema,
  scaledAmountSchema,
} from './moneySchema.ts';
import { opportunityStages } from './opportunity.ts';
import { roles } from './roles.ts';
import { ticketPriorities } from './ticket.ts';

export const settingKinds = [
  'scoringRules',
  'taxRates',
  'currencies',
  'approvalThresholds',
  'numberSeries',
  'teamDirectory',
  'opportunityStages',
  'serviceLevels',
  'salesTargets',
  'companyProfile',
  'paymentTerms',
  'quoteTermsTemplates',
  'consentTexts',
  'leadForms',
  'assignmentRules',
  'predictiveModel',
  'automationRules',
  'stockLevels',
  'eventQuestionTemplates',
] as const;
export type SettingKind = (typeof settingKinds)[number];

const ruleId = z.string().min(1).max(36);

export const scoredLeadFields = [
  'source',
  'rating',
  'industry',
  'country',
  'region',
  'eventId',
  'title',
  'email',
  'phone',
  'company',
  'companySize',
  'budget',
  'purchaseTimeline',
  'answer',
] as const;
export type ScoredLeadField = (typeof scoredLeadFields)[number];

/**
 * How a fit rule compares: `equals`/`notEquals`/`contains` use `value`, `oneOf`/`containsAny`
 * use `values`, `between` uses `min`/`max` (numbers, budgets in minor units, ratings), `isSet`
 * nothing. Text compares after NFKC and case folding.
 */
export const scoringOperators = [
  'equals',
  'notEquals',
  'contains',
  'isSet',
  'oneOf',
  'containsAny',
  'between',
] as const;
export type ScoringOperator = (typeof scoringOperators)[number];

/**
 * A fit rule: points when a lead attribute matches (see scoreLead). `budget` rules only fire for
 * a budget in `currency`; `answer` rules read the answer to event question `questionId`.
 */
export const fitRuleSchema = z.object({
  id: ruleId,
  label: localizedTextSchema.optional(),
  field: z.enum(scoredLeadFields),
  operator: z.enum(scoringOperators),
  value: z.string().max(200),
  values: z.array(z.string().min(1).max(200)).max(100).optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  currency: currencyCodeSchema.optional(),
  questionId: z.string().min(1).max(36).optional(),
  points: z.number().int().min(-100).max(100),
});
export type FitRule = z.infer<typeof fitRuleSchema>;

/** What an engagement rule counts: done activities of a type, or the event the lead came from. */
export const engagementSignals = [
  'call',
  'visit',
  'email',
  'meeting',
  'note',
  'event_attendance',
] as const;
export type EngagementSignal = (typeof engagementSignals)[number];

/**
 * An engagement rule: `points` per interaction, halved every `halfLifeDays` of age (no decay
 * when absent), capped at `maxPoints`; `direction` limits it to inbound or outbound ones.
 */
export const engagementRuleSchema = z.object({
  id: ruleId,
  label: localizedTextSchema.optional(),
  signal: z.enum(engagementSignals),
  direction: z.enum(['inbound', 'outbound']).optional(),
  points: z.number().int().min(-100).max(100),
  halfLifeDays: z.number().int().min(1).max(3650).optional(),
  maxPoints: z.number().int().min(0).max(100).optional(),
});
export type EngagementRule = z.infer<typeof engagementRuleSchema>;

/**
 * The lead scoring model: fit rules (`rules`) and engagement rules add points; the total is
 * scaled so `maxPoints` (default 100) scores 100, clamped to 0-100, and rated hot/warm by the
 * thresholds on that 0-100 score.
 */
export const scoringRulesValueSchema = z.object({
  kind: z.literal('scoringRules'),
  rules: z.array(fitRuleSchema).max(200),
  engagementRules: z.array(engagementRuleSchema).max(50).optional(),
  maxPoints: z.number().int().min(1).max(10_000).optional(),
  hotFrom: z.number().int(),
  warmFrom: z.number().int(),
});
export type ScoringRules = z.infer<typeof scoringRulesValueSchema>;

/** Tax rates the company charges; one may be the default for new lines. */
export const taxRatesValueSchema = z.object({
  kind: z.literal('taxRates'),
  rates: z
    .array(
      z.object({
        id: ruleId,
        label: localizedTextSchema,
        rateBps: basisPointsSchema,
        country: countryCodeSchema.optional(),
        isDefault: z.boolean(),
      }),
    )
    .max(100),
});

/** The reporting currency, the currencies sales may quote in, and reference rates to the base. */
export const currenciesValueSchema = z.object({
  kind: z.literal('currencies'),
  baseCurrency: currencyCodeSchema,
  enabled: z.array(currencyCodeSchema).min(1).max(50),
  rates: z
    .array(
      z.object({ currency: currencyCodeSchema, rate: scaledAmountSchema, asOf: isoDateSchema }),
    )
    .max(50),
});

/** When a quote needs approval and by whom: above a discount or above a total, per currency. */
export const approvalThresholdsValueSchema = z.object({
  kind: z.literal('approvalThresholds'),
  rules: z
    .array(
      z.object({
        id: ruleId,
        currency: currencyCodeSchema,
        /** A line or order discount above this needs approval. */
        maxDiscountBps: basisPointsSchema,
        /** A total (minor units) above this needs approval; absent means no limit. */
        maxTotal: z.number().int().min(0).optional(),
        approverRole: z.enum(roles),
      }),
    )
    .max(50),
});

export const numberedDocuments = ['quote', 'order', 'invoice', 'ticket', 'contract'] as const;
export type NumberedDocument = (typeof numberedDocuments)[number];

/**
 * How document numbers look (`Q-2026-00042`). Devices number offline, so each device reserves
 * its own block; the settings record only holds the pattern and the next free block.
 */
export const numberSeriesValueSchema = z.object({
  kind: z.literal('numberSeries'),
  series: z
    .array(
      z.object({
        document: z.enum(numberedDocuments),
        prefix: z.string().max(20),
        includeYear: z.boolean(),
        padding: z.number().int().min(1).max(12),
        nextNumber: z.number().int().min(1),
      }),
    )
    .max(20),
  /** The index of the next device code to hand out at sign-in (see deviceCode). */
  nextDeviceIndex: z.number().int().min(0).optional(),
});

/** A team and the people in it; a user's role decides which transitions they may make. */
export const teamDirectoryValueSchema = z.object({
  kind: z.literal('teamDirectory'),
  teams: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        name: z.string().min(1).max(100),
        managerId: userIdSchema.optional(),
      }),
    )
    .max(500),
  users: z
    .array(
      z.object({
        id: userIdSchema,
        name: z.string().min(1).max(200),
        email: z.string().max(254),
        role: z.enum(roles),
        teamId: z.string().min(1).max(64).optional(),
        active: z.boolean(),
      }),
    )
    .max(5000),
});

/** Labels and default win probabilities of the (fixed) opportunity stages. */
export const opportunityStagesValueSchema = z.object({
  kind: z.literal('opportunityStages'),
  stages: z
    .array(
      z.object({
        stage: z.enum(opportunityStages),
        label: localizedTextSchema,
        probability: z.number().int().min(0).max(100),
      }),
    )
    .max(opportunityStages.length),
});

/** Service-level targets per ticket priority, in minutes from when the ticket was opened. */
export const serviceLevelsValueSchema = z.object({
  kind: z.literal('serviceLevels'),
  targets: z
    .array(
      z.object({
        priority: z.enum(ticketPriorities),
        firstResponseMinutes: z.number().int().min(1).max(525_600),
        resolutionMinutes: z.number().int().min(1).max(525_600),
      }),
    )
    .max(ticketPriorities.length),
});

export type OpportunityStagesValue = z.infer<typeof opportunityStagesValueSchema>;

/** Who a sales target is for: one owner (a user id) or a team of the team directory. */
export const salesTargetScopes = ['owner', 'team'] as const;
export type SalesTargetScope = (typeof salesTargetScopes)[number];

/** A calendar month `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** One target: what `subjectId` (an owner or a team) should win in `month`, in one currency. */
export const salesTargetSchema = z.object({
  id: ruleId,
  month: monthSchema,
  scope: z.enum(salesTargetScopes),
  subjectId: z.string().min(1).max(64),
  amount: z.object({ amount: minorUnitsSchema.min(0), currency: currencyCodeSchema }),
});
export type SalesTarget = z.infer<typeof salesTargetSchema>;

/** Monthly sales targets per owner or team; the forecast sets closed-won against them. */
export const salesTargetsValueSchema = z.object({
  kind: z.literal('salesTargets'),
  targets: z.array(salesTargetSchema).max(5000),
});
export type SalesTargetsValue = z.infer<typeof salesTargetsValueSchema>;

/**
 * Company-wide stock per product in thousandths, computed by the server from every order and
 * product (a device only holds some orders) and published read-only: devices never push it.
 * `asOf` is when these figures last changed; `throughSeq` the server change they include.
 */
export const stockLevelsValueSchema = z.object({
  kind: z.literal('stockLevels'),
  asOf: isoDateTimeSchema,
  throughSeq: z.number().int().min(0),
  products: z
    .array(
      z.object({
        productId: z.string().min(1).max(64),
        onHand: z.number().int(),
        reserved: z.number().int().min(0),
      }),
    )
    .max(20_000),
});
export type StockLevelsValue = z.infer<typeof stockLevelsValueSchema>;

export const settingValueSchema = z.discriminatedUnion('kind', [
  scoringRulesValueSchema,
  taxRatesValueSchema,
  currenciesValueSchema,
  approvalThresholdsValueSchema,
  numberSeriesValueSchema,
  teamDirectoryValueSchema,
  opportunityStagesValueSchema,
  serviceLevelsValueSchema,
  salesTargetsValueSchema,
  companyProfileValueSchema,
  paymentTermsValueSchema,
  quoteTermsTemplatesValueSchema,
  consentTextsValueSchema,
  leadFormsValueSchema,
  assignmentRulesValueSchema,
  predictiveModelValueSchema,
  automationRulesValueSchema,
  stockLevelsValueSchema,
  eventQuestionTemplatesValueSchema,
]);
export type SettingValue = z.infer<typeof settingValueSchema>;

/**
 * One company-wide setting per record, keyed by its kind (`key === value.kind`, checked by
 * `parseSetting`; JSON schema cannot say it). Small records keep sync conflicts narrow.
 */
export const settingSchema = baseRecordSchema.extend({
  key: z.enum(settingKinds),
  value: settingValueSchema,
});
export type Setting = z.infer<typeof settingSchema>;
/** The setting record of one kind, with its value narrowed. */
export type SettingOf<K extends SettingKind> = Setting & {
  key: K;
  value: Extract<SettingValue, { kind: K }>;
};

/** Parses a setting record and checks that its key matches its value's kind. */
export function parseSetting(input: unknown): Setting {
  const setting = settingSchema.parse(input);
  if (setting.key !== setting.value.kind) {
    throw new DomainError('settingKeyMismatch', { key: setting.key, kind: setting.value.kind });
  }
  return setting;
}
