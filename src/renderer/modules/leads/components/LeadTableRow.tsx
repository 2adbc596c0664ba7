import { Avatar, Badge, Group, Text } from '@mantine/core';
import type { CSSProperties, MouseEvent } from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { formatPhone } from '../../../../shared/text/formatPhone.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { leadDisplayName, leadInitials } from '../utils/leadDisplayName.ts';
import { LeadRatingBadge } from './LeadRatingBadge.tsx';
import { LeadStatusBadge } from './LeadStatusBadge.tsx';
import classes from './LeadTable.module.css';

export type LeadTableRowProps = {
  lead: Lead;
  rowIndex: number;
  style: CSSProperties;
  onOpen: (lead: Lead) => void;
};

const avatarColors = ['brand', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo'];

// A stable colour per lead so the list is easier to scan.
function avatarColor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return avatarColors[hash % avatarColors.length] ?? 'brand';
}

/** One lead; the name is a real link (keyboard and screen readers), the whole row is clickable. */
export const LeadTableRow = memo(function LeadTableRow({
  lead,
  rowIndex,
  style,
  onOpen,
}: LeadTableRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const name = leadDisplayName(lead, t);
  const empty = (
    <Text span c="dimmed">
      {t('common.notSet')}
    </Text>
  );

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    // Let the link, selections and modified clicks behave natively.
    if (event.target instanceof Element && event.target.closest('a')) return;
    if (window.getSelection()?.toString()) return;
    onOpen(lead);
  };

  return (
    <tr aria-rowindex={rowIndex} className={classes.row} style={style} onClick={handleClick}>
      <td className={classes.cell}>
        <Group gap="sm" wrap="nowrap">
          <Avatar size={32} radius="xl" color={avatarColor(lead.id)} variant="light" aria-hidden>
            {leadInitials(lead)}
          </Avatar>
          <div style={{ minWidth: 0 }}>
            <Link to={paths.lead(lead.id)} className={classes.nameLink}>
              <Text span inherit truncate="end" display="block">
                {name}
              </Text>
            </Link>
            {/* Title and the consent badge share the second line: beside the name, the badge
                left "Ken…" of "Kenji Sato" in a 1440 px window. */}
            {(lead.title || !lead.consent.given) && (
              <Group gap={6} wrap="nowrap">
                {lead.title && (
                  <Text size="xs" c="dimmed" truncate="end">
                    {lead.title}
                  </Text>
                )}
                {!lead.consent.given && (
                  <Badge size="xs" color="orange" variant="light" style={{ flexShrink: 0 }}>
                    {t('leads.consent.missingBadge')}
                  </Badge>
                )}
              </Group>
            )}
          </div>
        </Group>
      </td>
      <td className={classes.cell}>{lead.company || empty}</td>
      <td className={classes.cell}>{lead.email || empty}</td>
      <td className={classes.cell} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {lead.phone ? formatPhone(lead.phone, lead.country) : empty}
      </td>
      <td className={classes.cell}>
        <LeadStatusBadge status={lead.status} />
      </td>
      <td className={classes.cell}>
        {lead.rating ? <LeadRatingBadge rating={lead.rating} /> : empty}
      </td>
      <td className={classes.cell}>{t(`leads.sources.${lead.source}`)}</td>
      <td className={classes.cell}>
        <Text span size="sm" c="dimmed">
          {format.date(lead.createdAt)}
        </Text>
      </td>
    </tr>
  );
});
