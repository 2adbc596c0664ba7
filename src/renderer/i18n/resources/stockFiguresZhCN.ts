import type { stockFiguresEn } from './stockFiguresEn.ts';

/** 库存数字的来源（inventory.figures.*）。 */
export const stockFiguresZhCN = {
  asOf: '全公司库存数字，来自服务器，截至 {{time}}。',
  unsynced: '已计入本设备上尚未同步到服务器的 {{count}} 项更改。',
  deviceOnly: '服务器发来全公司数字之前，仅按本设备上的订单计算。',
  historyScope: '此处列出入库、盘点及本设备上的订单；库存数字还计入了您看不到的订单。',
} satisfies typeof stockFiguresEn;
