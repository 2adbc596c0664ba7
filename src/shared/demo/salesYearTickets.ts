import type { Ticket, TicketPriority, ticketChannels } from '../domain/ticket.ts';
import { applyServiceLevels, defaultSlaTargets } from '../service/serviceLevels.ts';
import { date, dayMs, iso, stamp, type YearContext } from './salesYearFulfilment.ts';

// The after-sales part of a generated sales year: service tickets on its orders (see
// generateSalesYear).

const priorities: readonly TicketPriority[] = ['low', 'normal', 'normal', 'high', 'urgent'];
const channels: ReadonlyArray<(typeof ticketChannels)[number]> = [
  'phone',
  'phone',
  'email',
  'email',
  'web',
  'chat',
  'visit',
];
/** What customers of scanners, printers and tablets call about: subject, description, resolution. */
const ticketTopics: ReadonlyArray<
  readonly [subject: string, description: string, resolution: string]
> = [
  [
    '扫描枪无法连接 WMS',
    '两台扫描枪蓝牙配对失败，仓库无法入库。',
    '远程重置配对并更新驱动，已恢复入库。',
  ],
  [
    '标签打印机卡纸',
    '打印到第三张标签时卡纸，已清理过一次。',
    '更换进纸滚轮，指导客户调整标签纸规格。',
  ],
  ['平板电脑无法开机', '充电一晚后仍然黑屏，指示灯不亮。', '电池故障，已寄送备机并返厂维修。'],
  ['条码识别率低', '冷库里扫描 PDF417 条码经常读不出来。', '更换低温版扫描头并调整解码参数。'],
  ['需要培训新员工', '下个月有十名新员工，需要一次现场培训。', '已完成现场培训，发送操作手册。'],
  ['发货缺少电源适配器', '收到的货物少了两个电源适配器。', '已补发两个电源适配器，客户确认收到。'],
  ['固件升级后无法联网', '升级到最新固件后 Wi-Fi 连接不上。', '回退到上一版固件，等待厂商修复。'],
  ['发票抬头有误', '发票上的公司名称少了“有限”两个字，需要重开。', '已作废原发票并重开。'],
  ['打印内容偏移', '标签内容整体向右偏移约 2 毫米。', '重新校准打印头位置。'],
  ['申请延长保修', '希望把十台设备的保修延长到三年。', '已报价延保服务，客户确认购买。'],
];

const ticketReplies: ReadonlyArray<readonly ['call' | 'email' | 'visit', string]> = [
  ['call', '电话回复客户，了解故障情况'],
  ['call', '已回电，远程排查中'],
  ['email', '邮件回复客户，索取照片和序列号'],
  ['visit', '工程师上门查看'],
];

/**
 * Service tickets on the year's orders, with the SLA deadlines the app sets (default targets) and
 * met as a real service team meets them: most on time, some late, old tickets nearly all done.
 */
export function addTickets({ random, id, endMs, out }: YearContext, ticketCount: number): void {
  const minute = 60_000;
  // The customer's contact (the converted lead) calls about it.
  const contactOf = new Map(out.contacts.map((contact) => [contact.accountId, contact.id]));
  // Customers call about what they received: only delivered orders get tickets.
  const delivered = out.orders.filter((order) => order.shipments[0]?.deliveredAt !== undefined);
  for (let index = 0; index < ticketCount && delivered.length > 0; index += 1) {
    const order = delivered[index % delivered.length];
    if (!order) break;
    // Within 60 days of the delivery, before the year's end: clamping a later draw to the end
    // (as `at` does) opened every ticket on last month's orders in the same minute.
    const orderMs = Date.parse(order.shipments[0]?.deliveredAt ?? order.createdAt);
    const ms =
      orderMs + random.next() * Math.max(0, Math.min(60 * dayMs, endMs - minute - orderMs));
    const priority = random.pick(priorities);
    const target = defaultSlaTargets[priority];
    const respondedMs =
      ms +
      (random.chance(0.9)
        ? random.int(5, target.firstResponseMinutes * 0.9)
        : random.int(target.firstResponseMinutes + 5, target.firstResponseMinutes * 2)) *
        minute;
    const resolvedMs =
      respondedMs +
      (random.chance(0.85)
        ? random.int(30, target.resolutionMinutes * 0.8)
        : random.int(target.resolutionMinutes, target.resolutionMinutes * 2)) *
        minute;
    // Nearly every ticket older than two weeks is done; recent ones are often still open.
    const resolved =
      resolvedMs < endMs && random.chance(resolvedMs < endMs - 14 * dayMs ? 0.98 : 0.6);
    const closed = resolved && random.chance(0.5);
    const [subject, description, resolution] = random.pick(ticketTopics);
    const ticket = applyServiceLevels({
      ticket: {
        id: id(ms),
        ...stamp(ms, order.ownerId),
        accountId: order.accountId,
        ...(contactOf.has(order.accountId) ? { contactId: contactOf.get(order.accountId) } : {}),
        orderId: order.id,
        number: `T-${date(ms).slice(0, 4)}-D1-${String(index + 1).padStart(4, '0')}`,
        subject,
        description,
        priority,
        channel: random.pick(channels),
        assigneeId: order.ownerId,
        status: resolved
          ? closed
            ? 'closed'
            : 'resolved'
          : respondedMs < endMs
            ? 'in_progress'
            : 'new',
        sla: {
          ...(respondedMs < endMs ? { firstRespondedAt: iso(respondedMs) } : {}),
          ...(resolved ? { resolvedAt: iso(resolvedMs) } : {}),
        },
        ...(resolved ? { resolution } : {}),
      } satisfies Ticket,
    });
    out.tickets.push(
      closed ? { ...ticket, closedAt: iso(Math.min(endMs - minute, resolvedMs + dayMs)) } : ticket,
    );
    // The first response is a reply on the ticket's timeline, as the app records it.
    if (ticket.sla.firstRespondedAt !== undefined) {
      const [type, reply] = random.pick(ticketReplies);
      out.activities.push({
        id: id(respondedMs),
        ...stamp(respondedMs, order.ownerId),
        type,
        subject: reply,
        body: '',
        related: { collection: 'tickets', id: ticket.id },
        occurredAt: ticket.sla.firstRespondedAt,
        direction: 'outbound',
        contactIds: [],
        done: true,
      });
    }
  }
}
