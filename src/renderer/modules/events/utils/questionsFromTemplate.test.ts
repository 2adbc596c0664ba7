import { describe, expect, it } from 'vitest';
import type { QualificationQuestion } from '../../../../shared/domain/event.ts';
import type { EventQuestionTemplate } from '../../../../shared/domain/eventQuestionTemplates.ts';
import { questionsFromTemplate } from './questionsFromTemplate.ts';

const budget: QualificationQuestion = {
  id: 'tpl-q-budget',
  type: 'single',
  prompt: 'Budget approved?',
  required: true,
  options: [
    { id: 'o-yes', label: 'Yes' },
    { id: 'o-no', label: 'No' },
  ],
};
const interest: QualificationQuestion = {
  id: 'tpl-q-interest',
  type: 'rating',
  prompt: 'Interest',
  required: false,
  options: [],
  ratingMax: 5,
};
const template: EventQuestionTemplate = {
  id: 'tpl-1',
  name: 'Standard B2B',
  questions: [budget, interest],
};
const nowMs = Date.UTC(2026, 10, 27);

describe('questionsFromTemplate', () => {
  it('appends copies of the template questions with new ids', () => {
    const own: QualificationQuestion = { ...interest, id: 'own', prompt: 'Team size' };
    const result = questionsFromTemplate({ current: [own], template, nowMs });
    expect(result.added).toBe(2);
    expect(result.questions).toHaveLength(3);
    expect(result.questions[0]).toBe(own);
    expect(result.questions.slice(1)).toEqual([
      { ...budget, id: expect.any(String) },
      { ...interest, id: expect.any(String) },
    ]);
    const ids = result.questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain(budget.id);
  });

  it('skips questions the event already asks, so a template can be applied twice', () => {
    const once = questionsFromTemplate({ current: [], template, nowMs });
    const twice = questionsFromTemplate({ current: once.questions, template, nowMs });
    expect(twice).toEqual({ questions: once.questions, added: 0 });
    const renamed = questionsFromTemplate({
      current: [{ ...budget, id: 'x', prompt: '  budget APPROVED? ' }],
      template,
      nowMs,
    });
    expect(renamed.added).toBe(1);
  });

  it('stops at the 50 questions an event may hold', () => {
    const current = Array.from({ length: 49 }, (_, i) => ({
      ...interest,
      id: `q${i}`,
      prompt: `Q${i}`,
    }));
    const result = questionsFromTemplate({ current, template, nowMs });
    expect(result.added).toBe(1);
    expect(result.questions).toHaveLength(50);
  });
});
