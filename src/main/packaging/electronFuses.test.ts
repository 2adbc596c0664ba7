import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fieldbookFuses, packagedElectronPath } from './electronFuses.ts';

describe('fieldbookFuses', () => {
  const fuses = fieldbookFuses({ resetAdHocDarwinSignature: false });

  it('switches off Node entry points: RunAsNode, NODE_OPTIONS, --inspect', () => {
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('encrypts cookies, checks ASAR integrity and loads the app only from the ASAR', () => {
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('decides every fuse this Electron knows', () => {
    expect(fuses.strictlyRequireAllFuses).toBe(true);
    const numeric = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const fuse of numeric) {
      expect(typeof Reflect.get(fuses, fuse), FuseV1Options[fuse]).toBe('boolean');
    }
  });
});

describe('packagedElectronPath', () => {
  const base = { appOutDir: '/dist/x', productFilename: 'Fieldbook', executableName: 'fieldbook' };
  it('finds the binary on each platform', () => {
    expect(packagedElectronPath({ ...base, electronPlatformName: 'darwin' })).toBe(
      join('/dist/x', 'Fieldbook.app'),
    );
    expect(packagedElectronPath({ ...base, electronPlatformName: 'win32' })).toBe(
      join('/dist/x', 'Fieldbook.exe'),
    );
    expect(packagedElectronPath({ ...base, electronPlatformName: 'linux' })).toBe(
      join('/dist/x', 'fieldbook'),
    );
  });
});
