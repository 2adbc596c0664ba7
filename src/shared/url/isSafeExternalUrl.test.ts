import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, toSafeExternalUrl } from './isSafeExternalUrl.ts';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#part',
    'http://example.com:8080/',
    'HTTPS://EXAMPLE.COM/Upper',
    'https://xn--fiqs8s.example/',
    'https://例子.测试/路径',
    'https://192.168.0.10/',
    'https://[2001:db8::1]/',
    'mailto:sales@example.com',
    'mailto:sales@example.com?subject=Hello%20there',
    'mailto:a@example.com,b@example.com',
    'mailto:%E7%8E%8B%E4%B8%BD@example.cn',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['script URL', 'javascript:alert(1)'],
    ['script URL in upper case', 'JAVASCRIPT:alert(1)'],
    ['script URL hidden by a tab', 'java\tscript:alert(1)'],
    ['script URL hidden by a newline', 'java\nscript:alert(1)'],
    ['script URL behind leading space', ' javascript:alert(1)'],
    ['vbscript URL', 'vbscript:msgbox(1)'],
    ['file URL', 'file:///etc/passwd'],
    ['file URL on Windows', 'file://C:/Windows/System32/calc.exe'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['blob URL', 'blob:https://example.com/1234'],
    ['custom scheme', 'fieldbook://open'],
    ['custom app handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://server/share'],
    ['ftp', 'ftp://example.com/file'],
    ['chrome internals', 'chrome://settings'],
    ['credentials', 'https://user:secret@example.com/'],
    ['user name only', 'https://user@example.com/'],
    ['empty password', 'https://user:@example.com/'],
    ['host-less http', 'https:example.com'],
    ['protocol-relative', '//example.com'],
    ['relative path', '/leads/1'],
    ['empty', ''],
    ['malformed', 'https://'],
    ['malformed host', 'http://exa mple.com'],
    ['leading whitespace', ' https://example.com'],
    ['trailing newline', 'https://example.com\n'],
    ['backslashes', 'https:\\\\evil.example'],
    ['non-breaking space', 'https://example.com/\u00a0'],
    ['bidi override', 'https://example.com/\u202egnp.exe'],
    ['too long', `https://example.com/${'a'.repeat(2100)}`],
    ['mailto without address', 'mailto:'],
    ['mailto without at-sign', 'mailto:sales'],
    ['mailto with query only', 'mailto:?body=hi'],
    ['mailto with malformed escape', 'mailto:%E0%A4%A@example.com'],
  ])('rejects %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('hands back the normalised href so the opener never sees the raw input', () => {
    expect(toSafeExternalUrl('HTTPS://Example.com')).toBe('https://example.com/');
    expect(toSafeExternalUrl('https://例子.测试/')).toBe('https://xn--fsqu00a.xn--0zwm56d/');
    expect(toSafeExternalUrl('javascript:alert(1)')).toBeUndefined();
  });
});
