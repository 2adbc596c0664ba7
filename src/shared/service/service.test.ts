import { describe, expect, it } from 'vitest';
import type { Activity } from '../domain/activity.ts';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { type Ticket, ticketSchema } from '../domain/ticket.ts';
import { applyServiceLevels, slaTargetFor } from './serviceLevels.ts';
import { slaStatus } from './slaStatus.ts';
import {
  changeTicketStatus,
  openTicket,
  recordFirstResponse,
  recordTicketReply,
} from './ticketCommands.ts';

const serviceLevels = {
  kind: 'serviceLevels' as const,
  targets: [{ priority: 'high' as const, firstResponseMinutes: 120, resolutionMinutes: 480 }],
};
const agent = { id: 'user-support-liu', role: 'rep' as const };
const opened = '2026-03-21T01:00:00.000Z';
const minutes = (n: number) => new Date(Date.parse(opened) + n * 60_000).toISOString();

function fresh(priority: Ticket['priority'] = 'high'): Ticket {
  return openTicket({
    id: exampleRecords.tickets.id,
    number: 'T-2026-A7-0001',
    input: {
      accountId: exampleRecords.accounts.id,
      orderId: exampleRecords.orders.id,
      subject: ' Pairing fails ',
      priority,
    },
    actor: agent,
    now: opened,
    serviceLevels,
  });
}

describe('SLA targets', () => {
  it('come from settings per priority, else the defaults', () => {
    expect(slaTargetFor({ priority: 'high', serviceLevels })).toEqual({
      firstResponseMinutes: 120,
      resolutionMinutes: 480,
    });
    expect(slaTargetFor({ priority: 'urgent', serviceLevels })).toEqual({
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
    });
  });

  it('set deadlines when a ticket opens and after a priority change', () => {
    const ticket = fresh();
    expect(ticket).toMatchObject({
      status: 'new',
      subject: 'Pairing fails',
      sla: { firstResponseDueAt: minutes(120), resolutionDueAt: minutes(480) },
    });
    expect(ticketSchema.parse(ticket)).toEqual(ticket);
    const urgent = applyServiceLevels({ ticket: { ...ticket, priority: 'urgent' } });
    expect(urgent.sla).toEqual({ firstResponseDueAt: minutes(60), resolutionDueAt: minutes(480) });
  });

  it('needs a subject', () => {
    expect(() =>
      openTicket({
        id: exampleRecords.tickets.id,
        number: 'T-1',
        input: { accountId: exampleRecords.accounts.id, subject: ' ', priority: 'low' },
        actor: agent,
        now: opened,
      }),
    ).toThrow(expect.objectContaining({ code: 'subjectRequired' }));
  });
});

describe('slaStatus', () => {
  const ticket = fresh();

  it.each([
    [minutes(0), 'pending', 'pending', false],
    [minutes(120), 'pending', 'pending', false],
    [minutes(121), 'breached', 'pending', true],
    [minutes(481), 'breached', 'breached', true],
  ])('at %s: first response %s, resolution %s, breached %s', (now, first, resolution, breached) => {
    const status = slaStatus({ ticket, now });
    expect([status.firstResponse.state, status.resolution.state, status.breached]).toEqual([
      first,
      resolution,
      breached,
    ]);
  });

  it('reports minutes left and late', () => {
    expect(slaStatus({ ticket, now: minutes(30) }).firstResponse).toEqual({
      state: 'pending',
      dueAt: minutes(120),
      minutesLeft: 90,
    });
    expect(slaStatus({ ticket, now: minutes(150) }).firstResponse).toEqual({
      state: 'breached',
      dueAt: minutes(120),
      minutesLate: 30,
    });
  });

  it('keeps a met or missed deadline whatever the time now', () => {
    const answered = recordFirstResponse({ ticket, now: minutes(100) });
    expect(recordFirstResponse({ ticket: answered, now: minutes(200) })).toBe(answered);
    const late = changeTicketStatus({
      ticket: answered,
      to: 'resolved',
      actor: agent,
      resolution: 'Firmware 2.1',
      now: minutes(500),
    });
    const status = slaStatus({ ticket: late, now: minutes(10_000) });
    expect(status.firstResponse).toEqual({ state: 'met', dueAt: minutes(120), at: minutes(100) });
    expect(status.resolution).toEqual({
      state: 'breached',
      dueAt: minutes(480),
      at: minutes(500),
      minutesLate: 20,
    });
    expect(status.breached).toBe(true);
  });

  it('has nothing to say without targets', () => {
    expect(slaStatus({ ticket: { sla: {} }, now: opened })).toEqual({
      firstResponse: { state: 'none' },
      resolution: { state: 'none' },
      breached: false,
    });
  });
});

