import type {
  QualificationAnswer,
  QualificationQuestion,
} from '../../../../shared/domain/event.ts';

/** The answer a key press gives a question (1-9 choose, Y/N answer yes/no), or undefined. */
export function answerForKey(
  question: QualificationQuestion,
  current: QualificationAnswer | undefined,
  key: string,
): QualificationAnswer | undefined {
  const lower = key.toLowerCase();
  const digit = /^[1-9]$/u.test(key) ? Number(key) : undefined;
  const questionId = question.id;
  switch (question.type) {
    case 'single': {
      const option = digit === undefined ? undefined : question.options[digit - 1];
      return option ? { questionId, optionIds: [option.id] } : undefined;
    }
    case 'multiple': {
      const option = digit === undefined ? undefined : question.options[digit - 1];
      return option ? toggleOption(question, current, option.id) : undefined;
    }
    case 'yesno':
      if (lower === 'y' || digit === 1) return { questionId, yes: true };
      if (lower === 'n' || digit === 2) return { questionId, yes: false };
      return undefined;
    case 'rating':
      return digit !== undefined && digit <= (question.ratingMax ?? 5)
        ? { questionId, rating: digit }
        : undefined;
    case 'text':
      return undefined;
  }
}

/** Adds or removes one option of a multiple-choice answer. */
export function toggleOption(
  question: QualificationQuestion,
  current: QualificationAnswer | undefined,
  optionId: string,
): QualificationAnswer {
  const chosen = new Set(current?.optionIds ?? []);
  if (chosen.has(optionId)) chosen.delete(optionId);
  else chosen.add(optionId);
  // Keep the options' own order, whatever order they were pressed in.
  const optionIds = question.options.map((o) => o.id).filter((id) => chosen.has(id));
  return { questionId: question.id, optionIds };
}

/** Whether a key press answers this type of question and moves on to the next one. */
export function advancesAfterAnswer(question: QualificationQuestion): boolean {
  return question.type !== 'multiple' && question.type !== 'text';
}

/** The visit's answers as text lines for the timeline ("Budget? ≥ 100k"). */
export function answersSummary(
  questions: readonly QualificationQuestion[],
  answers: readonly QualificationAnswer[],
  words: { yes: string; no: string },
): string[] {
  return questions.flatMap((question) => {
    const answer = answers.find((item) => item.questionId === question.id);
    if (!answer) return [];
    const labels = (answer.optionIds ?? []).map(
      (id) => question.options.find((option) => option.id === id)?.label ?? id,
    );
    const value =
      answer.yes !== undefined
        ? answer.yes
          ? words.yes
          : words.no
        : answer.rating !== undefined
          ? `${answer.rating}/${question.ratingMax ?? 5}`
          : (answer.text ?? labels.join(', '));
    return value === '' ? [] : [`${question.prompt} ${value}`];
  });
}
