import { Group, type MantineColor, Text } from '@mantine/core';
import { IconFlame, IconSnowflake, IconSunHigh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadRating } from '../../../../shared/domain/lead.ts';

const ratingStyle: Record<LeadRating, { color: MantineColor; Icon: typeof IconFlame }> = {
  hot: { color: 'red', Icon: IconFlame },
  warm: { color: 'orange', Icon: IconSunHigh },
  cold: { color: 'blue', Icon: IconSnowflake },
};

/**
 * Hot, warm or cold: a coloured icon so the list can be scanned, and the word for clarity.
 * `label` names whose rating it is where two can meet (the rep's, the score's): "Rating: Hot".
 */
export function LeadRatingBadge({
  rating,
  size = 'sm',
  label,
}: {
  rating: LeadRating;
  size?: 'sm' | 'md';
  label?: string;
}) {
  const { t } = useTranslation();
  const { color, Icon } = ratingStyle[rating];
  return (
    <Group gap={4} wrap="nowrap" display="inline-flex">
      <Icon
        size={size === 'md' ? 18 : 16}
        stroke={1.9}
        color={`var(--mantine-color-${color}-6)`}
        aria-hidden
      />
      <Text span size={size} fw={500}>
        {label === undefined
          ? t(`leads.ratings.${rating}`)
          : t('leads.ratingLabelled', { label, rating: t(`leads.ratings.${rating}`) })}
      </Text>
    </Group>
  );
}
