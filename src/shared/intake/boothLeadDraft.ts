import type {
  EventConsent,
  FieldEvent,
  QualificationAnswer,
  QualificationQuestion,
} from '../domain/event.ts';
import type { Consent, LeadRating } from '../domain/lead.ts';
import type { LeadDraftInput } from '../domain/leadDraft.ts';

export type ConsentLanguage = 'en' | 'zh';

/** The consent text of an event in the language the visitor read it in (the other if that one is empty). */
export function eventConsentText(consent: EventConsent, language: ConsentLanguage): string {
  const [first, second] =
    language === 'zh' ? [consent.textZh, consent.textEn] : [consent.textEn, consent.textZh];
  return first.trim() !== '' ? first : second;
}

function isAnswered(answer: QualificationAnswer, question: QualificationQuestion): boolean {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const known = new Set(question.options.map((option) => option.id));
      const ids = answer.optionIds ?? [];
      return (
        ids.length > 0 &&
        ids.every((id) => known.has(id)) &&
        (question.type === 'multiple' || ids.length === 1)
      );
    }
    case 'yesno':
      return answer.yes !== undefined;
    case 'text':
      return (answer.text ?? '').trim() !== '';
    case 'rating': {
      const max = question.ratingMax ?? 5;
      return answer.rating !== undefined && answer.rating >= 1 && answer.rating <= max;
    }
  }
}

/** The answers worth storing: one per question of the event, answered, with known options only. */
export function cleanBoothAnswers({
  questions,
  answers,
}: {
  questions: readonly QualificationQuestion[];
  answers: readonly QualificationAnswer[];
}): QualificationAnswer[] {
  return questions.flatMap((question): QualificationAnswer[] => {
    const answer = answers.find((item) => item.questionId === question.id);
    if (!answer || !isAnswered(answer, question)) return [];
    return [keptFields(question, answer)];
  });
}

// Only the field the question's type uses is kept (a stray `yes` on a rating means nothing).
function keptFields(
  question: QualificationQuestion,
  { questionId, optionIds, yes, text, rating }: QualificationAnswer,
): QualificationAnswer {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { questionId, optionIds };
    case 'yesno':
      return { questionId, yes };
    case 'text':
      return { questionId, text: text?.trim() };
    case 'rating':
      return { questionId, rating };
  }
}

/** The lead fields booth answers fill in, from the picked option of each question that fills one. */
export type AnswerFills = Partial<
  Pick<LeadDraftInput, 'budget' | 'companySize' | 'purchaseTimeline'>
>;

/**
 * What the visitor's answers say about the lead's qualification fields: the value the picked
 * option of each single-choice question with `fills` carries (the first question wins when two
 * fill the same field). Options without a value, and unanswered questions, fill nothing.
 */
export function answerFills({
  questions,
  answers,
}: {
  questions: readonly QualificationQuestion[];
  answers: readonly QualificationAnswer[];
}): AnswerFills {
  const fills: AnswerFills = {};
  for (const answer of cleanBoothAnswers({ questions, answers })) {
    const question = questions.find((item) => item.id === answer.questionId);
    if (question?.type !== 'single' || !question.fills) continue;
    const option = question.options.find((item) => item.id === answer.optionIds?.[0]);
    const field = question.fills;
    if (!option || fills[field] !== undefined) continue;
    if (field === 'budget' && option.budget) fills.budget = option.budget;
    if (field === 'companySize' && option.companySize !== undefined) {
      fills.companySize = option.companySize;
    }
    if (field === 'purchaseTimeline' && option.purchaseTimeline) {
      fills.purchaseTimeline = option.purchaseTimeline;
    }
  }
  return fills;
}

/** Required questions of the event still without an answer (capture asks before saving). */
export function missingRequiredQuestions({
  questions,
  answers,
}: {
  questions: readonly QualificationQuestion[];
  answers: readonly QualificationAnswer[];
}): QualificationQuestion[] {
  const answered = new Set(cleanBoothAnswers({ questions, answers }).map((a) => a.questionId));
  return questions.filter((question) => question.required && !answered.has(question.id));
}

/** The consent a lead stores: when, which text and which version it agreed to, or a plain "no". */
export function boothConsent({
  event,
  given,
  language,
  now,
}: {
  event: Pick<FieldEvent, 'consent'>;
  given: boolean;
  language: ConsentLanguage;
  now: string;
}): Consent {
  if (!given) return { given: false };
  if (!event.consent) return { given: true, at: now };
  return {
    given: true,
    at: now,
    text: eventConsentText(event.consent, language),
    version: event.consent.version,
  };
}

/**
 * A lead captured at an event's booth: the contact fields typed, scanned or read off a card,
 * tagged with the event and its answers (which the scoring rules read), the qualification
 * fields those answers fill in (budget, size, buying when), with the consent evidence, the
 * rep's rating and quick note.
 */
export function boothLeadDraft({
  event,
  contact,
  answers,
  rating,
  consentGiven,
  language,
  now,
}: {
  event: Pick<FieldEvent, 'id' | 'consent' | 'qualificationQuestions'>;
  contact: LeadDraftInput;
  answers: readonly QualificationAnswer[];
  rating: LeadRating | undefined;
  consentGiven: boolean;
  language: ConsentLanguage;
  now: string;
}): LeadDraftInput {
  const cleaned = cleanBoothAnswers({ questions: event.qualificationQuestions, answers });
  const fills = answerFills({ questions: event.qualificationQuestions, answers });
  // What the rep typed or scanned wins; an answer fills only what is still empty.
  const budget = contact.budget ?? fills.budget;
  const companySize = contact.companySize ?? fills.companySize;
  const purchaseTimeline = contact.purchaseTimeline ?? fills.purchaseTimeline;
  return {
    ...contact,
    ...(budget ? { budget } : {}),
    ...(companySize !== undefined ? { companySize } : {}),
    ...(purchaseTimeline ? { purchaseTimeline } : {}),
    source: 'trade_show',
    eventId: event.id,
    rating,
    consent: boothConsent({ event, given: consentGiven, language, now }),
    ...(cleaned.length > 0 ? { answers: cleaned } : {}),
  };
}
