import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsJoin, IconTransform } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { useDuplicateCheck } from '../../../data/index.ts';
import { ConvertLeadModal } from './ConvertLeadModal.tsx';
import { MergeLeadsModal } from './MergeLeadsModal.tsx';

/** "Convert" for a qualified lead and "Merge" when it has likely duplicates, with their dialogs. */
export function LeadQualificationActions({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const checkDuplicates = useDuplicateCheck();
  const [convertOpened, convert] = useDisclosure(false);
  const [mergeOpened, merge] = useDisclosure(false);
  const duplicates = useMemo(
    () =>
      lead.status === 'converted'
        ? []
        : checkDuplicates(lead, { excludeId: lead.id })
            .map((match) => match.lead)
            .filter((other) => other.status !== 'converted'),
    [checkDuplicates, lead],
  );

  return (
    <>
      {lead.status === 'qualified' && (
        <Button leftSection={<IconTransform size={16} />} onClick={convert.open}>
          {t('qualification.convert.action')}
        </Button>
      )}
      {duplicates.length > 0 && (
        <Button
          variant="light"
          color="orange"
          leftSection={<IconArrowsJoin size={16} />}
          onClick={merge.open}
        >
          {t('qualification.merge.action')}
        </Button>
      )}
      <ConvertLeadModal lead={lead} opened={convertOpened} onClose={convert.close} />
      {duplicates.length > 0 && (
        <MergeLeadsModal
          lead={lead}
          duplicates={duplicates}
          opened={mergeOpened}
          onClose={merge.close}
        />
      )}
    </>
  );
}
