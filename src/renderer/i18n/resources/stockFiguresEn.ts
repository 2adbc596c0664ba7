/** How the inventory figures were computed (inventory.figures.*). */
export const stockFiguresEn = {
  asOf: 'Company-wide figures from the server as of {{time}}.',
  unsynced:
    'Including {{count}} change(s) made on this device that the server has not received yet.',
  deviceOnly:
    'Figures count only the orders on this device until the server sends company-wide figures.',
  historyScope:
    'Listed: receipts, counts and the orders on this device. The figures also count orders you do not see.',
};
