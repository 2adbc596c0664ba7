import { platform } from '../../../platform/platform.ts';
import { DesktopCommandBridge } from './DesktopCommandBridge.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';

/** The desktop app's extras in the app frame: menu commands, deep links, the update banner. Nothing in a browser. */
export function DesktopShell() {
  if (platform.kind !== 'electron') return null;
  return (
    <>
      <DesktopCommandBridge />
      <UpdateBanner />
    </>
  );
}
