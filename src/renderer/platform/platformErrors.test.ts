import { describe, expect, it } from 'vitest';
import { platformErrorCodes } from '../../shared/platform/platformErrors.ts';
import { en } from '../i18n/resources/en.ts';
import { zhCN } from '../i18n/resources/zhCN.ts';

describe('platform error codes', () => {
  it('are translated in English and Chinese', () => {
    for (const code of platformErrorCodes) {
      expect(Reflect.get(en.errors, code), code).toEqual(expect.any(String));
      expect(Reflect.get(zhCN.errors, code), code).toEqual(expect.any(String));
    }
  });
});
