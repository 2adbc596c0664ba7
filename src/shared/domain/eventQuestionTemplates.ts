import { z } from 'zod';
import { qualificationQuestionSchema } from './event.ts';

/** At most this many questions on one event (the event schema's own limit). */
export const maxEventQuestions = 50;

// The rule the event commands apply on save: a choice question offers a choice.
const templateQuestionSchema = qualificationQuestionSchema.superRefine((question, ctx) => {
  const isChoice = question.type === 'single' || question.type === 'multiple';
  if (isChoice && question.options.length < 2) {
    ctx.addIssue({
      code: 'too_small',
      origin: 'array',
      minimum: 2,
      inclusive: true,
      input: question.options,
      path: ['options'],
      message: 'A choice question needs at least two options',
    });
  }
});

/** A named set of qualification questions an event can start from (e.g. "Standard B2B"). */
export const eventQuestionTemplateSchema = z.object({
  id: z.string().min(1).max(36),
  name: z.string().trim().min(1).max(100),
  questions: z.array(templateQuestionSchema).min(1).max(maxEventQuestions),
});
export type EventQuestionTemplate = z.infer<typeof eventQuestionTemplateSchema>;

/** Question templates managers keep for events; copied into an event, never linked. */
export const eventQuestionTemplatesValueSchema = z.object({
  kind: z.literal('eventQuestionTemplates'),
  templates: z.array(eventQuestionTemplateSchema).max(100),
});
export type EventQuestionTemplatesValue = z.infer<typeof eventQuestionTemplatesValueSchema>;
