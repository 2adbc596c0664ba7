// electron-builder afterPack hook: flips the Electron fuses in the packaged binary before
// electron-builder signs it. Node >= 22.18 runs the TypeScript module below directly.
import { flipFuses } from '@electron/fuses';
import { fieldbookFuses, packagedElectronPath } from '../src/main/packaging/electronFuses.ts';

const arm64 = 3; // electron-builder's Arch.arm64

export default async function afterPack(context) {
  const path = packagedElectronPath({
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName ?? context.packager.appInfo.productFilename,
  });
  // An arm64 Mac binary needs a valid signature to start; signing follows only when configured.
  const resetAdHocDarwinSignature =
    context.electronPlatformName === 'darwin' && context.arch === arm64;
  await flipFuses(path, fieldbookFuses({ resetAdHocDarwinSignature }));
}
