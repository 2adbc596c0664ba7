/** Personal mailbox providers: their domain says nothing about the company someone works for. */
export const freeMailDomains: ReadonlySet<string> = new Set([
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'mail.ru',
  'yandex.ru',
]);

/** Tells whether a (normalized) email domain belongs to a personal mailbox provider. */
export function isFreeMailDomain(domain: string): boolean {
  return freeMailDomains.has(domain);
}
