import { z } from 'zod';
import { userIdSchema } from '../domain/baseRecord.ts';
import { leadSources } from '../domain/lead.ts';

const matchText = z.string().min(1).max(100);

/**
 * What a lead must have for a rule to apply; every list given must match (an empty or absent
 * list matches anything). Text compares case-insensitively; postal codes by prefix.
 */
export const assignmentMatchSchema = z.object({
  countries: z.array(matchText).max(300).optional(),
  regions: z.array(matchText).max(300).optional(),
  postalPrefixes: z.array(z.string().min(1).max(20)).max(500).optional(),
  products: z.array(matchText).max(200).optional(),
  sources: z.array(z.enum(leadSources)).max(leadSources.length).optional(),
  formKeys: z.array(z.string().min(1).max(64)).max(100).optional(),
});
export type AssignmentMatch = z.infer<typeof assignmentMatchSchema>;

/** Who gets a matching lead: one person, or the active reps of a team in turn. */
export const assignmentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userId: userIdSchema }),
  z.object({ kind: z.literal('roundRobin'), teamId: z.string().min(1).max(64) }),
]);
export type AssignmentTarget = z.infer<typeof assignmentTargetSchema>;

/** One routing rule; rules are tried in order and the first that matches assigns the lead. */
export const assignmentRuleSchema = z.object({
  id: z.string().min(1).max(36),
  name: z.string().min(1).max(200),
  active: z.boolean(),
  match: assignmentMatchSchema,
  assignTo: assignmentTargetSchema,
});
export type AssignmentRule = z.infer<typeof assignmentRuleSchema>;

/** The `assignmentRules` setting: ordered rules and the owner of leads no rule takes. */
export const assignmentRulesValueSchema = z.object({
  kind: z.literal('assignmentRules'),
  rules: z.array(assignmentRuleSchema).max(200),
  fallbackOwnerId: userIdSchema.optional(),
});
export type AssignmentRulesValue = z.infer<typeof assignmentRulesValueSchema>;
