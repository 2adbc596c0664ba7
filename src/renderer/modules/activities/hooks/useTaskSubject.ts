import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Activity,
  GeneratedSubject,
  GeneratedSubjectKind,
} from '../../../../shared/domain/activity.ts';
import { formatDateOnly } from '../../analytics/utils/formatDateOnly.ts';

// Values that are calendar dates (ISO), shown as dates of the reader's language.
const dateParams = ['validUntil', 'dueOn', 'endsOn'];

function translationKey(kind: GeneratedSubjectKind): string {
  switch (kind) {
    case 'contractRenewal':
      return 'contracts.renewalTask';
    case 'dunningReminder':
    case 'dunningSecondReminder':
    case 'dunningFinalNotice':
    case 'dunningEscalation':
      return `invoices.tasks.${kind}`;
    case 'hotLeadFollowUp':
      return 'followUp.taskSubject';
    case 'boothVisit':
      return 'events.booth.visitSubject';
    case 'leadBecameHot':
    case 'opportunityIdle':
    case 'quoteExpiring':
    case 'invoiceOverdue':
      return `analytics.automation.subjects.${kind}`;
  }
}

/**
 * Words the activities the app makes (rule tasks, renewals, collections, follow-ups, booth
 * visits) in the reader's language: `word`
 * when a task is made, `subjectOf` wherever an activity's subject is shown. A task made on a
 * Chinese device reads in English on an English one; other activities keep the words typed.
 */
export function useTaskSubject() {
  const { t, i18n } = useTranslation();
  const word = useCallback(
    (generated: GeneratedSubject): string => {
      const params: Record<string, string | number> = { ...generated.params };
      for (const key of dateParams) {
        const value = params[key];
        if (typeof value === 'string') params[key] = formatDateOnly(value, i18n.language);
      }
      return t(translationKey(generated.kind), params);
    },
    [t, i18n.language],
  );
  const subjectOf = useCallback(
    (activity: Pick<Activity, 'subject' | 'generatedSubject'>): string =>
      activity.generatedSubject ? word(activity.generatedSubject) : activity.subject,
    [word],
  );
  return useMemo(() => ({ word, subjectOf }), [word, subjectOf]);
}
