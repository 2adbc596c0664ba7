import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaClock } from '../../../../shared/service/slaStatus.ts';
import { formatDuration } from '../utils/formatDuration.ts';

// Under an hour left is worth a warning colour before the deadline passes.
const warnMinutes = 60;

/** What one SLA clock says now, in words: time left, met, or how late. */
export function useSlaClockText(): (clock: SlaClock) => string {
  const { t } = useTranslation();
  return (clock) => {
    switch (clock.state) {
      case 'none':
        return t('tickets.sla.none');
      case 'pending':
        return t('tickets.sla.left', { duration: formatDuration(clock.minutesLeft, t) });
      case 'met':
        return t('tickets.sla.met');
      case 'breached':
        return t('tickets.sla.late', { duration: formatDuration(clock.minutesLate, t) });
    }
  };
}

/** The colour of one SLA clock's state. */
export function slaClockColor(clock: SlaClock): string {
  switch (clock.state) {
    case 'none':
      return 'gray';
    case 'pending':
      return clock.minutesLeft < warnMinutes ? 'orange' : 'blue';
    case 'met':
      return 'teal';
    case 'breached':
      return 'red';
  }
}

/** One SLA clock as a small badge: "Response: 1 h 30 min left", "Resolution: 20 min late". */
export function SlaClockBadge({ label, clock }: { label: string; clock: SlaClock }) {
  const text = useSlaClockText();
  return (
    <Badge
      variant="light"
      color={slaClockColor(clock)}
      radius="sm"
      tt="none"
      fw={600}
      miw="max-content"
    >
      {`${label}: ${text(clock)}`}
    </Badge>
  );
}
