import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldEvent, QualificationAnswer } from '../../../../shared/domain/event.ts';
import type { Lead, LeadRating } from '../../../../shared/domain/lead.ts';
import type { LeadDraftInput } from '../../../../shared/domain/leadDraft.ts';
import {
  boothLeadDraft,
  missingRequiredQuestions,
} from '../../../../shared/intake/boothLeadDraft.ts';
import {
  boothTouchSubject,
  type DuplicateMatch,
  LeadValidationError,
  useBoothCommands,
  useDuplicateCheck,
} from '../../../data/index.ts';
import { useLeadForm } from '../../leads/hooks/useLeadForm.ts';
import { useNameOrder } from '../../leads/hooks/useNameOrder.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { leadDisplayName } from '../../leads/utils/leadDisplayName.ts';
import { emptyLeadFormValues } from '../../leads/utils/leadFormValues.ts';
import { advancesAfterAnswer, answersSummary } from '../utils/answerKeys.ts';

type Pending = { draft: LeadDraftInput; matches: DuplicateMatch[] };

/** The booth form's state and its save: validate, check duplicates, write, reset for the next visitor. */
export function useBoothCapture(event: FieldEvent, onReset: () => void) {
  const { t, i18n } = useTranslation();
  const nameOrder = useNameOrder();
  const form = useLeadForm(() => emptyLeadFormValues({ source: 'trade_show', eventId: event.id }), {
    nameOrder,
  });
  const { captureLead, addTouch } = useBoothCommands();
  const checkDuplicates = useDuplicateCheck();
  const [answers, setAnswers] = useState<QualificationAnswer[]>([]);
  const [activeIndex, setActiveIndex] = useState(0);
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const startedAt = useRef<number | undefined>(undefined);
  const questions = event.qualificationQuestions;

  // A duplicate warning is about the values it was shown for; any edit asks again on save.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the values change.
  useEffect(() => setPending(undefined), [form.values, answers]);

  const markStarted = () => {
    startedAt.current ??= performance.now();
  };

  const answer = (next: QualificationAnswer, advance: boolean) => {
    markStarted();
    setAnswers((current) => [...current.filter((a) => a.questionId !== next.questionId), next]);
    const index = questions.findIndex((question) => question.id === next.questionId);
    const question = questions[index];
    if (advance && question && advancesAfterAnswer(question)) {
      setActiveIndex(Math.min(index + 1, questions.length - 1));
    }
  };

  const setRating = (rating: LeadRating) => {
    markStarted();
    form.setField('rating', form.values.rating === rating ? null : rating);
  };

  const touch = () => ({
    subject: boothTouchSubject(t('events.booth.touchSubject'), event),
    generatedSubject: { kind: 'boothVisit' as const, params: { event: event.name } },
    body: [
      form.values.notes.trim(),
      ...answersSummary(questions, answers, {
        yes: t('events.booth.yes'),
        no: t('events.booth.no'),
      }),
    ]
      .filter((line) => line !== '')
      .join('\n'),
  });

  const reset = () => {
    form.reset(emptyLeadFormValues({ source: 'trade_show', eventId: event.id }));
    setAnswers([]);
    setActiveIndex(0);
    setPending(undefined);
    setFormError(undefined);
    startedAt.current = undefined;
    onReset();
  };

  const notifySaved = (
    key: 'saved' | 'touchAdded',
    lead: Pick<Lead, 'firstName' | 'lastName' | 'company'>,
  ) => {
    const seconds =
      startedAt.current === undefined ? undefined : (performance.now() - startedAt.current) / 1000;
    const saved = t(`events.booth.${key}`, { name: leadDisplayName(lead, t) });
    const took =
      seconds === undefined
        ? undefined
        : t('events.booth.tookSeconds', {
            seconds: new Intl.NumberFormat(i18n.language, {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }).format(seconds),
          });
    notifications.show({
      color: 'teal',
      autoClose: 2000,
      ...(took === undefined ? { message: saved } : { title: saved, message: took }),
    });
  };

  const write = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      if (error instanceof LeadValidationError) form.showIssues(error.issues);
      setFormError(`${t('events.booth.failed')}: ${errorMessage(error, t)}`);
    } finally {
      setBusy(false);
    }
  };

  const saveNew = (draft: LeadDraftInput) =>
    write(async () => {
      const visit = touch();
      const lead = await captureLead(draft, visit);
      notifySaved('saved', lead);
      reset();
    });

  const addVisitTo = (existing: Lead) =>
    write(async () => {
      await addTouch(existing.id, touch());
      notifySaved('touchAdded', existing);
      reset();
    });

  /** Enter: checks everything, then saves, or stops at a duplicate for the rep to choose. */
  const save = () => {
    if (busy) return;
    if (pending) return;
    const contact = form.validate();
    if (!contact) {
      setFormError(undefined);
      return;
    }
    const missing = missingRequiredQuestions({ questions, answers })[0];
    if (missing) {
      setActiveIndex(questions.indexOf(missing));
      setFormError(t('events.booth.missingRequired', { prompt: missing.prompt }));
      return;
    }
    const draft = boothLeadDraft({
      event,
      contact,
      answers,
      rating: form.values.rating ?? undefined,
      consentGiven: form.values.consent,
      language: i18n.language.startsWith('zh') ? 'zh' : 'en',
      now: new Date().toISOString(),
    });
    const matches = checkDuplicates(draft);
    if (matches.length > 0) {
      setPending({ draft, matches });
      return;
    }
    void saveNew(draft);
  };

  return {
    form,
    answers,
    activeIndex,
    setActiveIndex,
    answer,
    setRating,
    markStarted,
    save,
    busy,
    formError,
    pending,
    cancelPending: () => setPending(undefined),
    saveAnyway: () => pending && void saveNew(pending.draft),
    addVisitTo: (lead: Lead) => void addVisitTo(lead),
  };
}
