import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './config.ts';

describe('isLoopbackHost', () => {
  it('knows the addresses only this computer reaches', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it('treats every address other computers can reach as not loopback', () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.20',
      '10.0.0.5',
      'fieldbook.example.com',
      '127.0.0.1.nip.io',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
