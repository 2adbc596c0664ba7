import type { Account } from '../domain/account.ts';
import type { Activity } from '../domain/activity.ts';
import type { Contact } from '../domain/contact.ts';
import type { FieldEvent } from '../domain/event.ts';
import type { Invoice } from '../domain/invoice.ts';
import type { Lead } from '../domain/lead.ts';
import type { Opportunity, OpportunityStage } from '../domain/opportunity.ts';
import type { Order } from '../domain/order.ts';
import type { Product } from '../domain/product.ts';
import type { Quote } from '../domain/quote.ts';
import type { Ticket } from '../domain/ticket.ts';
import { computeQuoteTotals } from '../money/computeQuoteTotals.ts';
import { numberInvoicesByIssueDate } from './numberInvoices.ts';
import { contactFromLead } from './salesYearContacts.ts';
import { yearEvents } from './salesYearEvents.ts';
import { addOrder, date, dayMs, iso, stamp, type YearContext } from './salesYearFulfilment.ts';
import {
  companyNamer,
  profileDemoLead,
  rateDemoLead,
  scoreDemoLeads,
} from './salesYearLeadProfile.ts';
import { catalogLines, restockForYear } from './salesYearStock.ts';
import { addHotLeadFollowUps } from './salesYearTasks.ts';
import { addTickets } from './salesYearTickets.ts';
import {
  chineseTitles,
  englishFirst,
  englishLast,
  englishTitles,
  familyNames,
  givenNames,
  rejectionReasons,
  sources,
} from './salesYearVocabulary.ts';
import { seededId, seededRandom } from './seededRandom.ts';

export type SalesYear = {
  events: FieldEvent[];
  leads: Lead[];
  accounts: Account[];
  activities: Activity[];
  opportunities: Opportunity[];
  quotes: Quote[];
  orders: Order[];
  invoices: Invoice[];
  tickets: Ticket[];
  contacts: Contact[];
  /** The catalog's goods with the year's monthly receipts added to their stock ledger. */
  products: Product[];
};

export type SalesYearOptions = {
  seed?: number;
  /** The year ends here (ISO instant): nothing is dated later. */
  end: string;
  owners: readonly string[];
  /** Approves discounts and receives goods; the first owner if absent. */
  managerId?: string;
  /** Records payments and write-offs; the manager if absent. */
  financeId?: string;
  /** The company's catalog: every line sells one of these (goods and services). */
  products: readonly Product[];
  teamId?: string;
  leads?: number;
  opportunities?: number;
  orders?: number;
  tickets?: number;
};

/**
 * A year of a sales team's work, consistent from lead to cash: events, leads (some converted
 * into accounts and deals), first touches, deals through the stages, quotes, orders with
 * shipments, invoices with payments and write-offs, and service tickets. Deterministic for a seed.
 */
