import type { LeadDraftIssue, LeadDraftIssueCode } from '../../../../shared/domain/leadDraft.ts';
import type { LeadFormField } from './leadFormValues.ts';

/** A message code under a field, or `flag` to mark a field that belongs to a group's message. */
export type LeadFieldError = LeadDraftIssueCode | 'flag';
export type LeadFieldErrors = Partial<Record<LeadFormField, LeadFieldError>>;

export type NameOrder = 'givenFirst' | 'familyFirst';

const nameGroup: LeadFormField[] = ['firstName', 'lastName', 'company'];
const contactGroup: LeadFormField[] = ['email', 'phone'];
const formFields = new Set<string>([
  'firstName',
  'lastName',
  'company',
  'title',
  'email',
  'phone',
  'source',
  'rating',
  'eventId',
  'notes',
  'consent',
  'industry',
  'companySize',
  'budget',
  'purchaseTimeline',
  'productInterest',
  'country',
  'region',
  'postalCode',
]);

function isFormField(field: string): field is LeadFormField {
  return formFields.has(field);
}

/**
 * Places draft issues on form fields. Group issues ("a name or a company", "an email or a phone")
 * show their message under the first field of the group as it is laid out and flag the rest.
 */
export function leadFieldErrors(
  issues: readonly LeadDraftIssue[],
  nameOrder: NameOrder = 'givenFirst',
): LeadFieldErrors {
  const errors: LeadFieldErrors = {};
  for (const issue of issues) {
    if (issue.field === 'name') {
      const first = nameOrder === 'familyFirst' ? 'lastName' : 'firstName';
      for (const field of nameGroup) errors[field] ??= 'flag';
      if (errors[first] === 'flag') errors[first] = issue.code;
    } else if (issue.field === 'contact') {
      for (const field of contactGroup) errors[field] ??= 'flag';
      if (errors.email === 'flag') errors.email = issue.code;
    } else if (isFormField(issue.field)) {
      errors[issue.field] = issue.code;
    }
  }
  return errors;
}

/** Editing a field clears its own error and, for a group message, the whole group's. */
export function clearFieldError(errors: LeadFieldErrors, field: LeadFormField): LeadFieldErrors {
  if (!errors[field]) return errors;
  const next = { ...errors };
  delete next[field];
  const group = nameGroup.includes(field)
    ? nameGroup
    : contactGroup.includes(field)
      ? contactGroup
      : [];
  const groupCodes: LeadFieldError[] = ['flag', 'nameOrCompanyRequired', 'contactRequired'];
  for (const member of group) {
    const code = next[member];
    if (code && groupCodes.includes(code)) delete next[member];
  }
  return next;
}
