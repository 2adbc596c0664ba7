import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Quote, quoteSchema } from '../domain/quote.ts';
import { decideApproval, requestApproval, sendQuote } from './quoteApproval.ts';

const { acceptance: _a, approval: _b, sentAt: _s, ...base } = exampleRecords.quotes;
const rep = { id: 'user-wang-li', role: 'rep' as const };
const manager = { id: 'user-zhang-wei', role: 'manager' as const };
const otherRep = { id: 'user-zhao', role: 'rep' as const };
const thresholds =
  exampleRecords.settings.value.kind === 'approvalThresholds'
    ? exampleRecords.settings.value
    : undefined;
if (thresholds === undefined) throw new Error('example setting holds approval thresholds');
const now = '2026-03-06T02:00:00.000Z';
// 5 % line discount: within the 10 % CNY threshold. 15 % order discount: over it.
const small: Quote = { ...base, status: 'draft', ownerId: rep.id };
const big: Quote = { ...small, orderDiscountBps: 1_500 };

describe('quote approval', () => {
  it('round-trips: request offline, manager approves with a comment, rep sends', () => {
    const pending = requestApproval({ quote: big, actor: rep, reason: ' Key account ', now });
    expect(pending).toMatchObject({
      status: 'pending_approval',
      approval: { requestedBy: rep.id, requestedAt: now, reason: 'Key account' },
    });
    const later = '2026-03-06T03:00:00.000Z';
    const approved = decideApproval({
      quote: pending,
      actor: manager,
      decision: 'approved',
      comment: '同意',
      now: later,
      thresholds,
    });
    expect(approved).toMatchObject({
      status: 'approved',
      approval: { decidedBy: manager.id, decision: 'approved', comment: '同意', decidedAt: later },
    });
    const sent = sendQuote({ quote: approved, actor: rep, thresholds, now: later });
    expect(sent).toMatchObject({ status: 'sent', sentAt: later });
    expect(quoteSchema.parse(sent)).toEqual(sent);
  });

  it('returns a rejected quote to draft with the required comment', () => {
    const pending = requestApproval({ quote: big, actor: rep, now });
    expect(() =>
      decideApproval({ quote: pending, actor: manager, decision: 'rejected', now }),
    ).toThrow(expect.objectContaining({ code: 'reasonRequired' }));
    const rejected = decideApproval({
      quote: pending,
      actor: manager,
      decision: 'rejected',
      comment: 'Max 10 %',
      now,
    });
    expect(rejected).toMatchObject({
      status: 'draft',
      approval: { decision: 'rejected', comment: 'Max 10 %' },
    });
  });

  it('never lets anyone approve their own quote, even a manager', () => {
    const ownByManager = requestApproval({
      quote: { ...big, ownerId: manager.id },
      actor: manager,
      now,
    });
    expect(() =>
      decideApproval({ quote: ownByManager, actor: manager, decision: 'approved', now }),
    ).toThrow(expect.objectContaining({ code: 'cannotApproveOwnQuote' }));
    const askedByManager = requestApproval({ quote: big, actor: manager, now });
    expect(() =>
      decideApproval({ quote: askedByManager, actor: manager, decision: 'approved', now }),
    ).toThrow(expect.objectContaining({ code: 'cannotApproveOwnQuote' }));
  });

  it('lets only the approver role decide', () => {
    const pending = requestApproval({ quote: big, actor: rep, now });
    expect(() =>
      decideApproval({ quote: pending, actor: otherRep, decision: 'approved', now, thresholds }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    expect(() =>
      decideApproval({
        quote: pending,
        actor: { id: 'fin', role: 'finance' },
        decision: 'approved',
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    expect(
      decideApproval({
        quote: pending,
        actor: { id: 'boss', role: 'admin' },
        decision: 'approved',
        now,
        thresholds,
      }).status,
    ).toBe('approved');
  });

  it('decides only pending quotes', () => {
    expect(() => decideApproval({ quote: big, actor: manager, decision: 'approved', now })).toThrow(
      expect.objectContaining({ code: 'approvalNotPending' }),
    );
  });

  it('sends a draft straight away only when no threshold is broken', () => {
    expect(sendQuote({ quote: small, actor: rep, thresholds, now }).status).toBe('sent');
    expect(() => sendQuote({ quote: big, actor: rep, thresholds, now })).toThrow(
      expect.objectContaining({ code: 'approvalRequired' }),
    );
    const lineOver = {
      ...small,
      lines: small.lines.map((line) => ({ ...line, discountBps: 1_001 })),
    };
    expect(() => sendQuote({ quote: lineOver, actor: rep, thresholds, now })).toThrow(
      expect.objectContaining({ code: 'approvalRequired' }),
    );
  });

  it('refuses to send a quote past its validity', () => {
    expect(() =>
      sendQuote({ quote: small, actor: rep, thresholds, now: '2026-04-06T00:00:00.000Z' }),
    ).toThrow(expect.objectContaining({ code: 'quoteExpired' }));
  });
});
