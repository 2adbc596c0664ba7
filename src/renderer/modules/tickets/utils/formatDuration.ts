import type { TFunction } from 'i18next';

/**
 * Minutes as the two largest units a person reads at a glance: "2 d 3 h", "1 h 30 min",
 * "45 min" (a whole day or hour drops the smaller unit).
 */
export function formatDuration(minutes: number, t: TFunction): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days > 0) {
    parts.push(t('tickets.duration.days', { count: days }));
    if (hours > 0) parts.push(t('tickets.duration.hours', { count: hours }));
  } else if (hours > 0) {
    parts.push(t('tickets.duration.hours', { count: hours }));
    if (mins > 0) parts.push(t('tickets.duration.minutes', { count: mins }));
  } else {
    parts.push(t('tickets.duration.minutes', { count: mins }));
  }
  return parts.join(' ');
}
