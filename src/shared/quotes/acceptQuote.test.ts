import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Quote, quoteSchema } from '../domain/quote.ts';
import { acceptQuote } from './acceptQuote.ts';
import { contractStatus, renewalReminderTask } from './contractStatus.ts';

const { acceptance: _a, ...rest } = exampleRecords.quotes;
const sent: Quote = { ...rest, status: 'sent' };
const rep = { id: 'user-wang-li', role: 'rep' as const };
const signature =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const now = '2026-03-10T08:00:00.000Z';
const acceptance = { signedBy: ' 王丽 ', signerTitle: '采购经理', signatureDataUrl: signature };

describe('acceptQuote', () => {
  it('turns a sent quote into a contract with the acceptance record', () => {
    const accepted = acceptQuote({
      quote: sent,
      actor: rep,
      acceptance,
      contract: { contractNumber: 'C-2026-A7-0001', startsOn: '2026-04-01', termMonths: 12 },
      now,
    });
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptance: {
        signedBy: '王丽',
        signerTitle: '采购经理',
        signedAt: now,
        contractNumber: 'C-2026-A7-0001',
        signatureDataUrl: signature,
        recordedBy: rep.id,
      },
      contract: {
        startsOn: '2026-04-01',
        endsOn: '2027-03-31',
        paymentTermsDays: 30,
        renewalOn: '2027-01-30',
      },
    });
    expect(quoteSchema.parse(accepted)).toEqual(accepted);
  });

  it('takes the quote payment terms and an explicit end and notice', () => {
    const accepted = acceptQuote({
      quote: { ...sent, paymentTermsDays: 45 },
      actor: rep,
      acceptance,
      contract: {
        contractNumber: 'C-1',
        startsOn: '2026-04-01',
        endsOn: '2026-04-20',
        renewalNoticeDays: 60,
      },
      now,
    });
    // A notice longer than the contract puts the renewal on the start date.
    expect(accepted.contract).toEqual({
      startsOn: '2026-04-01',
      endsOn: '2026-04-20',
      paymentTermsDays: 45,
      renewalOn: '2026-04-01',
    });
  });

  it.each([
    ['a blank name', { ...acceptance, signedBy: '  ' }, 'signerNameRequired'],
    ['no drawn signature', { ...acceptance, signatureDataUrl: 'not-an-image' }, 'invalidSignature'],
  ])('refuses %s', (_label, input, code) => {
    expect(() =>
      acceptQuote({
        quote: sent,
        actor: rep,
        acceptance: input,
        contract: { contractNumber: 'C-1', startsOn: '2026-04-01', termMonths: 12 },
        now,
      }),
    ).toThrow(expect.objectContaining({ code }));
  });

  it('refuses an expired, unsent or endless contract', () => {
    const contract = { contractNumber: 'C-1', startsOn: '2026-04-01', termMonths: 12 };
    expect(() =>
      acceptQuote({
        quote: sent,
        actor: rep,
        acceptance,
        contract,
        now: '2026-04-06T00:00:00.000Z',
      }),
    ).toThrow(expect.objectContaining({ code: 'quoteExpired' }));
    expect(() =>
      acceptQuote({ quote: { ...sent, status: 'draft' }, actor: rep, acceptance, contract, now }),
    ).toThrow(expect.objectContaining({ code: 'forbiddenTransition' }));
    expect(() =>
      acceptQuote({
        quote: sent,
        actor: rep,
        acceptance,
        contract: { contractNumber: 'C-1', startsOn: '2026-04-01' },
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'contractEndRequired' }));
    expect(() =>
      acceptQuote({
        quote: sent,
        actor: rep,
        acceptance,
        contract: { contractNumber: 'C-1', startsOn: '2026-04-01', endsOn: '2026-03-01' },
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalidDateRange' }));
  });
});

describe('contract status and renewal', () => {
  const contract = acceptQuote({
    quote: sent,
    actor: rep,
    acceptance,
    contract: { contractNumber: 'C-2026-A7-0001', startsOn: '2026-04-01', endsOn: '2026-12-31' },
    now,
  });

  it.each([
    ['2026-03-15', 'active'],
    ['2026-11-30', 'active'],
    ['2026-12-01', 'expiring'],
    ['2026-12-31', 'expiring'],
    ['2027-01-01', 'expired'],
  ])('on %s the contract is %s', (today, status) => {
    expect(contractStatus({ quote: contract, today })).toBe(status);
  });

  it('makes a renewal task for the owner on the renewal date', () => {
    expect(renewalReminderTask(contract)).toEqual({
      kind: 'contractRenewal',
      key: `contractRenewal:${contract.id}:2026-12-31`,
      params: { contractNumber: 'C-2026-A7-0001', endsOn: '2026-12-31' },
      related: { collection: 'accounts', id: contract.accountId },
      dueAt: '2026-11-01T00:00:00.000Z',
      assigneeId: contract.ownerId,
    });
  });

  it('refuses a quote that is no contract', () => {
    expect(() => contractStatus({ quote: sent, today: '2026-01-01' })).toThrow(
      expect.objectContaining({ code: 'notAContract' }),
    );
  });
});
