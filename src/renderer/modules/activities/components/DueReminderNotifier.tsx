import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDueReminders } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { platform } from '../../../platform/platform.ts';
import { useTaskSubject } from '../hooks/useTaskSubject.ts';

/** Shows each task reminder once, when it falls due, in the app (and on the desktop when it can). */
export function DueReminderNotifier() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { subjectOf } = useTaskSubject();
  const reminders = useDueReminders();
  const shown = useRef(new Set<string>());

  useEffect(() => {
    for (const task of reminders) {
      if (shown.current.has(task.id)) continue;
      shown.current.add(task.id);
      const title = t('qualification.tasks.reminder');
      const body = t('qualification.tasks.reminderMessage', {
        subject: subjectOf(task),
        date: format.dateTime(task.dueAt ?? task.occurredAt),
      });
      notifications.show({ title, message: body, color: 'orange', icon: <IconBell size={18} /> });
      platform.notify({ title, body }).catch(() => undefined);
    }
  }, [reminders, t, format, subjectOf]);

  return null;
}
