import type { LeadSource } from '../domain/lead.ts';
import type { Role } from '../domain/roles.ts';
import type {
  AssignmentMatch,
  AssignmentRule,
  AssignmentRulesValue,
} from './assignmentRulesSchema.ts';

/** What the rules look at on a lead. */
export type AssignableLead = {
  country?: string | undefined;
  region?: string | undefined;
  postalCode?: string | undefined;
  productInterest?: string | undefined;
  source: LeadSource;
  formKey?: string | undefined;
};

/** A person who may receive leads. */
export type AssignableUser = { id: string; teamId: string | null; role: Role; active: boolean };

/** Per round-robin rule, the user who got the last lead. */
export type RoundRobinState = Readonly<Record<string, string>>;

export type AssignmentDecision = {
  ownerId: string;
  teamId: string | null;
  ruleId: string;
  ruleName: string;
  /** The round-robin state after this assignment (unchanged unless a round-robin rule fired). */
  state: RoundRobinState;
};

/** The rule id recorded when the fallback owner (or the first manager) takes the lead. */
export const fallbackRuleId = 'fallback';

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

function listMatches(list: readonly string[] | undefined, value: string | undefined): boolean {
  if (!list || list.length === 0) return true;
  if (value === undefined || value.trim() === '') return false;
  const folded = fold(value);
  return list.some((item) => fold(item) === folded);
}

/** Tells whether a lead meets every condition of a rule's match. */
export function matchesAssignment(match: AssignmentMatch, lead: AssignableLead): boolean {
  const postal = (lead.postalCode ?? '').replace(/\s+/g, '').toUpperCase();
  return (
    listMatches(match.countries, lead.country) &&
    listMatches(match.regions, lead.region) &&
    listMatches(match.products, lead.productInterest) &&
    listMatches(match.formKeys, lead.formKey) &&
    (!match.sources || match.sources.length === 0 || match.sources.includes(lead.source)) &&
    (!match.postalPrefixes ||
      match.postalPrefixes.length === 0 ||
      (postal !== '' &&
        match.postalPrefixes.some((prefix) =>
          postal.startsWith(prefix.replace(/\s+/g, '').toUpperCase()),
        )))
  );
}

/** The people a round-robin rule deals to: the team's active reps, else its active members. */
export function roundRobinMembers(users: readonly AssignableUser[], teamId: string): string[] {
  const members = users.filter((user) => user.active && user.teamId === teamId);
  const reps = members.filter((user) => user.role === 'rep');
  return (reps.length > 0 ? reps : members).map((user) => user.id).sort();
}

function target(
  rule: AssignmentRule,
  users: readonly AssignableUser[],
  state: RoundRobinState,
): { ownerId: string; state: RoundRobinState } | undefined {
  if (rule.assignTo.kind === 'user') {
    const userId = rule.assignTo.userId;
    return users.some((user) => user.id === userId && user.active)
      ? { ownerId: userId, state }
      : undefined;
  }
  const members = roundRobinMembers(users, rule.assignTo.teamId);
  if (members.length === 0) return undefined;
  // The next member after the last one served, by id; robust to people joining or leaving.
  const last = state[rule.id];
  const next = members.find((id) => last === undefined || id > last) ?? members[0];
  if (next === undefined) return undefined;
  return { ownerId: next, state: { ...state, [rule.id]: next } };
}

/**
 * Decides who owns a new lead: the first active rule that matches and has someone to give it to,
 * else the fallback owner, else the first active manager or admin. Undefined only when nobody
 * active could take it.
 */
export function decideAssignment(params: {
  lead: AssignableLead;
  rules: AssignmentRulesValue | undefined;
  users: readonly AssignableUser[];
  state: RoundRobinState;
}): AssignmentDecision | undefined {
  const { lead, users, state } = params;
  const teamOf = (id: string) => users.find((user) => user.id === id)?.teamId ?? null;
  for (const rule of params.rules?.rules ?? []) {
    if (!rule.active || !matchesAssignment(rule.match, lead)) continue;
    const chosen = target(rule, users, state);
    if (!chosen) continue;
    return {
      ownerId: chosen.ownerId,
      teamId: teamOf(chosen.ownerId),
      ruleId: rule.id,
      ruleName: rule.name,
      state: chosen.state,
    };
  }
  const fallback = params.rules?.fallbackOwnerId;
  const owner =
    users.find((user) => user.id === fallback && user.active) ??
    [...users]
      .filter((user) => user.active && (user.role === 'manager' || user.role === 'admin'))
      .sort((a, b) =>
        a.role === b.role ? a.id.localeCompare(b.id) : a.role === 'manager' ? -1 : 1,
      )[0];
  if (!owner) return undefined;
  return {
    ownerId: owner.id,
    teamId: owner.teamId,
    ruleId: fallbackRuleId,
    ruleName: owner.id === fallback ? 'Fallback owner' : 'Default owner',
    state,
  };
}
