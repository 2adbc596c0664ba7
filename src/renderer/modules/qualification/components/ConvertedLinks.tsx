import { Alert, Anchor, Group } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';

/** For a converted lead: when, and links to the account, contact and deal it became. */
export function ConvertedLinks({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!lead.convertedAccountId) return null;
  return (
    <Alert
      color="teal"
      variant="light"
      radius="md"
      icon={<IconCircleCheck size={18} />}
      title={`${t('qualification.convert.convertedTo')}${lead.convertedAt ? ` · ${format.dateTime(lead.convertedAt)}` : ''}`}
    >
      <Group gap="lg">
        <Anchor component={Link} to={paths.account(lead.convertedAccountId)} size="sm">
          {t('qualification.convert.openAccount')}
        </Anchor>
        {lead.convertedContactId && (
          <Anchor component={Link} to={paths.contact(lead.convertedContactId)} size="sm">
            {t('qualification.convert.openContact')}
          </Anchor>
        )}
        {lead.convertedOpportunityId && (
          <Anchor component={Link} to={paths.opportunity(lead.convertedOpportunityId)} size="sm">
            {t('qualification.convert.openOpportunity')}
          </Anchor>
        )}
      </Group>
    </Alert>
  );
}
