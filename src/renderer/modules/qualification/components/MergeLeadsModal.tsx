import { Button, Group, Modal, Radio, Select, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import {
  type MergeableLeadField,
  mergeableLeadFields,
} from '../../../../shared/qualification/mergeLeads.ts';
import { useEventOptions, useQualificationCommands } from '../../../data/index.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { leadDisplayName } from '../../leads/utils/leadDisplayName.ts';
import { useMoneyFormat } from '../../pipeline/hooks/useMoneyFormat.ts';
import { mergeFieldLabel } from '../utils/mergeFieldLabel.ts';

export type MergeLeadsModalProps = {
  lead: Lead;
  duplicates: readonly Lead[];
  opened: boolean;
  onClose: () => void;
};

type Side = 'primary' | 'secondary';

/** Merges a duplicate into this lead, field by field; only fields whose values differ are asked about. */
export function MergeLeadsModal({ lead, duplicates, opened, onClose }: MergeLeadsModalProps) {
  const { t } = useTranslation();
  const { mergeLeads } = useQualificationCommands();
  const eventOptions = useEventOptions();
  const formatMoney = useMoneyFormat();
  const [otherId, setOtherId] = useState(duplicates[0]?.id);
  const [choices, setChoices] = useState<Partial<Record<MergeableLeadField, Side>>>({});
  const { run, busy: saving } = useCommand(errorMessage);
  const other = duplicates.find((item) => item.id === otherId) ?? duplicates[0];

  useEffect(() => {
    if (opened) setChoices({});
  }, [opened]);

  const differing = useMemo(
    () =>
      other
        ? mergeableLeadFields.filter(
            (field) => JSON.stringify(lead[field] ?? '') !== JSON.stringify(other[field] ?? ''),
          )
        : [],
    [lead, other],
  );

  const show = (value: Lead, field: MergeableLeadField): string => {
    const raw = value[field];
    if (raw === undefined || raw === '') return t('common.notSet');
    if (field === 'source') return t(`leads.sources.${value.source}`);
    if (field === 'rating' && value.rating) return t(`leads.ratings.${value.rating}`);
    if (field === 'eventId')
      return eventOptions.find((event) => event.id === raw)?.name ?? String(raw);
    if (field === 'consent')
      return value.consent.given
        ? t('leads.detail.consentGiven')
        : t('leads.detail.consentMissing');
    if (field === 'budget' && value.budget) return formatMoney(value.budget);
    return String(raw);
  };

  const handleMerge = async () => {
    if (!other) return;
    const merged = await run(async () => {
      await mergeLeads({ primaryId: lead.id, secondaryId: other.id, choices });
      return true;
    }, t('qualification.merge.done'));
    if (merged) onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('qualification.merge.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('qualification.merge.description')}
        </Text>
        {duplicates.length > 1 && (
          <Select
            label={t('qualification.merge.duplicate')}
            data={duplicates.map((item) => ({ value: item.id, label: leadDisplayName(item, t) }))}
            value={other?.id ?? null}
            onChange={(value) => value && setOtherId(value)}
            allowDeselect={false}
          />
        )}
        {other && differing.length > 0 && (
          <Table verticalSpacing="xs" aria-label={t('qualification.merge.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('qualification.merge.field')}</Table.Th>
                <Table.Th>{t('qualification.merge.keepThis')}</Table.Th>
                <Table.Th>{t('qualification.merge.keepOther')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differing.map((field) => {
                const label = mergeFieldLabel(field, t);
                const chosen = choices[field] ?? 'primary';
                return (
                  <Table.Tr key={field}>
                    <Table.Td fw={600} fz="sm">
                      {label}
                    </Table.Td>
                    {(['primary', 'secondary'] as const).map((side) => (
                      <Table.Td key={side}>
                        <Radio
                          name={`merge-${field}`}
                          value={side}
                          checked={chosen === side}
                          onChange={() => setChoices((current) => ({ ...current, [field]: side }))}
                          label={show(side === 'primary' ? lead : other, field)}
                          aria-description={t('qualification.merge.choose', { field: label })}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {other && differing.length === 0 && <Text size="sm">{t('qualification.merge.same')}</Text>}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void handleMerge()} loading={saving} disabled={!other}>
            {t('qualification.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
