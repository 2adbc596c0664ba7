import { useCallback, useState } from 'react';
import type { Consent } from '../../../../shared/domain/lead.ts';
import { type LeadDraftInput, validateLeadDraft } from '../../../../shared/domain/leadDraft.ts';
import {
  clearFieldError,
  type LeadFieldErrors,
  leadFieldErrors,
  type NameOrder,
} from '../utils/leadFieldErrors.ts';
import {
  formValueIssues,
  formValuesToDraft,
  type LeadFormField,
  type LeadFormValues,
} from '../utils/leadFormValues.ts';

export type LeadForm = {
  values: LeadFormValues;
  errors: LeadFieldErrors;
  setField: <F extends LeadFormField>(field: F, value: LeadFormValues[F]) => void;
  /** Validates with the shared domain rule; returns the draft, or undefined and shows errors. */
  validate: () => LeadDraftInput | undefined;
  showIssues: (issues: Parameters<typeof leadFieldErrors>[0]) => void;
  reset: (values: LeadFormValues) => void;
};

/** Form state for capture and edit, validated by the same rule the data layer enforces. */
export function useLeadForm(
  initial: () => LeadFormValues,
  options: { nameOrder: NameOrder; previousConsent?: Consent },
): LeadForm {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<LeadFieldErrors>({});
  const { nameOrder, previousConsent } = options;

  const setField = useCallback(<F extends LeadFormField>(field: F, value: LeadFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => clearFieldError(current, field));
  }, []);

  const showIssues = useCallback(
    (issues: Parameters<typeof leadFieldErrors>[0]) =>
      setErrors(leadFieldErrors(issues, nameOrder)),
    [nameOrder],
  );

  const validate = useCallback(() => {
    const draft = formValuesToDraft(values, previousConsent);
    const result = validateLeadDraft(draft);
    const issues = [...formValueIssues(values), ...(result.ok ? [] : result.issues)];
    if (issues.length === 0) {
      setErrors({});
      return draft;
    }
    setErrors(leadFieldErrors(issues, nameOrder));
    return undefined;
  }, [values, previousConsent, nameOrder]);

  const reset = useCallback((next: LeadFormValues) => {
    setValues(next);
    setErrors({});
  }, []);

  return { values, errors, setField, validate, showIssues, reset };
}
