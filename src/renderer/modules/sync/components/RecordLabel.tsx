import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CollectionName } from '../../../../shared/domain/collections.ts';
import { useLead } from '../../../data/index.ts';
import { leadDisplayName } from '../../leads/utils/leadDisplayName.ts';

function LeadRecordLabel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { lead } = useLead(id);
  return (
    <Anchor component={Link} to={`/leads/${encodeURIComponent(id)}`} size="sm" fw={500}>
      {lead ? leadDisplayName(lead, t) : t('sync.collections.leads')}
    </Anchor>
  );
}

/** Names the record a sync entry is about: a lead by name with a link, others by kind and id. */
export function RecordLabel({ collection, id }: { collection: CollectionName; id: string }) {
  const { t } = useTranslation();
  if (collection === 'leads') return <LeadRecordLabel id={id} />;
  return (
    <Text size="sm" fw={500}>
      {t(`sync.collections.${collection}`)}{' '}
      <Text span c="dimmed" size="xs" ff="monospace">
        {id.slice(-8)}
      </Text>
    </Text>
  );
}
