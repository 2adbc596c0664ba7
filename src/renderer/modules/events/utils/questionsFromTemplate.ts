import type { QualificationQuestion } from '../../../../shared/domain/event.ts';
import {
  type EventQuestionTemplate,
  maxEventQuestions,
} from '../../../../shared/domain/eventQuestionTemplates.ts';
import { newId } from '../../../../shared/ids/newId.ts';

function sameQuestion(a: QualificationQuestion, b: QualificationQuestion): boolean {
  return a.type === b.type && a.prompt.trim().toLowerCase() === b.prompt.trim().toLowerCase();
}

/**
 * The event's questions with a template's appended: copies with new ids (answers and scoring
 * rules refer to an event's own question ids), none the event already asks (same type and
 * prompt), and never more than an event may hold. `added` counts the copies.
 */
export function questionsFromTemplate(input: {
  current: readonly QualificationQuestion[];
  template: EventQuestionTemplate;
  nowMs: number;
}): { questions: QualificationQuestion[]; added: number } {
  const { current, template, nowMs } = input;
  const questions = [...current];
  let added = 0;
  for (const question of template.questions) {
    if (questions.length >= maxEventQuestions) break;
    if (questions.some((existing) => sameQuestion(existing, question))) continue;
    questions.push({
      ...question,
      id: newId(nowMs),
      options: question.options.map((option) => ({ ...option })),
    });
    added += 1;
  }
  return { questions, added };
}
