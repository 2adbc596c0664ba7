import type { LeadDraftIssue } from '../../../shared/domain/leadDraft.ts';

/** A lead draft was refused; `issues` say which fields and why (`leads.errors.<code>`). */
export class LeadValidationError extends Error {
  readonly issues: LeadDraftIssue[];

  constructor(issues: LeadDraftIssue[]) {
    super(`Invalid lead: ${issues.map((issue) => `${issue.field}:${issue.code}`).join(', ')}`);
    this.name = 'LeadValidationError';
    this.issues = issues;
  }
}
