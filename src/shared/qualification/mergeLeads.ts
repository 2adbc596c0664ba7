import type { Activity } from '../domain/activity.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Lead } from '../domain/lead.ts';
import { repointActivities } from './repointActivities.ts';

/** Fields the user picks between when merging two leads. */
export const mergeableLeadFields = [
  'firstName',
  'lastName',
  'company',
  'title',
  'email',
  'phone',
  'source',
  'eventId',
  'rating',
  'notes',
  'consent',
  'industry',
  'country',
  'region',
  'companySize',
  'budget',
  'purchaseTimeline',
] as const satisfies readonly (keyof Lead)[];
export type MergeableLeadField = (typeof mergeableLeadFields)[number];

/** For each field, whose value the merged lead keeps. */
export type MergeChoices = Partial<Record<MergeableLeadField, 'primary' | 'secondary'>>;

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' && value !== null && 'given' in value && value.given === false);

function mergeNotes(primary: string, secondary: string): string {
  const a = primary.trim();
  const b = secondary.trim();
  if (a === '' || b === '' || a === b) return a || b;
  return `${a}\n\n${b}`.slice(0, 10_000);
}

/**
 * Merges `secondary` into `primary`: each field from the side `choices` names, else primary's
 * unless it is blank (notes are joined, event answers united); the secondary lead's activities
 * move to the primary. The caller saves the merged lead and the activities and deletes the secondary.
 */
export function mergeLeads({
  primary,
  secondary,
  choices = {},
  activities = [],
  now,
}: {
  primary: Lead;
  secondary: Lead;
  choices?: MergeChoices;
  activities?: readonly Activity[];
  now: string;
}): { merged: Lead; repointedActivities: Activity[] } {
  if (primary.id === secondary.id) {
    throw new DomainError(
      'cannotMergeSameLead',
      { leadId: primary.id },
      'A lead cannot be merged with itself',
    );
  }
  for (const lead of [primary, secondary]) {
    if (lead.status === 'converted') {
      throw new DomainError(
        'cannotMergeConvertedLead',
        { leadId: lead.id },
        `Lead ${lead.id} is converted; merge its account or contact instead`,
      );
    }
  }
  const { score: _score, ...merged }: Lead = { ...primary };
  const target: Record<string, unknown> = merged;
  for (const field of mergeableLeadFields) {
    const choice = choices[field];
    const useSecondary =
      choice === 'secondary' ||
      (choice === undefined && isBlank(primary[field]) && !isBlank(secondary[field]));
    if (useSecondary) target[field] = secondary[field];
  }
  if (choices.notes === undefined) merged.notes = mergeNotes(primary.notes, secondary.notes);
  const answers = [...(primary.answers ?? [])];
  for (const answer of secondary.answers ?? []) {
    if (!answers.some((item) => item.questionId === answer.questionId)) answers.push(answer);
  }
  if (answers.length > 0) merged.answers = answers.slice(0, 50);
  merged.mergedLeadIds = [
    ...new Set([
      ...(primary.mergedLeadIds ?? []),
      secondary.id,
      ...(secondary.mergedLeadIds ?? []),
    ]),
  ].slice(0, 50);
  merged.updatedAt = now;
  const repointedActivities = repointActivities({
    activities,
    from: { collection: 'leads', id: secondary.id },
    to: { collection: 'leads', id: primary.id },
    now,
  });
  return { merged, repointedActivities };
}
