import {
  IconCalendarEvent,
  IconChecklist,
  IconMail,
  IconMapPin,
  IconNote,
  IconPhone,
} from '@tabler/icons-react';
import type { ActivityType } from '../../../../shared/domain/activity.ts';

/** Icon, colour and shortcut key of each activity type. */
export const activityTypeStyle: Record<
  ActivityType,
  { Icon: typeof IconPhone; color: string; key: string }
> = {
  call: { Icon: IconPhone, color: 'teal', key: 'c' },
  visit: { Icon: IconMapPin, color: 'grape', key: 'v' },
  email: { Icon: IconMail, color: 'blue', key: 'e' },
  meeting: { Icon: IconCalendarEvent, color: 'indigo', key: 'm' },
  note: { Icon: IconNote, color: 'gray', key: 'n' },
  task: { Icon: IconChecklist, color: 'orange', key: 't' },
};
