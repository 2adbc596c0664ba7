import { join } from 'node:path';
import { type FuseConfig, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * The fuses flipped in the packaged Electron binary before it is signed (security checklist
 * item 19). Every fuse is set explicitly (strictlyRequireAllFuses), so an Electron upgrade that
 * adds one fails the build until someone decides it.
 */
export function fieldbookFuses(options: { resetAdHocDarwinSignature: boolean }): FuseConfig {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: options.resetAdHocDarwinSignature,
    // No ELECTRON_RUN_AS_NODE: the signed binary cannot be used as a plain Node.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served from app://, so file:// needs none of its old privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    [FuseV1Options.WasmTrapHandlers]: true,
  };
}

/** Where electron-builder's afterPack finds the Electron binary it just copied. */
export function packagedElectronPath(context: {
  appOutDir: string;
  electronPlatformName: string;
  productFilename: string;
  executableName: string;
}): string {
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${context.productFilename}.app`);
    case 'win32':
      return join(context.appOutDir, `${context.productFilename}.exe`);
    default:
      return join(context.appOutDir, context.executableName);
  }
}
