import type {
  EventKind,
  FieldEvent,
  QualificationQuestion,
} from '../../../../shared/domain/event.ts';
import { newId } from '../../../../shared/ids/newId.ts';
import { currencyExponent } from '../../../../shared/money/currencies.ts';
import { moneyFromDecimal } from '../../../../shared/money/parseDecimal.ts';
import type { EventInput } from '../../../data/index.ts';

/** What the event editor holds: strings the inputs show, questions as edited. */
export type EventFormValues = {
  name: string;
  kind: EventKind;
  venue: string;
  city: string;
  startsOn: string;
  endsOn: string;
  costAmount: string;
  costCurrency: string;
  teamId: string | null;
  code: string;
  notes: string;
  consentVersion: string;
  consentEn: string;
  consentZh: string;
  questions: QualificationQuestion[];
};

export function emptyEventFormValues(today: string): EventFormValues {
  return {
    name: '',
    kind: 'trade_show',
    venue: '',
    city: '',
    startsOn: today,
    endsOn: today,
    costAmount: '',
    costCurrency: 'CNY',
    teamId: null,
    code: '',
    notes: '',
    consentVersion: '1',
    consentEn: '',
    consentZh: '',
    questions: [],
  };
}

function decimalOf(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  return exponent === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

export function eventToFormValues(event: FieldEvent): EventFormValues {
  return {
    name: event.name,
    kind: event.kind,
    venue: event.venue ?? '',
    city: event.city ?? '',
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    costAmount: event.cost ? decimalOf(event.cost.amount, event.cost.currency) : '',
    costCurrency: event.cost?.currency ?? 'CNY',
    teamId: event.teamId ?? null,
    code: event.code ?? '',
    notes: event.notes,
    consentVersion: event.consent?.version ?? '1',
    consentEn: event.consent?.textEn ?? '',
    consentZh: event.consent?.textZh ?? '',
    questions: event.qualificationQuestions,
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The command input for the form, or the name of the first field that cannot be read. */
export function formValuesToEventInput(
  values: EventFormValues,
): { ok: true; input: EventInput } | { ok: false; field: 'costAmount' } {
  let cost: EventInput['cost'];
  if (values.costAmount.trim() !== '') {
    cost = moneyFromDecimal(values.costAmount, values.costCurrency);
    if (!cost) return { ok: false, field: 'costAmount' };
  }
  const hasConsent = values.consentEn.trim() !== '' || values.consentZh.trim() !== '';
  return {
    ok: true,
    input: {
      name: values.name.trim(),
      kind: values.kind,
      venue: optional(values.venue),
      city: optional(values.city),
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      cost,
      teamId: values.teamId ?? undefined,
      code: optional(values.code),
      notes: values.notes,
      consent: hasConsent
        ? {
            version: values.consentVersion.trim() || '1',
            textEn: values.consentEn.trim(),
            textZh: values.consentZh.trim(),
          }
        : undefined,
      qualificationQuestions: values.questions.map(cleanQuestion),
    },
  };
}

/**
 * A question as it is stored: trimmed prompt, only the non-empty options of a choice question,
 * a highest rating only for rating questions, and the lead field it fills (with the value of
 * each option for that field alone) only for a single-choice question.
 */
export function cleanQuestion(question: QualificationQuestion): QualificationQuestion {
  const fills = question.type === 'single' ? question.fills : undefined;
  return {
    ...question,
    prompt: question.prompt.trim(),
    options:
      question.type === 'single' || question.type === 'multiple'
        ? question.options
            .map(({ id, label, ...values }) => ({
              id,
              label: label.trim(),
              ...(fills && values[fills] !== undefined ? { [fills]: values[fills] } : {}),
            }))
            .filter((option) => option.label !== '')
        : [],
    ratingMax: question.type === 'rating' ? (question.ratingMax ?? 5) : undefined,
    fills,
  };
}

/** A fresh question of a type, with two empty options for choice questions. */
export function newQuestion(nowMs: number): QualificationQuestion {
  return {
    id: newId(nowMs),
    type: 'single',
    prompt: '',
    required: false,
    options: [
      { id: newId(nowMs), label: '' },
      { id: newId(nowMs + 1), label: '' },
    ],
  };
}
