import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/domain/DomainError.ts';
import { quoteStatuses } from '../../../../shared/domain/quote.ts';
import { LeadValidationError } from '../../../data/index.ts';
import { createI18n } from '../../../i18n/createI18n.ts';
import { errorMessage, errorMessageNaming } from './errorMessage.ts';

const quoteErrorMessage = errorMessageNaming(quoteStatuses, 'quotes');

describe('command error messages', () => {
  it('name a record’s status as the person reads it, in their language', () => {
    const refused = new DomainError('quoteNotEditable', { number: 'Q-2026-0007', status: 'sent' });
    expect(quoteErrorMessage(refused, createI18n('en').t)).toBe(
      'Quote Q-2026-0007 is Sent; revise it to make changes.',
    );
    expect(quoteErrorMessage(refused, createI18n('zh-CN').t)).toBe(
      '报价单 Q-2026-0007 状态为“已发送”，请先修订再修改。',
    );
  });

  it('name lead statuses in any command’s refusal', () => {
    const refused = new DomainError('forbiddenTransition', { from: 'new', to: 'converted' });
    expect(errorMessage(refused, createI18n('en').t)).toBe(
      `This record cannot move from “New” to “Converted”.`,
    );
  });

  it('say what was wrong with a lead, and something general for what no one expected', () => {
    const t = createI18n('en').t;
    const invalid = new LeadValidationError([{ field: 'email', code: 'invalidEmail' }]);
    expect(errorMessage(invalid, t)).toBe(t('leads.errors.invalidEmail'));
    expect(errorMessage(new DomainError('noSuchCode'), t)).toBe(t('errors.unknown'));
    expect(quoteErrorMessage(new TypeError('boom'), t)).toBe(t('errors.unknown'));
  });
});
