import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useSyncStatus } from '../../../data/index.ts';
import { platform } from '../../../platform/platform.ts';
import { useQuickCapture } from '../../leads/hooks/useQuickCapture.ts';
import { subscribeDesktopCommands } from '../utils/subscribeDesktopCommands.ts';

// The leads list renders its search box a moment after navigation; try for a few frames.
function focusSearchField(framesLeft = 10): void {
  const field = document.querySelector<HTMLInputElement>('#main input[type="search"]');
  if (field) {
    field.focus();
    field.select();
  } else if (framesLeft > 0) {
    requestAnimationFrame(() => focusSearchField(framesLeft - 1));
  }
}

/** Carries out the desktop menu's commands and `fieldbook://` links; renders nothing (and does nothing in a browser). */
export function DesktopCommandBridge() {
  const navigate = useNavigate();
  const quickCapture = useQuickCapture();
  const { syncNow } = useSyncStatus();
  useEffect(
    () =>
      subscribeDesktopCommands(platform, {
        newLead: quickCapture.open,
        search: () => {
          void Promise.resolve(navigate('/leads')).then(() => focusSearchField());
        },
        syncNow: () => {
          syncNow();
        },
        openPath: (path) => {
          void navigate(path);
        },
      }),
    [navigate, quickCapture.open, syncNow],
  );
  return null;
}
