import type { LeadDraftInput } from '../../../../shared/domain/leadDraft.ts';
import type { LeadForm } from '../../leads/hooks/useLeadForm.ts';

const contactFields = ['firstName', 'lastName', 'company', 'title', 'email', 'phone'] as const;

/**
 * Fills the booth form from a scan or a confirmed card: each field the source offers replaces
 * the form's, notes are appended (an unknown badge payload lands there verbatim).
 */
export function mergeDraftIntoForm(form: LeadForm, draft: LeadDraftInput): void {
  for (const field of contactFields) {
    const value = draft[field]?.trim();
    if (value) form.setField(field, value);
  }
  const notes = draft.notes?.trim();
  if (notes) {
    const current = form.values.notes.trim();
    form.setField('notes', current === '' ? notes : `${current}\n${notes}`);
  }
}
