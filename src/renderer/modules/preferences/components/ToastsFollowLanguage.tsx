import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A toast's text is translated when it is shown, so after a language switch it would stay in the
 * old language until it closed. Switching closes the open toasts instead; anything that must not
 * be missed (sync issues, conflicts, tasks) also has its own screen.
 */
export function ToastsFollowLanguage() {
  const { i18n } = useTranslation();
  useEffect(() => {
    const closeToasts = () => notifications.clean();
    i18n.on('languageChanged', closeToasts);
    return () => i18n.off('languageChanged', closeToasts);
  }, [i18n]);
  return null;
}
