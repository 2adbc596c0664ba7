import { describe, expect, it } from 'vitest';
import type { QualificationQuestion } from '../domain/event.ts';
import { validateLeadDraft } from '../domain/leadDraft.ts';
import {
  answerFills,
  boothLeadDraft,
  cleanBoothAnswers,
  missingRequiredQuestions,
} from './boothLeadDraft.ts';

const questions: QualificationQuestion[] = [
  {
    id: 'q-budget',
    type: 'single',
    prompt: 'Budget?',
    required: true,
    options: [
      { id: 'low', label: '< 100k' },
      { id: 'high', label: '≥ 100k' },
    ],
  },
  {
    id: 'q-areas',
    type: 'multiple',
    prompt: 'Interested in?',
    required: false,
    options: [
      { id: 'agv', label: 'AGV' },
      { id: 'arm', label: 'Arms' },
    ],
  },
  { id: 'q-demo', type: 'yesno', prompt: 'Demo?', required: true, options: [] },
  { id: 'q-text', type: 'text', prompt: 'Project?', required: false, options: [] },
  { id: 'q-fit', type: 'rating', prompt: 'Fit?', required: false, options: [], ratingMax: 5 },
];

const event = {
  id: '01890000-0000-7000-8000-000000000001',
  qualificationQuestions: questions,
  consent: { version: '2026-03', textEn: 'You may contact me.', textZh: '同意联系我。' },
};

describe('boothLeadDraft', () => {
  it('tags the lead with the event, its answers and the consent text and version shown', () => {
    const draft = boothLeadDraft({
      event,
      contact: { lastName: '王', firstName: '丽', phone: '13812345678' },
      answers: [
        { questionId: 'q-budget', optionIds: ['high'] },
        { questionId: 'q-demo', yes: true },
        { questionId: 'q-fit', rating: 4 },
      ],
      rating: 'hot',
      consentGiven: true,
      language: 'zh',
      now: '2026-03-01T02:00:00.000Z',
    });
    expect(draft).toMatchObject({
      source: 'trade_show',
      eventId: event.id,
      rating: 'hot',
      consent: {
        given: true,
        at: '2026-03-01T02:00:00.000Z',
        text: '同意联系我。',
        version: '2026-03',
      },
      answers: [
        { questionId: 'q-budget', optionIds: ['high'] },
        { questionId: 'q-demo', yes: true },
        { questionId: 'q-fit', rating: 4 },
      ],
    });
    expect(validateLeadDraft(draft).ok).toBe(true);
  });

  it('stores a plain "no" when the visitor did not consent', () => {
    const draft = boothLeadDraft({
      event,
      contact: { company: 'Acme', email: 'a@acme.com' },
      answers: [],
      rating: undefined,
      consentGiven: false,
      language: 'en',
      now: '2026-03-01T02:00:00.000Z',
    });
    expect(draft.consent).toEqual({ given: false });
    expect(draft.answers).toBeUndefined();
  });

  it('drops empty answers, unknown options and a second choice on a single question', () => {
    expect(
      cleanBoothAnswers({
        questions,
        answers: [
          { questionId: 'q-budget', optionIds: ['low', 'high'] },
          { questionId: 'q-areas', optionIds: ['agv', 'nope'] },
          { questionId: 'q-text', text: '  ' },
          { questionId: 'q-fit', rating: 9 },
          { questionId: 'unknown', yes: true },
        ],
      }),
    ).toEqual([]);
  });

  it('lists required questions still open', () => {
    const missing = missingRequiredQuestions({
      questions,
      answers: [{ questionId: 'q-demo', yes: false }],
    });
    expect(missing.map((question) => question.id)).toEqual(['q-budget']);
  });
});

describe('answers that fill in the lead', () => {
  const filling: QualificationQuestion[] = [
    {
      id: 'q-budget',
      type: 'single',
      prompt: '今年预算？',
      required: false,
      fills: 'budget',
      options: [
        { id: 'low', label: '< 10 万', budget: { amount: 5_000_000, currency: 'CNY' } },
        { id: 'high', label: '≥ 10 万', budget: { amount: 10_000_000, currency: 'CNY' } },
        { id: 'unsure', label: '不确定' },
      ],
    },
    {
      id: 'q-when',
      type: 'single',
      prompt: 'When do you buy?',
      required: false,
      fills: 'purchaseTimeline',
      options: [
        { id: 'now', label: 'This quarter', purchaseTimeline: 'within_3_months' },
        { id: 'later', label: 'Next year', purchaseTimeline: 'within_12_months' },
      ],
    },
    {
      id: 'q-size',
      type: 'single',
      prompt: 'Staff?',
      required: false,
      fills: 'companySize',
      options: [
        { id: 'small', label: '< 50', companySize: 10 },
        { id: 'large', label: '500+', companySize: 500 },
      ],
    },
    {
      id: 'q-areas',
      type: 'multiple',
      prompt: 'Budget per area?',
      required: false,
      // Only a single choice names one value; a multiple-choice question fills nothing.
      fills: 'budget',
      options: [
        { id: 'agv', label: 'AGV', budget: { amount: 1, currency: 'CNY' } },
        { id: 'arm', label: 'Arms', budget: { amount: 2, currency: 'CNY' } },
      ],
    },
  ];

  it('puts the picked options’ budget, timeline and size on the lead, which validates', () => {
    const draft = boothLeadDraft({
      event: { ...event, qualificationQuestions: filling },
      contact: { lastName: 'Keller', firstName: 'Anna', email: 'a.keller@keller-fm.de' },
      answers: [
        { questionId: 'q-budget', optionIds: ['high'] },
        { questionId: 'q-when', optionIds: ['now'] },
        { questionId: 'q-size', optionIds: ['large'] },
        { questionId: 'q-areas', optionIds: ['agv', 'arm'] },
      ],
      rating: undefined,
      consentGiven: false,
      language: 'en',
      now: '2026-03-01T02:00:00.000Z',
    });
    expect(draft).toMatchObject({
      budget: { amount: 10_000_000, currency: 'CNY' },
      purchaseTimeline: 'within_3_months',
      companySize: 500,
    });
    expect(validateLeadDraft(draft).ok).toBe(true);
  });

  it('fills nothing for an unanswered question, an option without a value, or an unknown option', () => {
    expect(answerFills({ questions: filling, answers: [] })).toEqual({});
    expect(
      answerFills({
        questions: filling,
        answers: [
          { questionId: 'q-budget', optionIds: ['unsure'] },
          { questionId: 'q-when', optionIds: ['gone'] },
        ],
      }),
    ).toEqual({});
  });

  it('lets what the rep typed or scanned win over an answer', () => {
    const draft = boothLeadDraft({
      event: { ...event, qualificationQuestions: filling },
      contact: { lastName: 'Keller', companySize: 42 },
      answers: [{ questionId: 'q-size', optionIds: ['large'] }],
      rating: undefined,
      consentGiven: false,
      language: 'en',
      now: '2026-03-01T02:00:00.000Z',
    });
    expect(draft.companySize).toBe(42);
  });
});