export function generateSalesYear(options: SalesYearOptions): SalesYear {
  const random = seededRandom(options.seed ?? 2026);
  // Leads' profiles draw from their own stream: adding them left the rest of the year unchanged.
  const profileRandom = seededRandom((options.seed ?? 2026) ^ 0x5eed_1ead);
  const endMs = Date.parse(options.end);
  const startMs = endMs - 365 * dayMs;
  let counter = 0;
  const id = (ms: number) => seededId(ms, ++counter);
  const owner = () => random.pick(options.owners);
  const managerId = options.managerId ?? options.owners[0] ?? '';
  const at = (from: number, maxDays: number) =>
    Math.min(endMs - 60_000, from + random.next() * maxDays * dayMs);
  const teamId = options.teamId;
  const out: SalesYear = {
    events: [],
    leads: [],
    accounts: [],
    activities: [],
    opportunities: [],
    quotes: [],
    orders: [],
    invoices: [],
    tickets: [],
    contacts: [],
    products: [],
  };
  const context: YearContext = {
    random,
    id,
    at,
    endMs,
    out,
    lastId: () => counter,
    financeId: options.financeId ?? managerId,
  };

  out.events.push(
    ...yearEvents({
      random,
      id,
      startMs,
      endMs,
      ownerId: options.owners[0] ?? 'manager',
      ...(teamId ? { teamId } : {}),
    }),
  );

  const companyName = companyNamer(random);

  const leadCount = options.leads ?? 20_000;
  const dealCount = Math.min(options.opportunities ?? 2_000, leadCount);
  let convertedCount = 0;
  for (let index = 0; index < leadCount; index += 1) {
    const ms = startMs + ((index + random.next()) / leadCount) * (endMs - startMs - dayMs);
    const source = random.pick(sources);
    const event =
      source === 'trade_show'
        ? out.events.find(
            (candidate) =>
              candidate.kind === 'trade_show' &&
              Math.abs(Date.parse(candidate.startsOn) - ms) < 20 * dayMs,
          )
        : undefined;
    const chinese = random.chance(0.8);
    const converted =
      index % Math.max(1, Math.floor(leadCount / dealCount)) === 0 && convertedCount < dealCount;
    if (converted) convertedCount += 1;
    const status = converted
      ? 'converted'
      : random.pick(['new', 'new', 'contacted', 'contacted', 'qualified', 'disqualified'] as const);
    const ownerId = owner();
    const firstName = chinese ? random.pick(givenNames) : random.pick(englishFirst);
    const lastName = chinese ? random.pick(familyNames) : random.pick(englishLast);
    const company = companyName(converted);
    const title = chinese ? random.pick(chineseTitles) : random.pick(englishTitles);
    // A rating and a score were drawn here before leads had profiles; still drawn, so the rest
    // of the year stays as it was.
    random.next();
    const consent = random.chance(0.7) ? { given: true, at: iso(ms) } : { given: false };
    random.next();
    const lead: Lead = {
      id: id(ms),
      ...stamp(ms, ownerId),
      firstName,
      lastName,
      company,
      title,
      source,
      status,
      notes: '',
      consent,
      ...profileDemoLead({
        random: profileRandom,
        status,
        person: { chinese, firstName, lastName },
        serial: index,
      }),
      ...(event ? { eventId: event.id } : {}),
      ...(converted ? { convertedAt: iso(at(ms, 20)) } : {}),
    };
    out.leads.push(lead);
    let firstTouch: Activity | undefined;
    if (random.chance(0.65)) {
      const touchMs = at(ms, random.pick([0.02, 0.1, 1, 3]));
      firstTouch = {
        id: id(touchMs),
        ...stamp(touchMs, ownerId),
        type: random.pick(['call', 'email', 'visit'] as const),
        subject: '首次联系',
        body: '',
        related: { collection: 'leads', id: lead.id },
        occurredAt: iso(touchMs),
        contactIds: [],
        done: true,
      };
      out.activities.push(firstTouch);
    }
    lead.rating = rateDemoLead({
      random: profileRandom,
      lead,
      activities: firstTouch ? [firstTouch] : [],
    });
    if (converted) addDeal(lead, Date.parse(lead.convertedAt ?? lead.createdAt));
  }

  function addDeal(lead: Lead, ms: number) {
    const account: Account = {
      id: id(ms),
      ...stamp(ms, lead.ownerId),
      name: lead.company,
      country: 'CN',
      tags: [],
      leadId: lead.id,
      notes: '',
      ...(teamId ? { teamId } : {}),
    };
    out.accounts.push(account);
    const contact = contactFromLead(lead, account.id, id(ms), ms);
    out.contacts.push(contact);
    const lines = catalogLines(random, options.products, [id(ms), id(ms)], date(ms));
    const totals = computeQuoteTotals({ lines, orderDiscountBps: 0, currency: 'CNY' });
    const documentTotals = {
      subtotal: totals.subtotal,
      discount: totals.discount,
      tax: totals.tax,
      total: totals.total,
    };
    const roll = random.next();
    const ageDays = (endMs - ms) / dayMs;
    // Deals of the last month are open; older ones mostly closed, a few still dragging on.
    const stillOpen = ageDays < 30 || random.chance(ageDays < 120 ? 0.25 : 0.03);
    const stage: OpportunityStage =
      ageDays < 30
        ? random.pick(['prospecting', 'qualification', 'proposal', 'negotiation'] as const)
        : stillOpen
          ? random.pick(['qualification', 'proposal', 'negotiation'] as const)
          : roll < 0.53
            ? 'closed_won'
            : 'closed_lost';
    const closedMs = at(ms, Math.min(120, Math.max(1, ageDays - 1)));
    const order: OpportunityStage[] = ['prospecting', 'qualification', 'proposal', 'negotiation'];
    const reached =
      stage === 'closed_won'
        ? 4
        : stage === 'closed_lost'
          ? random.int(0, 3)
          : order.indexOf(stage);
    const history = order
      .slice(0, Math.min(reached, 3) + 1)
      .slice(1)
      .map((to, step) => ({
        from: order[step] ?? 'prospecting',
        to,
        at: iso(ms + (step + 1) * dayMs),
        by: lead.ownerId,
      }));
    if (stage === 'closed_won' || stage === 'closed_lost') {
      history.push({
        from: order[Math.min(reached, 3)] ?? 'prospecting',
        to: stage,
        at: iso(closedMs),
        by: lead.ownerId,
      });
    }
    const deal: Opportunity = {
      id: id(ms),
      ...stamp(ms, lead.ownerId),
      accountId: account.id,
      contactIds: [],
      name: `${lead.company} 扫描方案`,
      stage,
      amount: { amount: totals.total, currency: 'CNY' },
      probability:
        stage === 'closed_won'
          ? 100
          : stage === 'closed_lost'
            ? 0
            : ([10, 25, 50, 75][order.indexOf(stage)] ?? 10),
      // An open deal is expected to close from next week to next quarter.
      expectedCloseDate: stillOpen
        ? date(endMs + random.int(7, 90) * dayMs)
        : date(Math.max(ms, closedMs)),
      leadId: lead.id,
      ...(lead.eventId ? { eventId: lead.eventId } : {}),
      ...(teamId ? { teamId } : {}),
      ...(stage.startsWith('closed') ? { closedAt: iso(closedMs) } : {}),
      ...(stage === 'closed_lost' ? { lostReason: 'Price' } : {}),
      description: '',
      stageHistory: history,
    };
    out.opportunities.push(deal);
    // Most open deals older than two weeks were worked on lately; the rest have gone quiet (the
    // idle-deal rule makes their follow-up tasks).
    if (stillOpen && ageDays > 14 && random.chance(0.85)) {
      const touchMs = endMs - random.int(1, 12) * dayMs;
      out.activities.push({
        id: id(touchMs),
        ...stamp(touchMs, lead.ownerId),
        type: random.pick(['call', 'meeting', 'email'] as const),
        subject: random.pick(['跟进方案', '确认预算', '安排演示', 'Follow-up call']),
        body: '',
        related: { collection: 'opportunities', id: deal.id },
        occurredAt: iso(touchMs),
        contactIds: [],
        done: true,
      });
    }
    if (reached < 2) return;
    const sentMs = Math.min(ms + 3 * dayMs, closedMs);
    // Discounts above 10 % need the manager (the demo's approval threshold); the last two
    // weeks' such quotes are still waiting for that decision, unsent.
    const needsApproval = documentTotals.discount > documentTotals.subtotal * 0.1;
    const awaitingApproval =
      needsApproval && stage !== 'closed_won' && stage !== 'closed_lost' && ageDays < 14;
    const quoteStatus =
      stage === 'closed_won'
        ? 'accepted'
        : stage === 'closed_lost'
          ? 'rejected'
          : awaitingApproval
            ? 'pending_approval'
            : 'sent';
    const quote: Quote = {
      id: id(sentMs),
      ...stamp(sentMs, lead.ownerId),
      opportunityId: deal.id,
      accountId: account.id,
      contactId: contact.id,
      number: `Q-${date(sentMs).slice(0, 4)}-D1-${String(out.quotes.length + 1).padStart(4, '0')}`,
      version: 1,
      status: quoteStatus,
      currency: 'CNY',
      lines,
      orderDiscountBps: 0,
      totals: documentTotals,
      // Valid for 30 days, or until the customer signed (a won quote is accepted while valid).
      validUntil: date(Math.max(sentMs + 30 * dayMs, stage === 'closed_won' ? closedMs : 0)),
      terms: '',
      ...(awaitingApproval ? {} : { sentAt: iso(sentMs) }),
      previousVersions: [],
      ...(awaitingApproval
        ? {
            approval: {
              requestedBy: lead.ownerId,
              requestedAt: iso(sentMs),
              reason: '客户对标竞品报价，要求更高折扣',
            },
          }
        : {}),
      ...(needsApproval && !awaitingApproval
        ? {
            approval: {
              requestedBy: lead.ownerId,
              requestedAt: iso(sentMs - 8 * 3_600_000),
              decidedBy: managerId,
              decision: 'approved' as const,
              decidedAt: iso(sentMs - random.int(1, 7) * 3_600_000),
            },
          }
        : {}),
      ...(quoteStatus === 'accepted'
        ? {
            acceptance: {
              signedBy: formatName(lead),
              signedAt: iso(closedMs),
              contractNumber: `C-${date(closedMs).slice(0, 4)}-D1-${String(out.quotes.length + 1).padStart(4, '0')}`,
            },
            // A year from signing, renewal talked about two months before it ends (the term the
            // app asks for at acceptance), so the year's oldest contracts are up for renewal.
            contract: {
              startsOn: date(closedMs),
              endsOn: date(closedMs + 364 * dayMs),
              paymentTermsDays: 30,
              renewalOn: date(closedMs + 304 * dayMs),
            },
          }
        : {}),
      ...(quoteStatus === 'rejected' ? { rejectionReason: random.pick(rejectionReasons) } : {}),
    };
    out.quotes.push(quote);
    if (stage === 'closed_won' && out.orders.length < (options.orders ?? 800))
      addOrder(context, deal, quote, lines, documentTotals, closedMs);
  }

  function formatName(lead: Lead) {
    return `${lead.lastName}${lead.firstName}`;
  }

  addTickets(context, options.tickets ?? 300);
  addHotLeadFollowUps(context);
  scoreDemoLeads(out.leads, out.activities, options.end);
  out.products = restockForYear({ products: options.products, orders: out.orders, managerId });
  // Final invoice numbers run gap-free in the order invoices were issued, as the server's would.
  out.invoices = numberInvoicesByIssueDate(out.invoices).invoices;
  return out;
}