describe('ticket status changes', () => {
  it('new → in progress ⇄ waiting on customer → resolved → closed, stamping SLA facts', () => {
    let ticket = changeTicketStatus({
      ticket: fresh(),
      to: 'in_progress',
      actor: agent,
      now: minutes(10),
    });
    expect(ticket.sla.firstRespondedAt).toBe(minutes(10));
    ticket = changeTicketStatus({
      ticket,
      to: 'waiting_on_customer',
      actor: agent,
      now: minutes(20),
    });
    ticket = changeTicketStatus({ ticket, to: 'in_progress', actor: agent, now: minutes(30) });
    ticket = changeTicketStatus({
      ticket,
      to: 'resolved',
      actor: agent,
      resolution: ' Re-paired ',
      now: minutes(40),
    });
    expect(ticket).toMatchObject({
      status: 'resolved',
      resolution: 'Re-paired',
      sla: { firstRespondedAt: minutes(10), resolvedAt: minutes(40) },
    });
    ticket = changeTicketStatus({ ticket, to: 'closed', actor: agent, now: minutes(50) });
    expect(ticket).toMatchObject({ status: 'closed', closedAt: minutes(50) });
    expect(slaStatus({ ticket, now: minutes(9_999) }).breached).toBe(false);
    expect(ticketSchema.parse(ticket)).toEqual(ticket);
  });

  it('reopening clears the resolution so the clock runs again', () => {
    const resolved = changeTicketStatus({
      ticket: fresh(),
      to: 'resolved',
      actor: agent,
      now: minutes(40),
    });
    const closed = changeTicketStatus({
      ticket: resolved,
      to: 'closed',
      actor: agent,
      now: minutes(50),
    });
    expect(() =>
      changeTicketStatus({
        ticket: closed,
        to: 'in_progress',
        actor: agent,
        reason: 'Back',
        now: minutes(600),
      }),
    ).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
    const reopened = changeTicketStatus({
      ticket: closed,
      to: 'in_progress',
      actor: { id: 'm', role: 'manager' },
      reason: 'Fails again',
      now: minutes(600),
    });
    expect(reopened).not.toHaveProperty('closedAt');
    expect(reopened.sla).not.toHaveProperty('resolvedAt');
    expect(slaStatus({ ticket: reopened, now: minutes(600) }).resolution.state).toBe('breached');
  });
});

describe('a reply logged on a ticket', () => {
  const call = (at: string, extra: Partial<Pick<Activity, 'type' | 'direction'>> = {}) => ({
    type: 'call' as const,
    occurredAt: at,
    ...extra,
  });

  it('is the first response, when it happened, and takes a new ticket in hand', () => {
    const ticket = recordTicketReply({
      ticket: fresh(),
      activity: call(minutes(25)),
      actor: agent,
      now: minutes(40),
    });
    expect(ticket).toMatchObject({
      status: 'in_progress',
      updatedAt: minutes(40),
      sla: { firstRespondedAt: minutes(25) },
    });
    expect(slaStatus({ ticket, now: minutes(40) }).firstResponse.state).toBe('met');
    // A later reply keeps the first one.
    const later = recordTicketReply({
      ticket,
      activity: call(minutes(90)),
      actor: agent,
      now: minutes(90),
    });
    expect(later).toBe(ticket);
  });

  it('never dates the response before the ticket was opened or after now', () => {
    const early = recordTicketReply({
      ticket: fresh(),
      activity: call(minutes(-30), { type: 'email' }),
      actor: agent,
      now: minutes(5),
    });
    expect(early.sla.firstRespondedAt).toBe(minutes(0));
    const future = recordTicketReply({
      ticket: fresh(),
      activity: call(minutes(500), { type: 'meeting' }),
      actor: agent,
      now: minutes(5),
    });
    expect(future.sla.firstRespondedAt).toBe(minutes(5));
  });

  it('is not a note, a task, the customer calling in, or anything on a closed ticket', () => {
    for (const activity of [
      call(minutes(5), { type: 'note' }),
      call(minutes(5), { type: 'task' }),
      call(minutes(5), { direction: 'inbound' }),
    ]) {
      const ticket = fresh();
      expect(recordTicketReply({ ticket, activity, actor: agent, now: minutes(5) })).toBe(ticket);
    }
    const closed = { ...fresh(), status: 'closed' as const };
    expect(
      recordTicketReply({
        ticket: closed,
        activity: call(minutes(5)),
        actor: agent,
        now: minutes(5),
      }),
    ).toBe(closed);
  });
});
